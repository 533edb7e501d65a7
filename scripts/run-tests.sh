#!/usr/bin/env bash
# Installs what is missing (the build's packages, and the consumers the tests
# read our files with: xmllint, networkx, igraph, Node.js packages, Chromium),
# builds everything with the tests and runs the whole suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
scripts/install-node-deps.sh build-tests/node-deps
cmake -S . -B build-tests -DCMAKE_BUILD_TYPE=Release -DEVENTGRAPH_BUILD_TESTS=ON \
  -DEVENTGRAPH_NODE_DEPS="$PWD/build-tests/node-deps" >/dev/null
cmake --build build-tests -j"$(nproc)"
ctest --test-dir build-tests --output-on-failure
