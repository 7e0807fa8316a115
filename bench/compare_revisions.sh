#!/usr/bin/env bash
# On-demand: indexing time and query latency of this checkout against another revision,
# measured in the same run on the same corpus (the analysis chain's cost).
#   bench/compare_revisions.sh [REV] [COPIES] [REQUESTS]
#   (default REV b31f61f, the search before the Danish analysis; 40 copies; 200 requests)
# Indexing: median of 3 fresh builds each. Queries: each query REQUESTS times over one
# kept-alive connection per server (curl), both servers up at once, queried alternately.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-b31f61f}
copies=${2:-40}
requests=${3:-200}
build=${BUILD_DIR:-build}
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  git worktree remove --force "$work/old" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

git worktree add -q --detach "$work/old" "$rev"
for tree in . "$work/old"; do
  cmake -S "$tree" -B "$tree/$build-bench" -DCMAKE_BUILD_TYPE=Release -DREFERATSOG_BUILD_TESTS=OFF >/dev/null
  cmake --build "$tree/$build-bench" -j"$(nproc)" --target indexer searchd >/dev/null
done
bench/make_corpus.sh "$copies" "$work/corpus"
mb=$(du -sm "$work/corpus" | cut -f1)

median3() { sort -n | sed -n 2p; }
index_time() {  # tree name → median seconds of 3 fresh builds into $work/index-name
  for _ in 1 2 3; do
    rm -rf "$work/index-$2"
    local s e
    s=$(date +%s.%N)
    "$1/$build-bench/indexer/indexer" build --index "$work/index-$2" "$work/corpus" >/dev/null
    e=$(date +%s.%N)
    echo "$e - $s" | bc
  done | median3
}
old_index=$(index_time "$work/old" old)
new_index=$(index_time . new)
# The index's size from the summary's first line ("index DIR: N items"): this rebuild
# finds every file unchanged and indexes none.
items=$("$build-bench/indexer/indexer" build --index "$work/index-new" "$work/corpus" | sed -n 's/^index .*: \([0-9]*\) items$/\1/p')

start() {  # tree name → base URL
  "$1/$build-bench/searchd/searchd" --index "$work/index-$2" --listen 127.0.0.1:0 --threads 2 >"$work/out-$2" 2>/dev/null &
  pids+=($!)
  for _ in $(seq 100); do grep -q listening "$work/out-$2" 2>/dev/null && break; sleep 0.05; done
  sed -n 's/^searchd listening on //p' "$work/out-$2"
}
old_base=$(start "$work/old" old)
new_base=$(start . new)

p50() {  # url → p50 ms over $requests fetches on one connection
  local args=()
  for ((i = 0; i < requests; i++)); do args+=(-o /dev/null "$1"); done
  curl -s -w '%{time_total}\n' "${args[@]}" | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.2f", t[int(NR * 0.5)] }'
}

echo "corpus: $copies copies of corpus/, $items items, $mb MB"
printf '%-34s %10s %10s %8s\n' "" "$rev" "now" ratio
printf '%-34s %10.2f %10.2f %8.2f\n' "index build (s, median of 3)" "$old_index" "$new_index" \
  "$(echo "$new_index / $old_index" | bc -l)"
for q in hoftebrud demens "kom%20trygt%20hjem" "rekruttering%20af%20l%C3%A6ger" \
         "hvad%20besluttede%20man%20om%20demens" "godkendt%20AND%20kommissoriet" "%22taget%20til%20efterretning%22"; do
  p50 "$old_base/api/search?q=$q" >/dev/null; p50 "$new_base/api/search?q=$q" >/dev/null  # warm up
  a=$(p50 "$old_base/api/search?q=$q")
  b=$(p50 "$new_base/api/search?q=$q")
  printf '%-34s %10s %10s %8.2f\n' "GET /api/search?q=$(printf '%b' "${q//%/\\x}") p50 ms" "$a" "$b" "$(echo "$b / $a" | bc -l)"
done
# Related hits (issue 14) cost only where they appear: a plain query that finds less than a
# page. "telemedicin" is in 2 of corpus/'s items, 80 of these copies, so a page of 100 has
# room for them. Both on this checkout's server: the other revision may not know related=.
q="telemedicin&limit=100"
p50 "$new_base/api/search?q=$q&related=0" >/dev/null; p50 "$new_base/api/search?q=$q" >/dev/null  # warm up
a=$(p50 "$new_base/api/search?q=$q&related=0")
b=$(p50 "$new_base/api/search?q=$q")
printf '%-34s %10s %10s %8.2f\n' "q=telemedicin&limit=100 p50 ms" "$a" "$b" "$(echo "$b / $a" | bc -l)"
echo "(that last line: now with related=0, then now with related hits)"
