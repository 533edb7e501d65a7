// The knowledge graph of a build: actors, merged events, places and
// documents as vertices of a boost::adjacency_list with bundled properties,
// linked by participant, located_in, reported_by and affiliated_with edges.
// Built once from merged events; read-only afterwards.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <string>
#include <vector>

#include "core/actor.h"
#include "core/document.h"
#include "core/event.h"

namespace eventgraph {

enum class vertex_kind { actor, event, place, document };
enum class edge_kind { participant, located_in, reported_by, affiliated_with, interacts_with };
std::string_view to_string(vertex_kind k);
std::string_view to_string(edge_kind k);

struct vertex_props {
  vertex_kind kind = vertex_kind::actor;
  std::string id;
  std::string label;
};

struct edge_props {
  edge_kind kind = edge_kind::participant;
  std::string role;  // participant role, or the affiliation's title
  double weight = 1.0;
};

using graph_type = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, vertex_props, edge_props>;

// What a build produced: the documents (metadata only), the actors, the
// merged events (in a stable order) and the graph over them.
struct knowledge_base {
  struct document_info {
    std::string id, source, title, url;
    date published{boost::gregorian::not_a_date_time};
    date_source published_from = date_source::none;
    date learned_reference{boost::gregorian::not_a_date_time};  // from merges, for undated documents
  };
  std::vector<document_info> documents;
  std::map<std::string, actor> actors;
  std::vector<event> events;
  graph_type graph;
};

// Builds the graph vertices and edges from documents, actors and events.
graph_type build_graph(const knowledge_base& kb);

}  // namespace eventgraph
