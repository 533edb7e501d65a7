#!/usr/bin/env bash
# Builds everything with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer (with libFuzzer coverage, so one build serves
# both), runs the whole test suite in it, then each fuzzer for FUZZ_SECONDS
# (default 20) from its seed corpus in tests/fuzz/corpus. Any sanitizer
# report, test failure or fuzzer crash fails the run; a crashing input is
# left in build-asan/fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --sanitizers
build=build-asan
# pointer-overflow stays recoverable only so that the suppression file can
# silence it in RapidJSON's header; halt_on_error still stops on any report.
flags="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
flags+=" -fsanitize-recover=pointer-overflow -fsanitize=fuzzer-no-link"
CXX=clang++ CC=clang cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="$flags" \
  -DEVENTGRAPH_BUILD_TESTS=ON -DEVENTGRAPH_FUZZ=ON -DEVENTGRAPH_JEMALLOC=OFF -DEVENTGRAPH_NODE_DEPS="$PWD/build-tests/node-deps" >/dev/null
cmake --build "$build" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=$PWD/tests/sanitizers/ubsan.supp
ctest --test-dir "$build" --output-on-failure

seconds=${FUZZ_SECONDS:-20}
mkdir -p "$build/fuzz-artifacts"
for target in text_reader pipeline jsonl_reader lexicon timeline_reader; do
  work="$build/fuzz-work/$target"
  mkdir -p "$work"
  echo "fuzzing $target for ${seconds}s"
  log="$build/fuzz-work/$target.log"
  if ! "$build/tests/fuzz/${target}_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
      -artifact_prefix="$build/fuzz-artifacts/$target-" -print_final_stats=1 "$work" "tests/fuzz/corpus/$target" \
      >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzzer $target failed; the input is in $build/fuzz-artifacts"
    exit 1
  fi
  grep -E "^stat::number_of_executed_units" "$log"
done
