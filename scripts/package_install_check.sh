#!/usr/bin/env bash
# Installs the Debian package built by scripts/package.sh on this machine, as municipal IT
# would, and serves from it: the installed indexer builds an index of corpus/ into
# /var/lib/referatsog/index as the referatsog user, the installed searchd starts with the
# installed configuration, and answers /api/health and a search. systemd-analyze verifies
# the installed units. Then the package is purged. Needs root: CI runs it (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
fail() { echo "package install check failed: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "needs root (it installs a package); run it as root or in CI"
deb=$(ls -t "$build"/referatsog_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no package in $build; run scripts/package.sh first"

work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  apt-get purge -y -q referatsog >/dev/null 2>&1 || dpkg --purge referatsog >/dev/null 2>&1 || true
  rm -rf /var/lib/referatsog "$work"
}
trap cleanup EXIT

# apt resolves the dependencies dpkg -i would only complain about.
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt could not install $deb"; }
getent passwd referatsog >/dev/null || fail "postinst made no referatsog user"
[ "$(stat -c %U /var/lib/referatsog)" = referatsog ] || fail "/var/lib/referatsog does not belong to referatsog"
for unit in referatsog-searchd.service referatsog-index.service referatsog-index.timer; do
  systemd-analyze verify "/usr/lib/systemd/system/$unit" || fail "systemd-analyze verify $unit"
done

# The minutes where the referatsog user can read them, indexed with the installed indexer.
install -d -m 0755 "$work/minutes"
cp corpus/*.txt "$work/minutes/"
chmod 0755 "$work"
chmod 0644 "$work"/minutes/*
runuser -u referatsog -- /usr/bin/indexer build --quiet --index /var/lib/referatsog/index "$work/minutes" ||
  fail "the installed indexer could not build the index"

# The installed searchd with the installed configuration; only the port is overridden (the
# configured 8080 may be taken on a CI machine).
runuser -u referatsog -- /usr/bin/searchd --config /etc/referatsog/searchd.toml --listen 127.0.0.1:0 \
  >"$work/out" 2>"$work/err" &
pid=$!
for _ in $(seq 100); do grep -q listening "$work/out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/^searchd listening on //p' "$work/out")
[ -n "$base" ] || fail "the installed searchd did not start: $(cat "$work/err")"
health=$(curl -sf "$base/api/health") || fail "GET /api/health failed"
grep -q '"status":"ok"' <<<"$health" || fail "unhealthy: $health"
items=$(sed -n 's/.*"items":\([0-9]*\).*/\1/p' <<<"$health")
[ "${items:-0}" -gt 0 ] || fail "the installed index holds no items: $health"
hits=$(curl -sf "$base/api/search?q=demens") || fail "GET /api/search failed"
grep -q '"total":[1-9]' <<<"$hits" || fail "a search for demens found nothing: ${hits:0:200}"
echo "package install ok: $deb installed, $items items indexed by /usr/bin/indexer, served by /usr/bin/searchd at $base"
