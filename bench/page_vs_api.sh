#!/usr/bin/env bash
# On-demand: the search page against the JSON API for the same query over HTTP, measured
# in the same run on the same server, and the page's weight.
#   bench/page_vs_api.sh [COPIES] [REQUESTS]   (default 40 copies of the corpus, 300 requests)
# Each URL is fetched REQUESTS times over one kept-alive connection (curl), alternating
# page and API in rounds so that both see the same machine state.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-40}
requests=${2:-300}
source bench/http_server.sh
start_bench_server "$copies"

printf '%-28s %10s %10s %10s %10s %8s\n' query "page p50" "page p90" "api p50" "api p90" ratio
for q in "hoftebrud" "kom%20trygt%20hjem" "demens&cluster=Randersklyngen" ""; do
  measure "$base/?q=$q" "$requests" >/dev/null  # warm-up
  read -r pp50 pp90 <<<"$(measure "$base/?q=$q" "$requests")"
  read -r ap50 ap90 <<<"$(measure "$base/api/search?q=$q" "$requests")"
  printf '%-28s %10s %10s %10s %10s %8s\n' "${q:-(browse)}" "$pp50" "$pp90" "$ap50" "$ap90" \
    "$(awk -v a="$pp50" -v b="$ap50" 'BEGIN { printf "%.2f", a / b }')"
done

html=$(curl -s "$base/?q=hoftebrud" | wc -c)
css=$(curl -s "$base/static/style.css" | wc -c)
js=$(( $(curl -s "$base/static/search.js" | wc -c) + $(curl -s "$base/static/suggest.js" | wc -c) + $(curl -s "$base/static/copy_link.js" | wc -c) ))
gz() { curl -s "$1" | gzip -9 | wc -c; }
echo
echo "page weight for ?q=hoftebrud: HTML $html B, CSS $css B, JS $js B, total $((html + css + js)) B" \
     "(gzip -9: $(( $(gz "$base/?q=hoftebrud") + $(gz "$base/static/style.css") + $(gz "$base/static/search.js") + $(gz "$base/static/suggest.js") + $(gz "$base/static/copy_link.js") )) B)"
