#!/usr/bin/env bash
# extract as a pipe (JSONL in, one JSON event per line out, in input order),
# in memory that does not grow with the input, and build and extract giving
# the same bytes whatever the thread count and the order of the inputs.
#   parallel_and_streaming.sh EVENTGRAPH EVENTGRAPH_CORPUS SOURCE_DIR WORK_DIR
set -uo pipefail
eventgraph="$(realpath "$1")" corpus="$(realpath "$2")" src="$(realpath "$3")" work="$4"
rm -rf "$work" && mkdir -p "$work" && cd "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

"$corpus" 300 feed.jsonl --jsonl --seed 11 && "$corpus" 3000 big.jsonl --jsonl --seed 12 || exit 1

"$eventgraph" extract - --threads 1 <feed.jsonl >one.jsonl || fail "extract from stdin failed"
"$eventgraph" extract - --threads 2 <feed.jsonl >two.jsonl || fail "extract with 2 threads failed"
cmp -s one.jsonl two.jsonl && ok "extract: same bytes with 1 and 2 threads" || fail "extract output depends on threads"
"$eventgraph" extract feed.jsonl --out file.jsonl --threads 2 || fail "extract --out failed"
cmp -s one.jsonl file.jsonl && ok "extract --out FILE writes what stdout gets" || fail "--out differs from stdout"
python3 - one.jsonl <<'PY' && ok "one event per line, documents in input order" || fail "extract lines"
import json, sys
lines = open(sys.argv[1]).read().splitlines()
assert len(lines) > 300, len(lines)
last = 0
for line in lines:
    e = json.loads(line)
    assert e["id"].startswith("ev_") and e["type"] and e["mentions"], line[:200]
    n = int(e["mentions"][0]["doc"][3:])  # gen1, gen2, ...
    assert n >= last, (n, last)
    last = n
PY
cat feed.jsonl | "$eventgraph" extract - | head -n 3 >head.jsonl
[ "$(wc -l <head.jsonl)" = 3 ] && ok "works in a pipeline" || fail "pipe"
: | "$eventgraph" extract - >empty.out
rc=$?
[ "$rc" = 0 ] && [ ! -s empty.out ] && ok "an empty stream gives no events and exit 0" || fail "empty stream: exit $rc"

# Peak RSS of extract over 300 and 3,000 documents, each in a fresh parent
# (RUSAGE_CHILDREN keeps the maximum over all children of a process).
peak_kb() {
  python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:3] + ["-", "--threads", "1"], stdin=open(sys.argv[3], "rb"), stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$eventgraph" extract "$1"
}
small=$(peak_kb feed.jsonl) big=$(peak_kb big.jsonl)
echo "extract peak RSS: 300 documents ${small} KB, 3,000 documents ${big} KB"
if [ -n "${ASAN_OPTIONS:-}" ]; then
  # AddressSanitizer holds freed memory in quarantine: RSS says nothing there.
  echo "ok: memory check left to the uninstrumented build"
elif [ -n "$small" ] && [ -n "$big" ] && [ $((big * 2)) -le $((small * 3)) ]; then
  ok "extract memory does not grow with the input"
else
  fail "extract memory grows"
fi

"$eventgraph" build feed.jsonl --out t1 --threads 1 --format timeline,graphml,gexf >/dev/null || fail "build --threads 1"
"$eventgraph" build feed.jsonl --out t2 --threads 2 --format timeline,graphml,gexf >/dev/null || fail "build --threads 2"
for f in timeline.json graph.graphml graph.gexf; do
  cmp -s "t1/$f" "t2/$f" && ok "build: $f the same with 1 and 2 threads" || fail "build $f depends on threads"
done
# The same articles given in two orders give the same bytes.
mapfile -t files < <(ls "$src"/examples/articles/*.txt | sort)
mapfile -t reversed < <(ls "$src"/examples/articles/*.txt | sort -r)
if [ "${#files[@]}" -ge 2 ]; then
  "$eventgraph" build "${files[@]}" --out o1 --format timeline,graphml,gexf >/dev/null
  "$eventgraph" build "${reversed[@]}" --out o2 --format timeline,graphml,gexf >/dev/null
  for f in timeline.json graph.graphml graph.gexf; do
    cmp -s "o1/$f" "o2/$f" && ok "build: $f the same for two input orders" || fail "build $f depends on input order"
  done
fi
"$eventgraph" build feed.jsonl --out t0 --threads 0 >/dev/null 2>t0.err
[ $? = 2 ] && grep -q "threads needs a whole number of at least 1" t0.err && ok "--threads 0 refused" || fail "--threads 0"
[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
