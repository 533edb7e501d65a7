#!/usr/bin/env bash
# The viewer (examples/web/index.html) in headless Chromium on the examples'
# vis export: every item must render, and selecting an event must show its
# evidence. Exits 77 (skipped) when Chromium or the npm packages are missing.
#   viewer_test.sh EVENTGRAPH SOURCE_DIR WORK_DIR NODE_DEPS_DIR
set -euo pipefail
eventgraph="$1" src="$2" work="$3" deps="$4"
chromium="$(command -v chromium || true)"
vis="$deps/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"
if [ -z "$chromium" ] || [ ! -f "$vis" ]; then
  echo "skipped: needs chromium and $vis (scripts/install-deps.sh --tests; scripts/install-node-deps.sh)"
  exit 77
fi
rm -rf "$work" && mkdir -p "$work/site/vendor"
"$eventgraph" build "$src/examples/articles" --out "$work/out" --format timeline,vis >/dev/null
cp "$src/examples/web/index.html" "$work/site/"
cp "$vis" "$work/site/vendor/"
cp "$work/out/timeline-vis.json" "$work/site/"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
(cd "$work/site" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break; sleep 0.1; done

browse() {  # url, then chromium's own flags
  local url="$1"; shift
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile.$RANDOM" \
    --virtual-time-budget=10000 --window-size=1400,900 "$@" "$url" 2>/dev/null
}

expected="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$work/out/timeline-vis.json")"
first="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["items"][0]["id"])' "$work/out/timeline-vis.json")"
quote="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["items"][0]["evidence"][0]["text"][:40])' "$work/out/timeline-vis.json")"
browse "http://127.0.0.1:$port/index.html?select=$first" --dump-dom >"$work/dom.html"
rendered="$(python3 -c '
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
print(len(re.findall(r"class=\"vis-item [^\"]*vis-(point|range|box)", dom)))' "$work/dom.html")"
echo "items in timeline-vis.json: $expected; rendered: $rendered"
[ "$expected" -gt 0 ] || { echo "FAIL: the examples gave no dated event"; exit 1; }
[ "$rendered" -eq "$expected" ] || { echo "FAIL: $rendered of $expected items rendered"; exit 1; }
python3 - "$work/dom.html" "$quote" <<'PY' || { echo "FAIL: the selected event's evidence is not shown"; exit 1; }
import html, sys
dom = open(sys.argv[1], encoding="utf-8").read()
start = dom.index('id="evidence"')
sys.exit(0 if html.escape(sys.argv[2], quote=False) in dom[start:] or sys.argv[2] in dom[start:] else 1)
PY
grep -q 'events on the timeline' "$work/dom.html" || { echo "FAIL: status line missing"; exit 1; }
browse "http://127.0.0.1:$port/index.html?group=actor&select=$first" --screenshot="$work/viewer.png" >/dev/null || true
echo "ok: viewer rendered $rendered items and the evidence of $first (screenshot: $work/viewer.png)"
