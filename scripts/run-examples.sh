#!/usr/bin/env bash
# Installs what is missing, builds (Release) and runs eventgraph on the bundled examples into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DEVENTGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)"
./build/eventgraph build examples/articles --out out
