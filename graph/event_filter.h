// The conditions of `eventgraph query`: which events an analyst asks for.
// Every condition given must hold; several actors must all take part, several
// types or modalities are alternatives.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace eventgraph {

struct event_filter {
  std::vector<std::string> actors;  // ids; each must take part
  std::vector<event_type> types;
  std::vector<modality> modalities;
  std::optional<date> from, to;     // inclusive; an event overlapping [from, to] matches
  std::string place;                // folded word match on the location
  int min_sources = 0;
};

bool matches(const knowledge_base& kb, const event& e, const event_filter& f);

// Indices into kb.events, in the knowledge base's (chronological) order.
std::vector<std::size_t> select_events(const knowledge_base& kb, const event_filter& f);

}  // namespace eventgraph
