// The native timeline JSON (format "eventgraph-timeline", version 1): the
// documents, actors and events of a build with every event's evidence.
// Documented by docs/timeline.schema.json. Deterministic output.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {

inline constexpr int timeline_format_version = 1;

std::string timeline_json(const knowledge_base& kb);

// One event as a single line of JSON, in the same shape as in timeline.json
// (no trailing newline): the unit of events.jsonl and of `query --format json`.
std::string event_json(const knowledge_base& kb, const event& e);
// The same, appended to out (a writer of many lines reuses one buffer).
void append_event_json(std::string& out, const knowledge_base& kb, const event& e);

}  // namespace eventgraph
