#!/usr/bin/env python3
"""Runs `eventgraph times` over the chrono-node cases in ../shared/eval/chrono
and reports the pass rate on the cases in scope and on the negatives.

A case passes when the first date expression found starts on the expected
day (and ends on the expected day where the case checks an end). A negative
passes when no date expression is found. Cases out of scope are listed in
chrono_out_of_scope.tsv beside this script (source:line, reason), one reason
per case. Exits 77 when ../shared is absent, 1 when a rate is under the bar.

usage: chrono_check.py EVENTGRAPH CHRONO_DIR [--min 0.95] [--show-failures]
"""
import collections
import json
import os
import subprocess
import sys


def run_times(eventgraph, ref, texts):
    args = [eventgraph, "times"] + (["--ref", ref] if ref else [])
    # One line per case: chrono texts never hold a newline of their own.
    out = subprocess.run(args, input="".join(t.replace("\n", " ") + "\n" for t in texts),
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(out) == len(texts), "times printed %d lines for %d" % (len(out), len(texts))
    return [[t for t in json.loads(line)["times"] if not t["duration"]] for line in out]


def batched(eventgraph, cases):
    by_ref = collections.defaultdict(list)
    for i, c in enumerate(cases):
        by_ref[(c.get("ref") or "")[:10]].append(i)
    found = [None] * len(cases)
    for ref, idx in by_ref.items():
        for i, times in zip(idx, run_times(eventgraph, ref, [cases[i]["text"] for i in idx])):
            found[i] = times
    return found


def key(c):
    return "%s:%d" % (c["source"].split("/")[-1], c["line"])


def main():
    eventgraph, chrono_dir = sys.argv[1], sys.argv[2]
    minimum = float(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 0.95
    show = "--show-failures" in sys.argv
    if not os.path.isfile(os.path.join(chrono_dir, "cases.jsonl")):
        print("SKIP: %s not found; the chrono cases are not part of the repository" % chrono_dir)
        return 77
    here = os.path.dirname(os.path.abspath(__file__))
    out_of_scope = {}
    for line in open(os.path.join(here, "chrono_out_of_scope.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        case, reason = line.rstrip("\n").split("\t", 1)
        assert reason.strip(), "no reason given for " + case
        out_of_scope[case] = reason
    cases = [json.loads(l) for l in open(os.path.join(chrono_dir, "cases.jsonl"), encoding="utf-8")]
    negatives = [json.loads(l) for l in open(os.path.join(chrono_dir, "negative.jsonl"), encoding="utf-8")]
    keys = [key(c) for c in cases]
    neg_keys = ["negative " + key(c) for c in negatives]
    unknown = set(out_of_scope) - set(keys) - set(neg_keys)
    assert not unknown, "out-of-scope entries that are not cases: %s" % sorted(unknown)

    found = batched(eventgraph, cases)
    passed = failed = 0
    for c, k, times in zip(cases, keys, found):
        if k in out_of_scope:
            continue
        got = times[0] if times else None
        ok = got is not None and got["start"] == c["expect_start"]
        if ok and c.get("end_check") == "date":
            ok = got["end"] == c["expect_end"]
        if ok:
            passed += 1
        else:
            failed += 1
            if show:
                print("FAIL %s %r ref=%s expected %s..%s got %s" % (k, c["text"], (c.get("ref") or "")[:10],
                      c["expect_start"], c.get("expect_end"), (got["start"], got["end"]) if got else None))
    in_scope_negatives = [c for c, k in zip(negatives, neg_keys) if k not in out_of_scope]
    neg_found = batched(eventgraph, in_scope_negatives)
    neg_passed = sum(1 for t in neg_found if not t)
    if show:
        for c, t in zip(in_scope_negatives, neg_found):
            if t:
                print("FAIL negative %s %r found %s" % (key(c), c["text"], [x["text"] for x in t]))
    rate = passed / max(1, passed + failed)
    neg_rate = neg_passed / max(1, len(in_scope_negatives))
    print("chrono cases: %d in scope, %d passed (%.1f%%); %d out of scope (listed with reasons)"
          % (passed + failed, passed, 100 * rate, len(cases) - passed - failed))
    print("chrono negatives: %d in scope, %d with no date found (%.1f%%); %d out of scope"
          % (len(in_scope_negatives), neg_passed, 100 * neg_rate, len(negatives) - len(in_scope_negatives)))
    return 0 if rate >= minimum and neg_rate >= minimum else 1


if __name__ == "__main__":
    sys.exit(main())
