#!/usr/bin/env bash
# eventgraph times: one JSON line per input line, with each expression's
# text, byte span, TIMEX3-like value, days and granularity.
#   times.sh EVENTGRAPH
set -uo pipefail
eventgraph="$1"
out=$(printf 'Envoys met on Friday and will meet again next week.\nA 90-minute call on 3 March 2023.\n' |
      "$eventgraph" times --ref 2022-01-23)
expected='{"text":"Envoys met on Friday and will meet again next week.","ref":"2022-01-23","times":[{"text":"Friday","start_byte":14,"end_byte":20,"duration":false,"value":"2022-01-21","start":"2022-01-21","end":"2022-01-21","granularity":"day","resolution":"publication_date"},{"text":"next week","start_byte":41,"end_byte":50,"duration":false,"value":"2022-W04","start":"2022-01-24","end":"2022-01-30","granularity":"week","resolution":"publication_date"}]}
{"text":"A 90-minute call on 3 March 2023.","ref":"2022-01-23","times":[{"text":"90-minute","start_byte":2,"end_byte":11,"duration":true,"duration_text":"90-minute"},{"text":"3 March 2023","start_byte":20,"end_byte":32,"duration":false,"value":"2023-03-03","start":"2023-03-03","end":"2023-03-03","granularity":"day","resolution":"absolute"}]}'
[ "$out" = "$expected" ] || { echo "FAIL: times output"; diff <(echo "$expected") <(echo "$out"); exit 1; }
echo "Friday" | "$eventgraph" times | grep -q '"value":"XXXX-WXX-5"' || { echo "FAIL: no --ref keeps the weekday unresolved"; exit 1; }
"$eventgraph" times --ref 2022-13-01 </dev/null 2>/dev/null; [ $? = 2 ] || { echo "FAIL: a bad --ref is a usage error"; exit 1; }
echo "ok: times"
