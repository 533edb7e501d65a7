#!/usr/bin/env bash
# Builds the five articles of tests/data/other_regions/articles (crises other than the
# seeds') and checks the events listed in expected.json: each found once, with
# its actors, day and modality class, and at most max_unmatched events of a
# scored type beyond them. Prints every miss.
set -euo pipefail
eventgraph="$1" data="$2" work="$3"
rm -rf "$work"
"$eventgraph" build "$data/articles" --out "$work" >/dev/null
python3 - "$data/expected.json" "$work/timeline.json" <<'PY'
import json, sys
expected = json.load(open(sys.argv[1]))
scored = {"meeting", "call", "visit", "troop_deployment", "military_exercise", "sanctions_threat",
          "sanctions_imposed", "military_aid", "attack", "evacuation"}
events = [e for e in json.load(open(sys.argv[2]))["events"] if e["type"] in scored]
used, misses = set(), []
for doc, kind, actors, day, asserted in expected["events"]:
    for i, e in enumerate(events):
        if i in used or e["type"] != kind or not any(m["doc"] == doc for m in e["mentions"]):
            continue
        if not set(actors) <= {a["name"] for a in e["actors"]}:
            continue
        if asserted is not None and (e["modality"] == "asserted") != asserted:
            continue
        when = e["date"]
        if day and not (when["start"] and when["start"] <= day <= (when["end"] or when["start"])):
            continue
        used.add(i)
        break
    else:
        misses.append((doc, kind, actors, day, asserted))
for m in misses:
    print("miss:", m)
extra = [e for i, e in enumerate(events) if i not in used]
for e in extra:
    print("unmatched:", e["type"], e["modality"], [a["name"] for a in e["actors"]])
print(f"other regions: {len(expected['events']) - len(misses)}/{len(expected['events'])} found, {len(extra)} unmatched")
sys.exit(1 if misses or len(extra) > expected["max_unmatched"] else 0)
PY
