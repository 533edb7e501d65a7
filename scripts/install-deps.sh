#!/usr/bin/env bash
# Installs the Debian packages eventgraph needs, only those missing; does
# nothing when all are present. Uses sudo when not root.
#   scripts/install-deps.sh           what building needs
#   scripts/install-deps.sh --tests   also the consumers the tests run our
#                                     files through (xmllint, networkx, igraph,
#                                     Node.js, Chromium)
#   scripts/install-deps.sh --sanitizers  also clang with its sanitizer and
#                                     libFuzzer runtimes
set -euo pipefail
packages=(g++ cmake make python3 wordnet-base libboost-graph-dev libboost-date-time-dev rapidjson-dev libfmt-dev catch2 libjemalloc-dev)
missing=()
if [ "${1:-}" = "--tests" ]; then
  # Checked by what the tests run, not by package: Node.js and npm may come
  # from outside Debian, and Debian's npm would conflict with them.
  command -v xmllint >/dev/null || missing+=(libxml2-utils)
  /usr/bin/python3 -c 'import networkx' 2>/dev/null || missing+=(python3-networkx)
  /usr/bin/python3 -c 'import igraph' 2>/dev/null || missing+=(python3-igraph)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  command -v chromium >/dev/null || missing+=(chromium)
fi
if [ "${1:-}" = "--sanitizers" ]; then
  packages+=(clang libclang-rt-dev)
fi
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
