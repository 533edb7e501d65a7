// GEXF for Gephi's timeline: a dynamic graph whose events, actors, places and
// interaction edges carry the dates over which they exist, coloured by node
// kind and event type and sized by degree or source count. GEXF 1.3 is the
// default; 1.2draft is offered because networkx reads only that.
// Deterministic output.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {

enum class gexf_version { v1_2draft, v1_3 };

std::string gexf(const knowledge_base& kb, gexf_version version = gexf_version::v1_3);

}  // namespace eventgraph
