// GraphML for Gephi, networkx, igraph and graphology: every attribute has a
// typed key, every element carries explicit values, node labels and edge
// weights use the names Gephi maps. Deterministic output.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {

std::string graphml(const knowledge_base& kb);

}  // namespace eventgraph
