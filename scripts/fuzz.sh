#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs each from its seeds and what earlier runs found
# (build-fuzz/corpus/TARGET). A crash, leak, timeout or sanitizer report fails the run and
# leaves the input in build-fuzz/findings/.
#   scripts/fuzz.sh [SECONDS]            every target for SECONDS (default 20): CI's run
#   scripts/fuzz.sh --runs N [TARGET...] each target (default all) for N executions: the
#                                        long run on demand, e.g. --runs 10000000
set -euo pipefail
cd "$(dirname "$0")/.."
all=(fuzz_minutes fuzz_pdf fuzz_html fuzz_query_string fuzz_query)
if [ "${1:-}" = --runs ]; then
  limit="-runs=${2:?usage: scripts/fuzz.sh --runs N [TARGET...]}"
  shift 2
  targets=("$@")
  [ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
else
  limit="-max_total_time=${1:-20}"
  targets=("${all[@]}")
fi
for target in "${targets[@]}"; do
  [ -d "tests/fuzz/seeds/${target#fuzz_}" ] || { echo "scripts/fuzz.sh: no target $target (one of: ${all[*]})" >&2; exit 2; }
done
build=${FUZZ_BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREFERATSOG_FUZZ=ON \
  -DREFERATSOG_BUILD_TESTS=OFF >/dev/null
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
  echo "fuzzing $target ($limit)"
  start=$(date +%s)
  # -timeout: one input taking longer is a hang; -rss_limit_mb: one using more is a leak.
  if ! "$build/tests/fuzz/$target" "$work" "$seeds" "${extra[@]}" "$limit" -timeout=10 -rss_limit_mb=2048 \
       -max_len=65536 -artifact_prefix="$build/findings/$target-" -print_final_stats=1 >"$build/$target.log" 2>&1; then
    tail -40 "$build/$target.log" >&2
    echo "fuzz target $target failed; input in $build/findings/" >&2
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/$target.log")
  echo "$target: $runs executions in $(( $(date +%s) - start )) s, no finding"
done
echo "fuzzing ok"
