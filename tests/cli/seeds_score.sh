#!/usr/bin/env bash
# Builds ../shared/corpus/seeds and runs the shared scorer on it; skipped
# (exit 77) with a message when ../shared is not beside the repository.
set -euo pipefail
eventgraph="$1" source_dir="$2" work="$3"
shared="$source_dir/../shared"
if [ ! -d "$shared/corpus/seeds" ] || [ ! -f "$shared/eval/score.py" ]; then
  echo "SKIP: $shared/corpus/seeds not found; the seed articles are not part of the repository"
  exit 77
fi
rm -rf "$work"
"$eventgraph" build "$shared/corpus/seeds" --out "$work"
python3 "$shared/eval/score.py" --gold "$shared/eval/seeds.gold.json" "$work/timeline.json" --quiet
# The analyst's first question of the seeds: who met Lavrov? The Geneva
# meeting of 2022-01-21, reported by several articles, must be among the answers.
"$eventgraph" query "$work" --actor Lavrov --type meeting --format json | python3 -c '
import json, sys
events = json.load(sys.stdin)["events"]
hits = [e for e in events if e["date"]["start"] == "2022-01-21" and e["modality"] == "asserted"
        and (e["location"] or {}).get("name") == "Geneva"]
assert hits, "no asserted Geneva meeting of 2022-01-21 with Lavrov"
print("query --actor Lavrov --type meeting: Geneva 2022-01-21, %d sources" % hits[0]["source_count"])'
