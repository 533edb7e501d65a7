// Resolves mentions that do not name their actor: personal pronouns ("he",
// "her") to the person just named with a compatible gender (a fronted "Following
// her meeting ..., Sherman" looks ahead), and "the two men" / "both sides" to
// the pair just named. Reads actor_mentions; adds resolved mentions.
#pragma once

#include "core/component.h"

namespace eventgraph {

class actor_resolver final : public component {
 public:
  std::string_view name() const override { return "actor_resolver"; }
  void operator()(document& doc) const override;
};

}  // namespace eventgraph
