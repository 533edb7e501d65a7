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
  double weight = 1.0;  // interacts_with: the number of shared events; reported_by: mentions
  // interacts_with only: how the two actors relate over their shared events.
  date first{boost::gregorian::not_a_date_time};
  date last{boost::gregorian::not_a_date_time};
  int cooperation = 0;    // events of a cooperation quad class
  int conflict = 0;       // events of a conflict quad class
  double goldstein = 0.0; // mean Goldstein value of the shared events
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
  // Dyadic events withheld because merging left them with one side.
  std::size_t fragments_withheld = 0;
  graph_type graph;
};

// Builds the graph vertices and edges from documents, actors and events.
// Every pair of actors that share an event gets one interacts_with edge
// (from the smaller id to the larger) aggregating all the events they share,
// whatever their modality: a threat between two states is part of how they
// relate. Vertex and edge order depend only on the knowledge base's order.
graph_type build_graph(const knowledge_base& kb);

}  // namespace eventgraph
