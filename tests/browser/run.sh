#!/bin/sh
# Runs the browser tests of the pages and the widget (harness.js starts and stops everything).
# Environment: REFERATSOG_INDEXER, REFERATSOG_SEARCHD, REFERATSOG_CORPUS (defaults: the build/
# folder and corpus/ of this repository), CHROMIUM (default /usr/bin/chromium).
set -eu
cd "$(dirname "$0")"

if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/@axe-core/playwright ]; then
  echo "browser tests: installing pinned packages (npm ci)" >&2
  npm ci --no-audit --no-fund
fi

# --test-concurrency exists from node 20.10 / 21; older node (18) gets one file at a time by hand.
if node --test-concurrency=1 --eval 0 >/dev/null 2>&1; then
  exec node --test --test-concurrency=1 *.test.js
fi
status=0
for f in *.test.js; do
  node --test "$f" || status=1
done
exit "$status"
