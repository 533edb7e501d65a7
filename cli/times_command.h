// `eventgraph times --ref YYYY-MM-DD`: the time expressions of each line of
// stdin, normalised against the reference day, one JSON line per input line.
// The tool to see why a date came out as it did.
#pragma once

#include <string>
#include <vector>

namespace eventgraph {

int run_times(const std::vector<std::string>& args);

}  // namespace eventgraph
