#!/usr/bin/env bash
# On-demand benchmark: index build rate with 1 and 2 (or JOBS) parser threads on the bench
# corpus, in the same run, and what an incremental rerun costs.
#   bench/build_jobs.sh [COPIES]   (default 40 copies of the corpus, each with other years)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-40}
jobs=${JOBS:-2}
build=${BUILD_DIR:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target indexer >/dev/null
bench/make_corpus.sh "$copies" "$work/corpus"
mb=$(du -sm "$work/corpus" | cut -f1)
indexer="$build/indexer/indexer"

# Prints "seconds items" of one build.
timed_build() {
  local s e items
  s=$(date +%s.%N)
  items=$("$indexer" build --index "$1" "${@:2}" --quiet --json "$work/corpus" | sed -n 's/^  "items_indexed": \([0-9]*\),$/\1/p')
  e=$(date +%s.%N)
  echo "$(echo "$e - $s" | bc) $items"
}

read -r one items_one < <(timed_build "$work/one" --jobs 1)
read -r many items_many < <(timed_build "$work/many" --jobs "$jobs")
files=$(ls "$work/corpus" | wc -l)
printf "corpus: %s files, %s MB, %s items\n" "$files" "$mb" "$items_one"
printf "build, 1 parser thread:  %6.2f s  %7.1f items/s\n" "$one" "$(echo "$items_one / $one" | bc -l)"
printf "build, %s parser threads: %6.2f s  %7.1f items/s  (%.2fx the rate of 1 thread)\n" \
  "$jobs" "$many" "$(echo "$items_many / $many" | bc -l)" "$(echo "$one / $many" | bc -l)"
read -r unchanged _ < <(timed_build "$work/one" --jobs 1)
printf "rerun on the unchanged corpus: %.2f s (%.1f%% of the first build)\n" "$unchanged" "$(echo "100 * $unchanged / $one" | bc -l)"
touch "$work/corpus"/*  # new times, same content: still nothing to read
echo "amended" >> "$(ls "$work/corpus"/*.txt | head -1)"
read -r one_changed items_changed < <(timed_build "$work/one" --jobs 1)
printf "rerun with one file changed: %.2f s, %s items re-indexed\n" "$one_changed" "$items_changed"
