#!/usr/bin/env bash
# Sets everything up and runs the main job: installs the Debian packages, builds (Release),
# indexes the bundled corpus into var/index and starts searchd on 127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
listen=${LISTEN:-127.0.0.1:8080}
scripts/install-deps.sh
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" -j"$(nproc)" --target indexer searchd
# The bundled corpus indexes in seconds: build it afresh, so that an index of an older
# schema version left by an earlier checkout never stops the start.
rm -rf var/index
"$build/indexer/indexer" build --index var/index corpus/
echo "Referatsøg: http://$listen/  (Ctrl-C stops it)"
exec "$build/searchd/searchd" --index var/index --listen "$listen"
