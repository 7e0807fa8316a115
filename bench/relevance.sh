#!/usr/bin/env bash
# Search quality on the relevance collection (tests/relevance/): nDCG@10, recall@10 and MRR
# per query class, for Referatsøg and, in the same run, plain Xapian over the same items.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target relevance_report >/dev/null
"$build/bench/relevance_report" "$@"
