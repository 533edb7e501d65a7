#include <catch2/catch.hpp>

#include "core/document.h"
#include "extractors/tokenizer.h"
#include "extractors/word_set.h"

using namespace eventgraph;

namespace {
document tokenized(const std::string& text) {
  document d("w", "w", text);
  tokenizer{}(d);
  return d;
}
}  // namespace

TEST_CASE("word_set: finds a token's form by the document's hash", "[extractors]") {
  const word_set units{"troops", "brigades"};
  const auto d = tokenized("Seoul sent two Brigades and 500 troops.");
  // Seoul sent two Brigades and 500 troops .
  CHECK_FALSE(units.has(d, 0));
  CHECK(units.has(d, 3));  // the form is lower case
  CHECK(units.has(d, 6));
  CHECK_FALSE(units.has(d, 7));
}

TEST_CASE("word_set: asked with a form", "[extractors]") {
  const word_set barriers{"though", "\xE2\x80\x94"};
  CHECK(barriers.has("though"));
  CHECK(barriers.has("\xE2\x80\x94"));
  CHECK_FALSE(barriers.has("thought"));
  CHECK_FALSE(barriers.has(""));
}
