#include <catch2/catch.hpp>

#include "extractors/tokenizer.h"

using namespace eventgraph;

namespace {
std::vector<std::string> texts(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(s)) out.emplace_back(t.where.of(s));
  return out;
}
}  // namespace

TEST_CASE("tokenizer: dotted acronyms stay whole", "[extractors]") {
  CHECK(texts("the U.S. and U.K. said") == std::vector<std::string>{"the", "U.S.", "and", "U.K.", "said"});
}

TEST_CASE("tokenizer: possessive 's is split, with curly apostrophes too", "[extractors]") {
  CHECK(texts("Seoul\xE2\x80\x99s envoy") == std::vector<std::string>{"Seoul", "\xE2\x80\x99s", "envoy"});
  CHECK(texts("Niger's junta") == std::vector<std::string>{"Niger", "'s", "junta"});
}

TEST_CASE("tokenizer: numbers keep their separators, hyphens are tokens", "[extractors]") {
  CHECK(texts("1,00,000 troops") == std::vector<std::string>{"1,00,000", "troops"});
  CHECK(texts("a 90-minute call") == std::vector<std::string>{"a", "90", "-", "minute", "call"});
}

TEST_CASE("tokenizer: a newline marks the next token as opening a paragraph", "[extractors]") {
  const auto toks = tokenize("Talks ended.\nDrills began.");
  REQUIRE(toks.size() == 6);
  CHECK(toks[0].paragraph_start);
  CHECK(toks[3].paragraph_start);
  CHECK_FALSE(toks[4].paragraph_start);
}
