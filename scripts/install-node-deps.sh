#!/usr/bin/env bash
# Installs the npm packages the tests and the viewer use (vis-timeline,
# graphology and its GraphML/GEXF readers) into DIR/node_modules, at the
# versions pinned in tests/web/package.json. Does nothing when they are there.
#   scripts/install-node-deps.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:?usage: scripts/install-node-deps.sh DIR}"
mkdir -p "$dir"
if ! cmp -s tests/web/package.json "$dir/package.json" || [ ! -d "$dir/node_modules/vis-timeline" ]; then
  cp tests/web/package.json "$dir/package.json"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
