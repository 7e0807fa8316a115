#!/usr/bin/env bash
# On-demand: the endpoints that look across the archive against a peer measured in the same
# run on the same server: /api/compare for the commonest project against /api/search with
# the same filter, the comparison page against the search page, an item's similar items and
# history against the item itself, and the coverage against a browse search.
#   bench/archive_vs_search.sh [COPIES] [REQUESTS]   (default 40 copies of the corpus, 100 requests)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-40}
requests=${2:-100}
source bench/http_server.sh
start_bench_server "$copies"

# The project most items are tagged with, and one of its items.
project=$(curl -s "$base/api/search?limit=1" | python3 -c \
  'import json,sys; print(json.load(sys.stdin)["facets"]["project"][0]["value"])')
filter="project=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$project")"
items=$(curl -s "$base/api/search?$filter&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
item=$(curl -s "$base/api/search?$filter&limit=1&sort=oldest" | python3 -c \
  'import json,sys; print(json.load(sys.stdin)["hits"][0]["id"])')
echo "commonest project: $project ($items items); item: $item"

printf '%-34s %9s %9s   %-28s %9s %9s %7s\n' endpoint p50 p90 peer p50 p90 ratio
row() {
  local name=$1 url=$2 peer_name=$3 peer=$4
  measure "$base$url" "$requests" >/dev/null  # warm-up
  read -r a50 a90 <<<"$(measure "$base$url" "$requests")"
  read -r b50 b90 <<<"$(measure "$base$peer" "$requests")"
  printf '%-34s %9s %9s   %-28s %9s %9s %7s\n' "$name" "$a50" "$a90" "$peer_name" "$b50" "$b90" \
    "$(awk -v a="$a50" -v b="$b50" 'BEGIN { printf "%.2f", a / b }')"
}
row "/api/compare?$filter" "/api/compare?$filter" "/api/search?(same filter)" "/api/search?$filter"
row "/sammenlign?(same filter)" "/sammenlign?$filter" "/?(same filter)" "/?$filter"
row "/api/items/{id}/similar" "/api/items/$item/similar" "/api/items/{id}" "/api/items/$item"
row "/api/items/{id}/history" "/api/items/$item/history" "/api/items/{id}" "/api/items/$item"
row "/punkt/{id}" "/punkt/$item" "/api/items/{id}" "/api/items/$item"
row "/api/coverage" "/api/coverage" "/api/search (browse)" "/api/search"
row "/projekter" "/projekter" "/ (browse)" "/"
