#!/usr/bin/env bash
# Builds the Debian package (build/referatsog_VERSION_ARCH.deb) and checks what it holds:
# both binaries, the systemd unit (verified by systemd-analyze where it runs), the default
# configuration as a conffile that searchd reads, and dependencies found by dpkg-shlibdeps.
# scripts/package_install_check.sh then installs it and serves from it (CI, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target indexer searchd >/dev/null
(cd "$build" && cpack -G DEB >cpack.log 2>&1) || { cat "$build/cpack.log" >&2; exit 1; }
deb=$(ls -t "$build"/referatsog_*.deb | head -1)
echo "package: $deb"

fail() { echo "package check failed: $*" >&2; exit 1; }
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/searchd ./usr/bin/indexer ./usr/lib/systemd/system/referatsog-searchd.service \
            ./usr/lib/systemd/system/referatsog-index.service ./usr/lib/systemd/system/referatsog-index.timer \
            ./etc/referatsog/searchd.toml ./etc/default/referatsog-index ./usr/share/doc/referatsog/README.md; do
  grep -q " $path\$" <<<"$contents" || fail "$path is not in the package"
done
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libxapian30 libicu72 libpoppler-cpp0v5 libgumbo1 libtomlplusplus3 hunspell-da; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -q conffiles || fail "no conffiles"

# The packaged configuration is one searchd accepts, and the unit file is well formed.
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb --extract "$deb" "$unpacked"
"$unpacked/usr/bin/searchd" --config "$unpacked/etc/referatsog/searchd.toml" --help >/dev/null ||
  fail "searchd cannot start with the packaged binary"
if "$unpacked/usr/bin/searchd" --config "$unpacked/etc/referatsog/searchd.toml" --index /nonexistent 2>"$unpacked/err"; then
  fail "searchd served a missing index"
fi
grep -q "/nonexistent" "$unpacked/err" || fail "searchd did not name the missing index: $(cat "$unpacked/err")"
# systemd-analyze verify runs on the installed units (scripts/package_install_check.sh):
# it checks that the binaries they start exist.
echo "package ok: $(dpkg-deb --field "$deb" Package Version Architecture | tr '\n' ' ')"
