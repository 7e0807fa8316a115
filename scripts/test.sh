#!/usr/bin/env bash
# Builds Referatsøg (Release, warnings as errors), runs the whole test suite through CTest, and checks the
# Debian package.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
jobs=$(nproc)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DREFERATSOG_WERROR=ON
cmake --build "$build" -j"$jobs"
ctest --test-dir "$build" --output-on-failure -j"$jobs"
# The Debian package builds and holds what it must.
BUILD_DIR="$build" scripts/package.sh
