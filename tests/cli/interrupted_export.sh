#!/usr/bin/env bash
# Outputs are never half-written: a build over a large generated corpus is
# killed (SIGKILL) while it writes its files into a directory that holds a
# previous build; every file there must still be the previous one, whole.
# Then an uninterrupted run replaces them with complete new files.
#   interrupted_export.sh EVENTGRAPH EVENTGRAPH_CORPUS WORK_DIR
set -uo pipefail
eventgraph="$(realpath "$1")" corpus="$(realpath "$2")" work="$3"
rm -rf "$work" && mkdir -p "$work" && cd "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

"$corpus" 2 small.jsonl --jsonl --seed 3 && "$corpus" 1500 big.jsonl --jsonl --seed 4 || exit 1
formats=timeline,graphml,gexf,vis
"$eventgraph" build small.jsonl --out out --format "$formats" >/dev/null || exit 1
files=(timeline.json graph.graphml graph.gexf timeline-vis.json)
for f in "${files[@]}"; do [ -s "out/$f" ] || { echo "FAIL: the first build wrote no out/$f"; exit 1; }; done
sha256sum "${files[@]/#/out/}" >before.sha

attempt=0
for target in timeline.json graph.graphml graph.gexf; do
  attempt=$((attempt + 1))
  # Kill as soon as the temporary file of the target exists: the process
  # is writing it, and the files before it are already renamed into place.
  # On a loaded machine the poll can miss the window; then try again.
  seen=0
  for try in 1 2 3 4 5; do
    "$eventgraph" build big.jsonl --out out --format "$formats" >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 6000); do
      [ -e "out/$target.tmp.$pid" ] && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.005
    done
    if [ -e "out/$target.tmp.$pid" ]; then seen=1; break; fi
    wait "$pid"
    echo "note: try $try missed the build writing $target; restoring and trying again"
    "$eventgraph" build small.jsonl --out out --format "$formats" >/dev/null
  done
  if [ "$seen" = 0 ]; then
    fail "attempt $attempt: never saw the build writing $target"; continue
  fi
  kill -9 "$pid"
  wait "$pid" 2>/dev/null
  # Each file is the previous build's, unless its rename had already happened,
  # in which case it must be the new build's, complete.
  while read -r sum path; do
    if [ "$(sha256sum "$path" | cut -d' ' -f1)" = "$sum" ]; then continue; fi
    case "$path" in
      *.json) python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$path" ;;
      *) python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$path" ;;
    esac || fail "attempt $attempt: $path is neither the previous file nor a complete new one"
  done <before.sha
  echo "ok: killed while writing $target; every output is whole"
  rm -f out/*.tmp.*
  # Restore the previous build for the next attempt.
  "$eventgraph" build small.jsonl --out out --format "$formats" >/dev/null
done

"$eventgraph" build big.jsonl --out out --format "$formats" >/dev/null || fail "the uninterrupted build failed"
python3 -c 'import json,sys; t=json.load(open(sys.argv[1])); assert len(t["documents"]) == 1500' out/timeline.json \
  || fail "the uninterrupted build did not write all 1500 documents"
compgen -G "out/*.tmp.*" >/dev/null && fail "temporary files left behind by a completed build"
[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "ok: a completed build replaced every file"
