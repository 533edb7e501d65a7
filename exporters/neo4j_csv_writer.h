// Node and edge CSV files in the header format of Neo4j's bulk importer
// (`neo4j-admin database import`): `:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
// `:TYPE` and typed property columns. Deterministic output.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"

namespace eventgraph {

struct neo4j_csv {
  std::string nodes;
  std::string edges;
};

neo4j_csv neo4j_csv_files(const knowledge_base& kb);

}  // namespace eventgraph
