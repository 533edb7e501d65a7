#!/usr/bin/env bash
# Names with XML and JSON specials and emoji survive export and a read by
# networkx (GraphML and GEXF 1.2draft) and by Python's JSON and CSV readers.
# Exits 77 (skipped) without Debian's python3-networkx.
#   round_trip_names.sh EVENTGRAPH SOURCE_DIR WORK_DIR
set -euo pipefail
eventgraph="$1" src="$2" work="$3"
py=/usr/bin/python3
if ! "$py" -c 'import networkx' 2>/dev/null; then echo "skipped: needs python3-networkx"; exit 77; fi
rm -rf "$work" && mkdir -p "$work"
in="$src/tests/exporters/data/special_names.timeline.json"
"$eventgraph" export --from "$in" --format graphml --out "$work/g.graphml"
"$eventgraph" export --from "$in" --format gexf --gexf-version 1.2 --out "$work/g.gexf"
"$eventgraph" export --from "$in" --format csv --out "$work"
"$eventgraph" export --from "$in" --format timeline --out "$work/timeline.json"
"$eventgraph" export --from "$in" --format jsonl --out "$work/events.jsonl"
"$py" - "$work" <<'PY'
import csv, json, sys, networkx as nx
work = sys.argv[1]
acme, zed, place, title = 'Acme & Sons <"Holdings"> 🚀', 'Zedland\'s "Republic"', 'Café <Zürich> & "Co"', "Talks & tea 🚀 <draft>"
for name, g in (("graphml", nx.read_graphml(work + "/g.graphml")), ("gexf", nx.read_gexf(work + "/g.gexf"))):
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    for want in (acme, zed, place, title):
        assert want in labels, f"{name}: label {want!r} lost; have {sorted(labels)}"
    print(f"{name}: {g.number_of_nodes()} nodes, names intact")
rows = list(csv.DictReader(open(work + "/nodes.csv", encoding="utf-8")))
assert {acme, zed, place, title} <= {r["name"] for r in rows}, "csv: names lost"
t = json.load(open(work + "/timeline.json", encoding="utf-8"))
assert {a["name"] for a in t["actors"]} == {acme, zed}, "timeline: names lost"
assert t["events"][0]["location"]["name"] == place
lines = [json.loads(l) for l in open(work + "/events.jsonl", encoding="utf-8")]
assert len(lines) == 2 and lines[0]["mentions"][0]["text"].endswith("🚀."), "jsonl: evidence lost"
print("csv, timeline, jsonl: names intact")
PY
