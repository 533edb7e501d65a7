#!/usr/bin/env bash
# A Release build of the eventgraph command with profile-guided optimisation
# (GCC): builds an instrumented binary, trains it on a generated corpus (a
# seed the benchmarks do not use) and the bundled examples through extract,
# build and every export format, then rebuilds with the record.
# Usage: scripts/build-pgo.sh [BUILD_DIR]   (default build-pgo; the binary is BUILD_DIR/eventgraph)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-pgo}
jobs=$(nproc)
train="$build/pgo-training"

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DEVENTGRAPH_BUILD_TESTS=OFF -DEVENTGRAPH_PGO=generate >/dev/null
cmake --build "$build" --target eventgraph eventgraph-corpus -j"$jobs"
rm -rf "$build/pgo-profile" "$train"
mkdir -p "$train"

# Training: what a run spends its time on (extract over a feed, a build with
# its merge and writers), on text the benchmarks never see.
"$build/bench/eventgraph-corpus" 2000 "$train/feed.jsonl" --jsonl --seed 20261123
"$build/eventgraph" extract --threads "$jobs" "$train/feed.jsonl" --out "$train/events.jsonl"
"$build/bench/eventgraph-corpus" 400 "$train/articles" --seed 977
"$build/eventgraph" build "$train/articles" examples/articles --out "$train/out" \
  --format timeline,graphml,gexf,vis,timelinejs,jsonl,csv >/dev/null

cmake -S . -B "$build" -DEVENTGRAPH_PGO=use >/dev/null
cmake --build "$build" --target eventgraph -j"$jobs"
echo "built $build/eventgraph with profile-guided optimisation"
