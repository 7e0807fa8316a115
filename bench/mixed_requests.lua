-- wrk script: a mix of what staff and intranet pages ask for, round robin per thread,
-- counting every response that is not 200 as a failure.
local paths = {
  "/api/search?q=demens",
  "/api/search?q=kommune&cluster=Sundhedsklynge%20Fyn&decision=godkendt",
  "/api/search?q=kom%20trygt%20hjem&sort=newest",
  "/api/search?q=&topic=Demens&year=2024",
  "/?q=hoftebrud",
  "/feed?q=demens",
  "/api/suggest?q=sundh",
  "/api/health",
}
local item_path = os.getenv("ITEM_PATH")
if item_path and item_path ~= "" then table.insert(paths, item_path) end
local counter = 0
local failures = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors connect %d read %d write %d timeout %d status %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
