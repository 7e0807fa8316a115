#!/usr/bin/env bash
# clang-tidy over the project's own sources with the checked-in .clang-tidy; any warning
# fails (CI runs it; a few minutes on 2 cores):
#   scripts/tidy.sh [FILE-REGEX]   default: every .cpp of indexer/, searchd/ and schema/
# Tests and benchmarks are left out: GoogleTest's macros are not ours to change.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${TIDY_BUILD_DIR:-build-tidy}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
files=${1:-"$PWD/(indexer|searchd|schema)/.*\.cpp\$"}
run-clang-tidy -p "$build" -quiet -j"$(nproc)" "$files"
