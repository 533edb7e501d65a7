#!/usr/bin/env bash
# Each query subcommand on a build of the examples, compared with the literal
# output in tests/cli/expected/ (and its exit code). After a deliberate change
# of extraction, UPDATE=1 rewrites the expected files; review the diff.
#   queries.sh EVENTGRAPH SOURCE_DIR WORK_DIR
set -uo pipefail
eventgraph="$(realpath "$1")" src="$(realpath "$2")" work="$3"
expected="$src/tests/cli/expected"
rm -rf "$work" && mkdir -p "$work" && cd "$work" && work=.
"$eventgraph" build "$src/examples/articles" --out out >/dev/null || exit 1
failures=0
check() {  # name expected-exit-code args...
  local name="$1" code="$2"; shift 2
  "$eventgraph" "$@" >"$work/$name.out" 2>"$work/$name.err"
  local rc=$?
  cat "$work/$name.err" >>"$work/$name.out"
  echo "exit $rc" >>"$work/$name.out"
  if [ "${UPDATE:-0}" = 1 ]; then cp "$work/$name.out" "$expected/$name.txt"; fi
  if ! diff -u "$expected/$name.txt" "$work/$name.out"; then
    echo "FAIL: $name (eventgraph $*)"; failures=$((failures + 1))
  else
    echo "ok: $name"
  fi
  [ "$rc" = "$code" ] || { echo "FAIL: $name exited $rc, expected $code"; failures=$((failures + 1)); }
}
out=out
check query_all 0 query "$out"
check query_meetings_of_wang_csv 0 query "$out" --actor "wang yi" --type meeting --format csv
check query_window 0 query "$out" --from 2025-03-11 --to 2025-03-12
check query_between 0 query "$out" --between Iwaya --between "Wang Yi" --modality planned
check query_nothing 4 query "$out" --type attack --modality asserted
check query_unknown_actor 4 query "$out" --actor Iwaia
check query_bad_type 2 query "$out" --type parade
check timeline_iwaya 0 timeline "$out" Iwaya
check neighbors_china 0 neighbors "$out" China
check path_iwaya_taiwan 0 path "$out" "Takeshi Iwaya" Taiwan
check stats 0 stats "$out" --limit 3
check query_missing_build 3 query nowhere
"$eventgraph" query "$out" --actor Iwaya --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d["events"]) == 2' \
  || { echo "FAIL: query --format json is not JSON with 2 events"; failures=$((failures + 1)); }
exit $((failures > 0))
