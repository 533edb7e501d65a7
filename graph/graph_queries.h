// Questions asked of a built knowledge base: an actor's events, the events
// two actors share, who an actor interacted with and how, the shortest chain
// of actors and events between two actors, and actor centrality. All answers
// are deterministic: ties are broken by id.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace eventgraph {

// The day an event was first reported: the earliest publication (or learned
// reference) date of the documents that mention it; not-a-date when none is
// known. Lets a timeline place an undated event, marked as such.
date report_date(const knowledge_base& kb, const event& e);

// Indices into kb.events, in the knowledge base's (chronological) order.
std::vector<std::size_t> events_of(const knowledge_base& kb, std::string_view actor_id);
std::vector<std::size_t> events_between(const knowledge_base& kb, std::string_view a, std::string_view b);

struct interaction {
  std::string actor_id;  // the other actor
  int events = 0;
  date first{boost::gregorian::not_a_date_time};
  date last{boost::gregorian::not_a_date_time};
  int cooperation = 0;
  int conflict = 0;
  double goldstein = 0.0;  // mean over the shared events
};
// Most shared events first.
std::vector<interaction> neighbors(const knowledge_base& kb, std::string_view actor_id);

struct path_step {
  vertex_kind kind = vertex_kind::actor;  // actors and events alternate
  std::string id;
  std::string label;
};
// The shortest chain from a to b through shared events (actor, event, actor)
// and affiliations (a person, then the state it serves). Empty when either
// actor is unknown or they are not connected.
std::vector<path_step> shortest_path(const knowledge_base& kb, std::string_view a, std::string_view b);

struct actor_centrality {
  std::string actor_id;
  int degree = 0;            // distinct actors it shares an event with
  int events = 0;            // events it takes part in
  double betweenness = 0.0;  // normalised to [0, 1] on the actor interaction graph
};
// Highest degree first.
std::vector<actor_centrality> centrality(const knowledge_base& kb);

}  // namespace eventgraph
