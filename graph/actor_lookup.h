// Finds an actor by what an analyst types: any name, alias or id, case- and
// accent-insensitively ("lavrov", "Niinisto", "U.S."), and suggests the
// nearest names when nothing matches ("Lavrof" → Sergei Lavrov).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace eventgraph {

struct actor_match {
  std::string actor_id;                  // empty when nothing (or more than one actor) matched
  std::vector<std::string> candidates;   // ids: the ambiguous matches, or the nearest names
};

// An exact name, alias or id wins; else a word sequence of exactly one
// actor's name or alias ("Lavrov" in "Sergei Lavrov"); else no match, with
// up to three suggestions by edit distance.
actor_match find_actor(const knowledge_base& kb, std::string_view query);

// Levenshtein distance over bytes, for suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace eventgraph
