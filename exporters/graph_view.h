// The knowledge graph as the graph writers see it: one flat record per node
// and per edge with every attribute as text or number, the time span over
// which it exists (for dynamic formats) and its colour and size, so that
// GraphML, GEXF and CSV say exactly the same things about the same graph.
#pragma once

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace eventgraph {

struct rgb {
  int r = 128, g = 128, b = 128;
};

struct node_view {
  std::string id;  // node_id(kind, id)
  std::string label;
  std::string kind;    // actor, event, place, document
  std::string type;    // event type, or actor kind
  std::string cameo;
  std::string modality;
  std::string country;
  int source_count = 0;  // events: distinct documents reporting it
  int degree = 0;        // edges touching the node
  date start{boost::gregorian::not_a_date_time};  // when it exists: events their
  date end{boost::gregorian::not_a_date_time};    // dates, actors and places those of their events
  rgb color;
  double size = 1.0;
};

struct edge_view {
  std::string id;
  std::string source, target;  // node_view ids
  std::string kind;            // participant, located_in, reported_by, affiliated_with, interacts_with
  std::string role;
  double weight = 1.0;
  int cooperation = 0, conflict = 0;
  double goldstein = 0.0;
  date start{boost::gregorian::not_a_date_time};
  date end{boost::gregorian::not_a_date_time};
};

struct graph_view {
  std::vector<node_view> nodes;  // in graph vertex order
  std::vector<edge_view> edges;  // in graph edge order
  date start{boost::gregorian::not_a_date_time};  // the span of all dated nodes
  date end{boost::gregorian::not_a_date_time};
};

graph_view view_of(const knowledge_base& kb);

// "kind:id" as an XML NMTOKEN, which GraphML's schema requires of ids:
// letters, digits, '.', '-' and ':' stay, '_' doubles, any other byte becomes
// '_' and two hex digits. Distinct inputs give distinct ids.
std::string node_id(std::string_view kind, std::string_view id);

// Shortest text that reads back as the same double ("2.5", "-7.2", "3").
std::string number_text(double v);

}  // namespace eventgraph
