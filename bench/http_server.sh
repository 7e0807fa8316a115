# Sourced by the HTTP benchmarks: builds the binaries, indexes COPIES copies of the corpus
# into a temporary folder, starts searchd on a free port ($base), and offers measure().
#   start_bench_server COPIES
#   measure URL REQUESTS   → "p50 p90" in ms over one kept-alive connection (curl)
build=${BUILD_DIR:-build}
work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start_bench_server() {
  local copies=$1
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" -j"$(nproc)" --target indexer searchd >/dev/null
  bench/make_corpus.sh "$copies" "$work/corpus"
  "$build/indexer/indexer" build --index "$work/index" "$work/corpus" | tail -1
  "$build/searchd/searchd" --index "$work/index" --listen 127.0.0.1:0 --threads 2 >"$work/out" 2>/dev/null &
  pid=$!
  for _ in $(seq 50); do grep -q listening "$work/out" 2>/dev/null && break; sleep 0.1; done
  base=$(sed -n 's/^searchd listening on //p' "$work/out")
}

measure() {
  local url=$1 requests=$2 args=()
  for ((i = 0; i < requests; i++)); do args+=(-o /dev/null "$url"); done
  curl -s -w '%{time_total}\n' "${args[@]}" | sort -n |
    awk '{ t[NR] = $1 * 1000 } END { printf "%.2f %.2f", t[int(NR * 0.5)], t[int(NR * 0.9)] }'
}
