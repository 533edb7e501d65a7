#include <catch2/catch.hpp>

#include "core/document.h"
#include "extractors/lexicon_files.h"
#include "extractors/pipeline.h"

using namespace eventgraph;

namespace {
document analyse(const std::string& text) {
  static const pipeline p(lexicon_files::embedded(),
                          {"tokenizer", "sentence_splitter", "actor_recognizer", "actor_resolver"});
  document d("t", "t", text);
  p.run(d);
  return d;
}
std::vector<std::string> ids(const document& d) {
  std::vector<std::string> out;
  for (const auto& m : d.actor_mentions) out.push_back(m.actor_id);
  return out;
}
}  // namespace

TEST_CASE("actor_recognizer: metonyms and adjectives name the state", "[extractors]") {
  const auto d = analyse("Pyongyang fired missiles as South Korean troops watched.");
  CHECK(ids(d) == std::vector<std::string>{"PRK", "KOR"});
}

TEST_CASE("actor_recognizer: a titled person outside the lexicon gets the title's state", "[extractors]") {
  const auto d = analyse("Ghanaian Foreign Minister Kwame Mensah met reporters.");
  REQUIRE(d.actors.count("kwame_mensah"));
  CHECK(d.actors.at("kwame_mensah").country == "GHA");
  CHECK(d.actors.at("kwame_mensah").affiliations.front().role == "Foreign Minister");
}

TEST_CASE("actor_recognizer: outlets and weapons are not actors", "[extractors]") {
  const auto d = analyse("Reuters said the Javelin missiles reached Kyiv, according to Interfax.");
  CHECK(ids(d) == std::vector<std::string>{"UKR"});
}

TEST_CASE("actor_recognizer: a capital after a locative preposition is a place", "[extractors]") {
  const auto d = analyse("The envoys met in Nairobi.");
  CHECK(d.actor_mentions.empty());
  REQUIRE(d.place_mentions.size() == 1);
  CHECK(d.place_mentions[0].name == "Nairobi");
}

TEST_CASE("actor_resolver: a pronoun takes the person just named", "[extractors]") {
  const auto d = analyse("Kaja Kallas arrived in Vilnius. She met officials.");
  CHECK(ids(d) == std::vector<std::string>{"kaja_kallas", "kaja_kallas"});
}
