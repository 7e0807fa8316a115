#!/usr/bin/env bash
# On-demand benchmark: indexing and query speed, each against a peer measured in the same run.
#   bench/run.sh [COPIES]   (default 40 copies of the corpus, each with other years)
# Indexing peer: Omega's omindex (xapian-omega) indexing the same text files into plain
# Xapian. Query peer: plain Xapian Enquire on the same index (see query_bench.cpp).
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-40}
build=${BUILD_DIR:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v omindex >/dev/null || { echo "installing xapian-omega for the peer"; apt-get install -y -qq xapian-omega >/dev/null; }
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target indexer query_bench >/dev/null

# A larger corpus: every copy moves the minutes to other years, so meetings and ids differ.
bench/make_corpus.sh "$copies" "$work/corpus"
files=$(ls "$work/corpus" | wc -l)

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
rs=$(seconds "$build/indexer/indexer" build --index "$work/rs-index" "$work/corpus")
items=$("$build/indexer/indexer" build --index "$work/rs-index" "$work/corpus" | sed -n 's/.*: \([0-9]*\) items$/\1/p' | head -1)
peer=$(seconds omindex --db "$work/omega-index" --url / "$work/corpus")
printf "indexing %s files (%s items): referatsog %.2f s, omindex %.2f s, ratio %.2f\n" \
  "$files" "$items" "$rs" "$peer" "$(echo "$rs / $peer" | bc -l)"
rerun=$(seconds "$build/indexer/indexer" build --index "$work/rs-index" "$work/corpus")
printf "re-indexing the same files (replace by id): %.2f s\n" "$rerun"
"$build/bench/query_bench" --index "$work/rs-index" --rounds "${ROUNDS:-200}"
