// Finds actor and place mentions: lexicon names, variants, adjectives
// ("Russian troops"), metonyms ("the Kremlin"), bodies whose state comes from
// context ("Russia's Defense Ministry"), persons introduced by a title
// ("Estonian Defense Minister Kalle Laanet", "Ms. Sherman"), by apposition
// ("Andrea Kendall-Taylor, who ...") or by a quote attribution ("..., Ryabkov
// said"), and surname-only mentions of persons already known. News outlets
// and weapons are never actors. Reads tokens and sentences; writes
// actor_mentions, place_mentions and actors.
#pragma once

#include <memory>

#include "core/component.h"
#include "extractors/actor_lexicon.h"

namespace eventgraph {

class actor_recognizer final : public component {
 public:
  explicit actor_recognizer(std::shared_ptr<const actor_lexicon> lexicon);
  std::string_view name() const override { return "actor_recognizer"; }
  void operator()(document& doc) const override;

 private:
  std::shared_ptr<const actor_lexicon> lex_;
};

}  // namespace eventgraph
