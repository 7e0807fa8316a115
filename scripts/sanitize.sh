#!/usr/bin/env bash
# The test suite built with sanitizers (CI runs both; each takes a while on 2 cores):
#   scripts/sanitize.sh asan   every GoogleTest binary and the hostile-client test with
#                              AddressSanitizer + UndefinedBehaviorSanitizer (any report fails)
#   scripts/sanitize.sh tsan   the search and server tests with ThreadSanitizer
# Browser tests are left to the Release build (they test pages, not memory).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: scripts/sanitize.sh asan|tsan}
case "$mode" in
  asan) flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
        tests="schema_tests|indexer_tests|search_tests|http_tests|html_tests|relevance_tests|hostile_clients"
        targets="schema_tests indexer_tests search_tests http_tests html_tests relevance_tests indexer searchd" ;;
  tsan) flags="-fsanitize=thread"
        tests="search_tests|http_tests"
        targets="search_tests http_tests indexer searchd" ;;
  *) echo "scripts/sanitize.sh: unknown mode $mode (asan or tsan)" >&2; exit 2 ;;
esac
build=${SANITIZE_BUILD_DIR:-build-$mode}
# Sanitized binaries run 5-15x slower: the indexer kill test builds its 400-file archive
# fifteen times and under ThreadSanitizer took more than the Release limit of 300 s.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="$flags" -DREFERATSOG_TEST_TIMEOUT=1500 >/dev/null
# Only what the tests run: fuzz targets and benchmarks are built elsewhere.
cmake --build "$build" -j"$(nproc)" --target $targets >/dev/null
# Xapian's QueryParser keeps a 96-byte allocation past exit (tests/fuzz/lsan.supp).
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"
# Each test carries its binary's name as a label (tests/CMakeLists.txt).
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" -L "^($tests)\$"
