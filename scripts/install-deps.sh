#!/usr/bin/env bash
# Installs what Referatsøg needs to build and test, from Debian 12's packages and, for the
# browser tests, the npm registry (versions pinned by tests/browser/package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(
  cmake g++ make pkg-config
  libxapian-dev           # search engine: index, ranking, snippets
  libboost-dev            # Beast/Asio: the HTTP server (header-only parts)
  nlohmann-json3-dev      # JSON
  libicu-dev              # Unicode normalisation, case, Danish dates, collation, regex
  libkainjow-mustache-dev # Mustache templates for the pages (escapes by default)
  libpoppler-cpp-dev      # PDF minutes: text with positions, page by page
  libgumbo-dev            # web-page minutes: an HTML5 parser
  qpdf                    # tests: encrypts a PDF to check that it is refused
  clang                   # fuzzing (scripts/fuzz.sh): libFuzzer and the sanitizers
  clang-tidy              # scripts/tidy.sh: the checked-in .clang-tidy, run by CI
  libtomlplusplus-dev     # searchd's configuration file (TOML)
  dpkg-dev                # the Debian package: dpkg-shlibdeps finds its dependencies
  libhunspell-dev         # compound splitting: hunspell's Danish compound rules
  hunspell-da             # the Danish hunspell dictionary
  wdanish                 # the Danish full-form word list (/usr/share/dict/danish)
  libgtest-dev            # GoogleTest
  chromium                # the browser the browser tests drive (headless)
  fonts-dejavu-core       # a font for Chromium to lay pages out with
  curl                    # the README's examples
  python3                 # tests/hardening/: searchd against hostile clients
  wrk                     # .ci/run: the load test with index updates (bench/load_with_reloads.sh)
)
# Node runs the browser tests. Some machines bring their own Node (with npm); Debian's
# nodejs and npm packages are installed only where there is none.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "All Debian packages are installed."
else
  echo "Installing: ${missing[*]}"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

# The browser tests' npm packages, exactly as locked (no browser download: Playwright
# drives Debian's chromium).
if [ ! -d tests/browser/node_modules ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules ]; then
  (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi
