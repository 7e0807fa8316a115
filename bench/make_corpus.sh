#!/usr/bin/env bash
# Writes COPIES copies of corpus/ into DIR, each copy moved to other years so that its
# meetings and ids differ: the larger corpus the benchmarks share.
#   bench/make_corpus.sh COPIES DIR
set -euo pipefail
cd "$(dirname "$0")/.."
copies=$1
dir=$2
mkdir -p "$dir"
for ((i = 0; i < copies; i++)); do
  for f in corpus/*.txt; do
    sed -E "s/20(2[0-9])/$((1960 + i))/g" "$f" > "$dir/$(basename "$f" .txt)_$i.txt"
  done
done
