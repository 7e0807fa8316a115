#!/usr/bin/env bash
# On demand: small realistic bugs (tests/mutation/mutants/*.patch: core classifiers,
# filters, ids, sort keys, query decoding) applied one at a time to a copy of this
# checkout, built, and tested with the GoogleTest binaries the patch names ("# tests:"). A
# mutant is killed when a test fails; one that survives is a behaviour no test checks.
#   tests/mutation/run.sh [PATCH…]      (default: every mutant)
# Prints one line per mutant and the score; exits 1 if any survived or failed to build.
set -euo pipefail
caller=$(pwd)
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$(mktemp -d)
cleanup() { git worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
git worktree add -q --detach "$work/tree" HEAD
# The working tree's uncommitted changes too: the suite under test is the one checked out.
git diff HEAD | (cd "$work/tree" && git apply --allow-empty)
build="$work/tree/build-mutation"
cmake -S "$work/tree" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null

patches=()
for patch in "$@"; do patches+=("$(cd "$caller" && realpath "$patch")"); done
[ ${#patches[@]} -gt 0 ] || patches=("$root"/tests/mutation/mutants/*.patch)
killed=0 survived=0 broken=0
for patch in "${patches[@]}"; do
  name=$(basename "$patch" .patch)
  tests=$(sed -n 's/^# tests: //p' "$patch")
  (cd "$work/tree" && git apply "$patch") || { echo "BROKEN   $name: the patch no longer applies"; broken=$((broken + 1)); continue; }
  if ! cmake --build "$build" -j"$(nproc)" >"$work/build.log" 2>&1; then
    echo "BROKEN   $name: does not build"; broken=$((broken + 1))
  else
    failed=""
    for t in $tests; do
      "$build/tests/$t" --gtest_brief=1 >"$work/$t.log" 2>&1 || failed="$failed $t($(grep -c '^\[  FAILED  \]' "$work/$t.log" || true))"
    done
    if [ -n "$failed" ]; then
      echo "killed   $name by$failed"; killed=$((killed + 1))
    else
      echo "SURVIVED $name: $(sed -n 1p "$patch" | sed 's/^# //')"; survived=$((survived + 1))
    fi
  fi
  (cd "$work/tree" && git apply -R "$patch")
done
total=$((killed + survived + broken))
echo "mutation score: $killed of $total killed ($survived survived, $broken broken)"
[ "$survived" -eq 0 ] && [ "$broken" -eq 0 ]
