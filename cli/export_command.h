// `eventgraph export --from DIR_OR_TIMELINE --format F [--out PATH]`: writes
// one format from a finished build, without re-reading the articles.
#pragma once

#include <string>
#include <vector>

namespace eventgraph {

int run_export(const std::vector<std::string>& args);

}  // namespace eventgraph
