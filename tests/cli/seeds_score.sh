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
# The actors: every actor the gold names is found under one id, the persons
# introduced once by a title carry their state, and no outlet, weapon, month
# or weekday became an actor.
python3 - "$shared/eval/seeds.gold.json" "$work/timeline.json" <<'PY'
import json, sys, unicodedata
def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
gold = json.load(open(sys.argv[1]))
timeline = json.load(open(sys.argv[2]))
by_name = {}
for a in timeline["actors"]:
    for n in [a["name"]] + a.get("aliases", []):
        by_name.setdefault(fold(n), set()).add(a["id"])
missing = sorted({alts for e in gold["events"] for alts in e["actors"]
                  if not any(by_name.get(fold(x)) for x in alts.split("|"))})
assert not missing, "gold actors not found: %s" % missing
names = [fold(a["name"]) for a in timeline["actors"]]
assert len(names) == len(set(names)), "one actor under two ids: %s" % sorted(n for n in names if names.count(n) > 1)
actors = {a["id"]: a for a in timeline["actors"]}
for pid, state in {"kalle_laanet": "EST", "ned_price": "USA", "dmytro_kuleba": "UKR", "vyacheslav_volodin": "RUS",
                   "john_kirby": "USA", "sauli_niinisto": "FIN"}.items():
    assert actors.get(pid, {}).get("country") == state, "%s should be found with state %s" % (pid, state)
never = {"interfax", "abc news", "politico", "reuters", "associated press", "s-400", "javelin", "stinger",
         "january", "february", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
bad = sorted(n for n in names if n in never)
assert not bad, "not actors: %s" % bad
print("actors: %d, every gold actor found, one id each, titled persons with their state" % len(actors))
PY
