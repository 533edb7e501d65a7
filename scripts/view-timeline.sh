#!/usr/bin/env bash
# Serves the timeline viewer (examples/web/index.html) on a build's
# timeline-vis.json: http://localhost:PORT/ (default port 8000).
#   scripts/view-timeline.sh BUILD_DIR [PORT]
# Writes timeline-vis.json into BUILD_DIR first when it is missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(cd "${1:?usage: scripts/view-timeline.sh BUILD_DIR [PORT]}" && pwd)"
port="${2:-8000}"
"$root/scripts/install-node-deps.sh" "$root/build/node-deps"
[ -f "$out/timeline-vis.json" ] || "$root/build/eventgraph" export --from "$out" --format vis --out "$out/timeline-vis.json"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
mkdir -p "$site/vendor"
cp "$root/examples/web/index.html" "$site/"
cp "$root/build/node-deps/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js" "$site/vendor/"
cp "$out/timeline-vis.json" "$site/"
echo "viewer on http://localhost:$port/ (Ctrl-C to stop)"
cd "$site" && python3 -m http.server "$port" --bind 127.0.0.1
