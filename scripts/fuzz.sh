#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs each for SECONDS (default 20) from its seeds.
# A crash, leak, timeout or sanitizer report fails the run and leaves the input in
# build-fuzz/findings/.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
build=${FUZZ_BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREFERATSOG_FUZZ=ON \
  -DREFERATSOG_BUILD_TESTS=OFF >/dev/null
targets=(fuzz_minutes fuzz_pdf fuzz_html fuzz_query_string fuzz_query)
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" >/dev/null
mkdir -p "$build/findings"
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
for target in "${targets[@]}"; do
  seeds=tests/fuzz/seeds/${target#fuzz_}
  # The whole reading chain starts from every format's seeds.
  extra=()
  [ "$target" = fuzz_minutes ] && extra=(tests/fuzz/seeds/pdf tests/fuzz/seeds/html)
  work="$build/corpus/$target"
  mkdir -p "$work"
  echo "fuzzing $target for ${seconds}s"
  # -timeout: one input taking longer is a hang; -rss_limit_mb: one using more is a leak.
  if ! "$build/tests/fuzz/$target" "$work" "$seeds" "${extra[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -max_len=65536 -artifact_prefix="$build/findings/$target-" -print_final_stats=1 >"$build/$target.log" 2>&1; then
    tail -40 "$build/$target.log" >&2
    echo "fuzz target $target failed; input in $build/findings/" >&2
    exit 1
  fi
  grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "$build/$target.log" | tail -1
done
echo "fuzzing ok"
