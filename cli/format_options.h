// The --format and --gexf-version options shared by `build` and `export`, and
// writing the chosen formats' files into a directory, each atomically.
#pragma once

#include <string>
#include <vector>

#include "exporters/export_format.h"

namespace eventgraph {

// "graphml,gexf" (or one name); throws eventgraph::error on an unknown name.
std::vector<export_format> parse_format_list(const std::string& list);
// "1.2" or "1.3"; throws eventgraph::error otherwise.
gexf_version parse_gexf_version(const std::string& v);

// Writes each format's files into dir (created if missing); returns their paths.
std::vector<std::string> write_formats(const knowledge_base& kb, const std::vector<export_format>& formats,
                                       const std::string& dir, const export_options& options);

}  // namespace eventgraph
