// `eventgraph analyze`: the linguistic layer of each line of stdin - tokens
// with word class and lemma, noun chunks, clauses with their verb group,
// tense, voice and roles - as one JSON line per sentence. The tool to see
// why an event came out as it did, beside `times` and `extract --mentions`.
#pragma once

#include <string>
#include <vector>

namespace eventgraph {

int run_analyze(const std::vector<std::string>& args);

}  // namespace eventgraph
