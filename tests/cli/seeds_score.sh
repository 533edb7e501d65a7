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
