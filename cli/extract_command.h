// `eventgraph extract`: events of each document, one JSON line per event,
// without merging across documents. Reads and writes as a stream, so it
// runs as a pipe (a streaming mapper) in memory that does not grow with the
// input.
#pragma once

#include <string>
#include <vector>

namespace eventgraph {

int run_extract(const std::vector<std::string>& args);
void print_extract_help();

}  // namespace eventgraph
