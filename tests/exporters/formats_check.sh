#!/usr/bin/env bash
# Every format written from the examples (and from the seeds when
# ../shared/corpus/seeds is there) is read by the consumers of
# ../shared/formats/validate_graph_files.sh (xmllint against the official
# schemas, networkx, igraph, graphology) with no FAIL and no WARN, in GEXF 1.3
# and 1.2draft; the JSON, JSONL and CSV files parse. Exits 77 (skipped) when
# ../shared/formats is absent.
#   formats_check.sh EVENTGRAPH SOURCE_DIR WORK_DIR NODE_DEPS_DIR
set -euo pipefail
eventgraph="$1" src="$2" work="$3" deps="$4"
validate="$src/../shared/formats/validate_graph_files.sh"
if [ ! -f "$validate" ]; then echo "skipped: $validate not found"; exit 77; fi
rm -rf "$work" && mkdir -p "$work"
all=timeline,graphml,gexf,vis,timelinejs,jsonl,csv
inputs=("examples:$src/examples/articles")
[ -d "$src/../shared/corpus/seeds" ] && inputs+=("seeds:$src/../shared/corpus/seeds")
status=0
for pair in "${inputs[@]}"; do
  name="${pair%%:*}" in="${pair#*:}" out="$work/${pair%%:*}"
  "$eventgraph" build "$in" --out "$out" --format "$all" >/dev/null
  "$eventgraph" export --from "$out" --format gexf --gexf-version 1.2 --out "$out/graph-1.2.gexf"
  for gexf in graph.gexf graph-1.2.gexf; do
    log="$out/validate-$gexf.log"
    NODE_MODULES="$deps/node_modules" PY=/usr/bin/python3 bash "$validate" "$out/graph.graphml" "$out/$gexf" >"$log" 2>&1 || true
    echo "== $name: graph.graphml + $gexf"
    cat "$log"
    if grep -qE '^(FAIL|WARN)' "$log"; then status=1; fi
  done
  /usr/bin/python3 - "$out" <<'PY' || status=1
import csv, json, sys
out = sys.argv[1]
t = json.load(open(out + "/timeline.json", encoding="utf-8"))
vis = json.load(open(out + "/timeline-vis.json", encoding="utf-8"))
tj = json.load(open(out + "/timelinejs.json", encoding="utf-8"))
lines = [json.loads(l) for l in open(out + "/events.jsonl", encoding="utf-8")]
assert len(lines) == len(t["events"]), "events.jsonl: one line per event"
groups = {g["id"] for g in vis["groups"]}
assert all(i["group"] in groups for i in vis["items"]), "vis: an item with an unknown group"
assert len(vis["items"]) + len(vis["undated"]) == len(t["events"]), "vis: events dropped"
assert all("start_date" in e and "year" in e["start_date"] for e in tj["events"]), "timelinejs: event without start_date"
nodes = list(csv.DictReader(open(out + "/nodes.csv", encoding="utf-8")))
edges = list(csv.DictReader(open(out + "/edges.csv", encoding="utf-8")))
ids = {n[":ID"] for n in nodes}
assert all(e[":START_ID"] in ids and e[":END_ID"] in ids for e in edges), "csv: an edge to an unknown node"
print(f"json/jsonl/csv ok: {len(t['events'])} events, {len(vis['items'])} on the vis timeline, {len(nodes)} nodes, {len(edges)} edges")
PY
done
exit $status
