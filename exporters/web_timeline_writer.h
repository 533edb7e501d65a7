// Timelines for the web: vis-timeline's items and groups, and TimelineJS3's
// slides. Both show every event: an event without a date of its own is placed
// at the day it was first reported and marked "undated"; one without even
// that is listed apart (vis: "undated"; TimelineJS: the title slide), never
// dropped. Deterministic output.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {

// {"groups": [...], "items": [...], "undated": [...]}; items carry, beyond
// vis-timeline's fields, the event's type, modality, actors and evidence, so
// that a page can regroup them by actor and show the evidence on click.
std::string vis_timeline_json(const knowledge_base& kb);

// {"title": ..., "events": [...]} as TimelineJS3 reads it.
std::string timelinejs_json(const knowledge_base& kb);

}  // namespace eventgraph
