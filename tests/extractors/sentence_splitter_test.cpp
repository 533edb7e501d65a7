#include <catch2/catch.hpp>

#include "core/document.h"
#include "extractors/lexicon_files.h"
#include "extractors/pipeline.h"

using namespace eventgraph;

namespace {
std::vector<std::string> sentences(const std::string& text) {
  static const pipeline p(lexicon_files::embedded(), {"tokenizer", "sentence_splitter"});
  document d("t", "t", text);
  p.run(d);
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.emplace_back(d.text_of(s.where));
  return out;
}
}  // namespace

TEST_CASE("sentence_splitter: abbreviations and initials do not end sentences", "[extractors]") {
  CHECK(sentences("Mr. Kim met Antony J. Blinken in Seoul. Drills start Feb. 10 near the DMZ.") ==
        std::vector<std::string>{"Mr. Kim met Antony J. Blinken in Seoul.", "Drills start Feb. 10 near the DMZ."});
}

TEST_CASE("sentence_splitter: U.S. ends a sentence only before a sentence opener", "[extractors]") {
  CHECK(sentences("Aid came from the U.S. The talks went on. U.S. officials agreed.") ==
        std::vector<std::string>{"Aid came from the U.S.", "The talks went on.", "U.S. officials agreed."});
  CHECK(sentences("The U.S. Navy sailed.").size() == 1);
}

TEST_CASE("sentence_splitter: a line broken inside a sentence is no paragraph", "[extractors]") {
  CHECK(sentences("On May 2, a\n\nNorwegian frigate\n\nsailed into the fjord.\n\nIt left at dawn.") ==
        std::vector<std::string>{"On May 2, a\n\nNorwegian frigate\n\nsailed into the fjord.", "It left at dawn."});
  // A headline without a stop still stands alone.
  CHECK(sentences("Frigate sails into fjord\n\nA Norwegian frigate sailed in.").size() == 2);
}
