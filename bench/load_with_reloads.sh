#!/usr/bin/env bash
# On-demand load test: CONNECTIONS connections of mixed requests (searches with facets,
# items, pages, feeds, suggestions, health) for SECONDS while the index is updated twice;
# prints failed requests, latency percentiles, throughput and searchd's memory.
#   bench/load_with_reloads.sh [SECONDS] [CONNECTIONS] [COPIES]   (default 60 64 40)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
connections=${2:-64}
copies=${3:-40}
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
done
wait "$wrk_pid"
cat "$work/wrk.out" | grep -E "^requests|^latency|Requests/sec"
echo "rss at end $(rss) KB"
