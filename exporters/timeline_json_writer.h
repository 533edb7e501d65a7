// The native timeline JSON (format "eventgraph-timeline", version 1): the
// documents, actors and events of a build with every event's evidence.
// Documented by docs/timeline.schema.json. Deterministic output.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {

inline constexpr int timeline_format_version = 1;

std::string timeline_json(const knowledge_base& kb, const std::map<std::string, std::string>& mention_text = {});

}  // namespace eventgraph
