#!/usr/bin/env bash
# Hostile inputs, made here at test time (a 200 MB file is not stored): each
# one gets its own one-line message naming the file (and line where there is
# one), the good inputs beside it are still processed, and the exit code is 1
# (partial success); bad lexicons are refused with file:line: reason and
# exit code 3. One check per input, so a failure names the case.
#   hostile_inputs.sh EVENTGRAPH SOURCE_DIR WORK_DIR
set -uo pipefail
eventgraph="$(realpath "$1")" src="$(realpath "$2")" work="$3"
rm -rf "$work" && mkdir -p "$work/in" "$work/lex" && cd "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
# expect_line NAME FILE TEXT: FILE has exactly one line containing TEXT.
expect_line() {
  local n
  n=$(grep -cF -- "$3" "$2")
  if [ "$n" = 1 ]; then ok "$1"; else fail "$1: expected one line with '$3' in $2, found $n"; cat "$2"; fi
}

good="$src/examples/articles/01_strait_talks.txt"
cp "$good" in/good.txt
printf 'PK\003\004\000\000binary\377\376' >in/binary.bin
printf 'Ministers met in Oslo on Monday.\000\000 More text.\n' >in/nul_bytes.txt
printf 'Troops moved \303\050 north on Tuesday.\n' >in/invalid_utf8.txt
: >in/empty.txt
# UTF-16 with a byte order mark: converted, not refused.
python3 -c 'import sys; sys.stdout.buffer.write(open(sys.argv[1], encoding="utf-8").read().encode("utf-16"))' "$good" >in/utf16_bom.txt
# The same article with CRLF line ends.
sed 's/$/\r/' "$good" >in/crlf.txt
# 200 MB on a single line, as text and as JSONL.
head -c 200000000 /dev/zero | tr '\0' 'a' >in/huge_line.txt
{ printf '{"id":"big","text":"'; head -c 200000000 /dev/zero | tr '\0' 'b'; printf '"}\n'; } >in/huge_line.jsonl
# JSONL with one malformed line in the middle.
{
  printf '{"id":"feed-1","published":"2025-03-10","text":"Japan and China held talks in Tokyo on Monday."}\n'
  printf '{"id":"feed-2","text": oops}\n'
  printf '{"id":"feed-3","published":"2025-03-12","text":"South Korea hosted the foreign ministers of Japan and China in Seoul on Wednesday."}\n'
} >in/feed.jsonl
# Deeply nested JSON: a line that nests 100,000 arrays, and one object whose
# extra field nests them (still a readable article).
python3 -c 'print("[" * 100000 + "]" * 100000)' >in/deep.jsonl
python3 -c 'print("{\"id\":\"deep-ok\",\"text\":\"Officials met in Geneva on Friday.\",\"x\":" + "[" * 100000 + "]" * 100000 + "}")' >>in/deep.jsonl

"$eventgraph" build in --out out --format timeline >build.out 2>build.err
rc=$?
[ "$rc" = 1 ] && ok "exit code 1 (partial success)" || fail "build exited $rc, expected 1"
expect_line "binary file" build.err "in/binary.bin: binary file"
expect_line "NUL bytes" build.err "in/nul_bytes.txt: binary file (NUL byte at offset 32)"
expect_line "invalid UTF-8" build.err "in/invalid_utf8.txt: invalid UTF-8 at byte 13"
expect_line "empty file" build.err "in/empty.txt: empty file"
expect_line "UTF-16 converted" build.err "in/utf16_bom.txt: converted from UTF-16LE"
expect_line "200 MB text line" build.err "in/huge_line.txt: document of 200000000 bytes is over the limit"
expect_line "200 MB JSONL line" build.err "in/huge_line.jsonl:1: document of 200000022 bytes is over the limit"
expect_line "malformed JSONL line" build.err "in/feed.jsonl:2: malformed JSON"
expect_line "deeply nested JSON" build.err "in/deep.jsonl:1: expected a JSON object"
grep -q "deep.jsonl:2" build.err && fail "the nested field made line 2 unreadable" || ok "nested field read"
[ "$(grep -c . build.err)" = 9 ] && ok "one line per problem" || { fail "expected 9 lines on stderr"; cat build.err; }
# good, utf16, crlf, feed-1, feed-3, deep-ok
grep -q "documents: 6 (8 inputs skipped)" build.out && ok "other inputs processed" || { fail "documents line"; cat build.out; }
python3 - out/timeline.json <<'EOF' && ok "CRLF and UTF-16 copies give the events of the original" || fail "CRLF/UTF-16 events differ"
import json, sys
t = json.load(open(sys.argv[1]))
by_doc = {}
for e in t["events"]:
    for m in e["mentions"]:
        by_doc.setdefault(m["doc"], set()).add((e["type"], (e.get("date") or {}).get("timex"), e["modality"]))
assert by_doc.get("good"), "no events from the good article"
assert by_doc.get("crlf") == by_doc["good"], (by_doc.get("crlf"), by_doc["good"])
assert by_doc.get("utf16_bom") == by_doc["good"], (by_doc.get("utf16_bom"), by_doc["good"])
EOF

# The size limit is configurable.
"$eventgraph" build in/good.txt --out small --max-doc-bytes 100 >/dev/null 2>small.err
rc=$?
[ "$rc" = 3 ] && ok "--max-doc-bytes: nothing readable, exit 3" || fail "--max-doc-bytes run exited $rc, expected 3"
expect_line "--max-doc-bytes message" small.err "over the limit of 100 bytes (--max-doc-bytes)"

# Bad lexicons: refused before any input is read, with file:line: reason.
lexicon_case() {  # name file expected-message; the file comes on stdin
  mkdir -p "lex/$1" && cat >"lex/$1/$2"
  "$eventgraph" build in/good.txt --out "lex/$1/out" --lexicon "lex/$1" >/dev/null 2>"lex/$1.err"
  local rc=$?
  [ "$rc" = 3 ] && ok "lexicon $1: exit 3" || fail "lexicon $1 exited $rc, expected 3"
  expect_line "lexicon $1 message" "lex/$1.err" "$3"
}
printf '# columns:\tname\tkind\tcountry\tvariants\nGeneva\tcity\tCHE\t-\nBern\tcity\tCHE\t-\tstray\n' |
  lexicon_case syntax places.tsv "lex/syntax/places.tsv:3:"
{ head -n 20 "$src/extractors/lexicons/triggers.tsv"; grep -v '^#' "$src/extractors/lexicons/triggers.tsv" | head -n 1; } |
  lexicon_case duplicate triggers.tsv "lex/duplicate/triggers.tsv:21: duplicate rule id"
printf '# columns:\tid\ttype\tcameo\ttrigger\trequires\texcludes\twindow\tmodality\nparade_1\tparade\t0\tparaded\t-\t-\t0\t-\n' |
  lexicon_case unknown_type triggers.tsv "lex/unknown_type/triggers.tsv:2: unknown event type 'parade'"

# A deeply nested timeline.json given to a query.
python3 -c 'print("{\"format\":\"eventgraph-timeline\",\"events\":" + "[" * 100000 + "]" * 100000 + "}")' >deep_timeline.json
"$eventgraph" query deep_timeline.json >/dev/null 2>deep_query.err
rc=$?
[ "$rc" = 3 ] && ok "nested timeline.json: exit 3" || fail "nested timeline.json exited $rc, expected 3"
expect_line "nested timeline.json message" deep_query.err "deep_timeline.json"

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
