// The output formats by name, each with the files it writes, so that
// `build --format` and `export --format` choose among the same list.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/gexf_writer.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

enum class export_format { timeline, graphml, gexf, vis, timelinejs, jsonl, csv };

std::string_view to_string(export_format f);
std::optional<export_format> parse_export_format(std::string_view s);
// "timeline, graphml, gexf, vis, timelinejs, jsonl, csv", for help and errors.
std::string export_format_names();

struct export_options {
  gexf_version gexf = gexf_version::v1_3;
};

struct output_file {
  std::string name;  // the file name a build directory gives it
  std::string content;
};

// One file for every format but csv, which gives nodes.csv and edges.csv.
std::vector<output_file> render(export_format f, const knowledge_base& kb, const export_options& options = {});

}  // namespace eventgraph
