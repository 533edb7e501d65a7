// Loads a timeline.json written by eventgraph (format "eventgraph-timeline",
// version 1) back into a knowledge base with its graph, so that exports and
// queries run on a finished build without re-reading the articles.
#pragma once

#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace eventgraph {

// Throws eventgraph::error naming `name` and what is wrong (bad JSON with its
// offset, another format, a newer version, a field of the wrong type).
// Without the graph (with_graph false) loading is several times faster, for
// questions that only filter events.
knowledge_base parse_timeline_json(std::string_view text, const std::string& name, bool with_graph = true);

// PATH is a timeline.json or a build directory holding one.
knowledge_base read_timeline_json(const std::string& path, bool with_graph = true);

}  // namespace eventgraph
