// Finds the noun phrases of each sentence from the word classes: a run of
// determiners, possessives ("Russia's"), numbers, adjectives and nouns or
// names ending in its head ("the 27 national leaders", "Russia's defence
// ministry", "U.S. B-2 bombers"), or a pronoun alone. Coordinated chunks
// ("Russia and Ukraine", "Denmark, the Netherlands and the United States")
// are linked, and each chunk records the preposition that governs it.
// Reads word classes; writes document::chunks. Stateless.
#pragma once

#include "core/component.h"
#include "core/document.h"

namespace eventgraph {

class phrase_chunker final : public component {
 public:
  std::string_view name() const override { return "phrase_chunker"; }
  void operator()(document& doc) const override;
};

}  // namespace eventgraph
