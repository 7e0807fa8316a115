#!/usr/bin/env bash
# On-demand benchmark: exact facet counting against Xapian's ValueCountMatchSpy, in one run.
#   bench/facets.sh [COPIES]   (default 300 copies of the corpus, years 1900 + copy: 11,700 items)
# Prints, per common and rare word, the match alone, the peer (3 ValueCountMatchSpy
# facets), Referatsøg's slot and column tallies (all 10 facets) and the whole search.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-300}
build=${BUILD_DIR:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target indexer facet_bench >/dev/null
mkdir -p "$work/corpus"
# Years 1900-2200 are the dates the parser accepts: at most 301 distinct copies.
for ((i = 0; i < copies && i <= 300; i++)); do
  for f in corpus/*.txt; do
    sed -E "s/20(2[0-9])/$((1900 + i))/g" "$f" > "$work/corpus/$(basename "$f" .txt)_$i.txt"
  done
done
"$build/indexer/indexer" build --index "$work/index" --jobs 0 --quiet "$work/corpus"
"$build/bench/facet_bench" --index "$work/index" --rounds "${ROUNDS:-30}"
