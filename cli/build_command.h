// `eventgraph build INPUT... --out DIR [--lexicon DIR]`: reads articles, runs
// the pipeline, merges across documents and writes timeline.json and
// graph.graphml into DIR, printing a summary.
#pragma once

#include <string>
#include <vector>

namespace eventgraph {

int run_build(const std::vector<std::string>& args);
void print_build_help();

}  // namespace eventgraph
