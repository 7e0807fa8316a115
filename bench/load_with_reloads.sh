#!/usr/bin/env bash
# On-demand load test: CONNECTIONS connections of mixed requests (searches with facets,
# items, pages, feeds, suggestions, health) for SECONDS while the index is updated twice;
# prints failed requests, latency percentiles, throughput and searchd's memory.
#   bench/load_with_reloads.sh [SECONDS] [CONNECTIONS] [COPIES] [check]   (default 60 64 40)
# With "check" (CI runs it so) it fails unless every request succeeded and searchd's
# memory stayed steady (at the end at most its size after the first update plus 64 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
connections=${2:-64}
copies=${3:-40}
check=${4:-}
command -v wrk >/dev/null || { echo "installing wrk"; apt-get install -y -qq wrk >/dev/null; }
source bench/http_server.sh
start_bench_server "$copies"
item=$(curl -s "$base/api/search?q=demens&limit=1" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p' | head -1)
rss() { ps -o rss= -p "$pid" | tr -d ' '; }
echo "searchd $base (pid $pid), item $item; rss at start $(rss) KB"
ITEM_PATH="$item" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s bench/mixed_requests.lua "$base" >"$work/wrk.out" &
wrk_pid=$!
# Two index updates during the run: a changed file each time, then an incremental build.
for update in 1 2; do
  sleep $((seconds / 3))
  file=$(ls "$work/corpus"/*.txt | sed -n "${update}p")
  printf '\nTilføjet ved opdatering %s.\n' "$update" >>"$file"
  "$build/indexer/indexer" build --index "$work/index" --quiet "$work/corpus"
  echo "update $update committed at $(date +%T); rss $(rss) KB"
  [ "$update" = 1 ] && rss_after_first=$(rss)
done
wait "$wrk_pid"
cat "$work/wrk.out" | grep -E "^requests|^latency|Requests/sec"
rss_end=$(rss)
echo "rss at end $rss_end KB"
if [ "$check" = check ]; then
  summary=$(grep "^requests" "$work/wrk.out")
  read -r total errors <<<"$(sed -n 's/^requests \([0-9]*\), errors connect \([0-9]*\) read \([0-9]*\) write \([0-9]*\) timeout \([0-9]*\) status \([0-9]*\)$/\1 \2+\3+\4+\5+\6/p' <<<"$summary")"
  [ -n "${total:-}" ] && [ "$total" -gt 0 ] || { echo "load check failed: no requests counted: $summary" >&2; exit 1; }
  [ "$((errors))" -eq 0 ] || { echo "load check failed: $((errors)) failed requests of $total" >&2; exit 1; }
  [ "$rss_end" -le $((rss_after_first + 65536)) ] ||
    { echo "load check failed: memory grew from $rss_after_first KB to $rss_end KB" >&2; exit 1; }
  echo "load check ok: $total requests, none failed, memory steady"
fi
