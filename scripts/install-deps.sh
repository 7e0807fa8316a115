#!/usr/bin/env bash
# Installs what Referatsøg needs to build and test, from Debian 12's packages.
set -euo pipefail
packages=(
  cmake g++ make pkg-config
  libxapian-dev           # search engine: index, ranking, snippets
  libboost-dev            # Beast/Asio: the HTTP server (header-only parts)
  nlohmann-json3-dev      # JSON
  libicu-dev              # Unicode normalisation, case, Danish dates, collation, regex
  libgtest-dev            # GoogleTest
  curl                    # the README's examples
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "All build dependencies are installed."
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}"
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
