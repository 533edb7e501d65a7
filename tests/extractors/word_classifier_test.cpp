// Word classes and lemmas in context, in sentences written for these tests.
#include <catch2/catch.hpp>

#include <string>

#include "core/document.h"
#include "extractors/lexicon_files.h"
#include "extractors/pipeline.h"

using namespace eventgraph;

namespace {
document classified(const std::string& text) {
  static const pipeline p(lexicon_files::embedded(), {"tokenizer", "sentence_splitter", "word_classifier"});
  document d("t", "t", text);
  p.run(d);
  return d;
}

// The token whose text is word (the n-th such, from 0).
std::uint32_t token_at(const document& d, std::string_view word, int n = 0) {
  for (std::uint32_t i = 0; i < d.tokens.size(); ++i)
    if (d.text_of(d.tokens[i]) == word && n-- == 0) return i;
  FAIL("no token " << word);
  return 0;
}
}  // namespace

TEST_CASE("word_classifier: ambiguous words take their class from context", "[extractors][layer]") {
  auto [text, word, cls, lemma] = GENERATE(table<const char*, const char*, word_class, const char*>({
      {"Missile strikes hit the port of Odesa.", "strikes", word_class::noun, "strike"},
      // An adverb splitting an infinitive leaves the verb after it.
      {"The leaders met to further detail the naval pact.", "further", word_class::adverb, "far"},
      {"The leaders met to further detail the naval pact.", "detail", word_class::verb, "detail"},
      {"Quito agreed to quickly send police to the border.", "to", word_class::particle, "to"},
      {"Quito agreed to quickly send police to the border.", "send", word_class::verb, "send"},
      {"The party vowed to further the cause of peace.", "further", word_class::verb, "further"},
      // Between a verb and a noun, a word that can be an adjective modifies the noun.
      {"Lima and Quito agreed to resume direct negotiations.", "direct", word_class::adjective, "direct"},
      {"Abuja sent additional troops to the border.", "additional", word_class::adjective, "additional"},
      {"Lima plans to reopen the border in May 2026.", "May", word_class::proper_noun, "may"},
      {"May 4 talks in Quito ended without a deal.", "May", word_class::proper_noun, "may"},
      {"Rebels may attack the capital.", "may", word_class::modal, "may"},
      {"The ministers discussed talks in Vienna.", "talks", word_class::noun, "talk"},
      {"Kigali announced that Goma was calm.", "that", word_class::subordinator, "that"},
      {"Nairobi announced Monday that talks would resume.", "that", word_class::subordinator, "that"},
      {"Israel strikes Hezbollah positions in Lebanon.", "strikes", word_class::verb, "strike"},
      {"The attack on the convoy killed six soldiers.", "attack", word_class::noun, "attack"},
      {"Rebels could attack the capital within days.", "attack", word_class::verb, "attack"},
      {"Sudan's army wants to retake Khartoum.", "to", word_class::particle, "to"},
      {"Troops returned to their bases near Goma.", "to", word_class::preposition, "to"},
      {"The talks ended after midnight in Doha.", "after", word_class::preposition, "after"},
      {"The talks ended after Qatar withdrew its offer.", "after", word_class::subordinator, "after"},
      {"Officials said that the drills would continue.", "that", word_class::subordinator, "that"},
      {"The drones that struck Kharkiv came from the east.", "that", word_class::relative, "that"},
      {"Seoul has mobilised reserve units.", "mobilised", word_class::verb, "mobilize"},
      {"Two brigades were sent to the border.", "were", word_class::auxiliary, "be"},
      {"Jakarta will host the summit in May.", "will", word_class::modal, "will"},
      {"The deal was signed in Riyadh by the US and the Taliban.", "US", word_class::proper_noun, "us"},
      {"Talks resumed in Geneva on Monday.", "Talks", word_class::noun, "talk"},
      {"Two ceasefires collapsed within a week.", "ceasefires", word_class::noun, "ceasefire"},
      {"Rebels ambushed a Malian patrol near Gao.", "patrol", word_class::noun, "patrol"},
      {"The Yemeni attack hit a tanker.", "attack", word_class::noun, "attack"},
      {"Houthis attack ships in the Red Sea.", "attack", word_class::verb, "attack"},
      {"Troops razed a makeshift Chinese bunker.", "bunker", word_class::noun, "bunker"},
      {"Kenyan police were deployed to the port.", "police", word_class::noun, "police"},
      {"It was a raid in which ten guards died.", "which", word_class::relative, "which"},
      {"Six Chadian and four Nigerien units joined.", "four", word_class::number, "four"},
      // Regression: "last" after a name was read as the verb.
      {"The raid was ordered by Ruto last week.", "last", word_class::adjective, "last"},
      {"Envoys meet again next Monday.", "next", word_class::adjective, "next"},
      {"The truce did not last.", "last", word_class::verb, "last"},
      {"Kigali announced on the morning of 26 October that Goma was calm.", "that", word_class::subordinator, "that"},
      // A gerund WordNet has no noun for is a noun after an article or a possessive.
      {"Ties were cut after the storming of the embassy.", "storming", word_class::noun, "storming"},
      {"Its shelling of the port went on for hours.", "shelling", word_class::noun, "shelling"},
      // A name ending in -s after an article is no plural subject, unless an object follows.
      {"Rockets fell after the Hamas assault from Gaza.", "assault", word_class::noun, "assault"},
      {"The Houthis attack ships in the Red Sea.", "attack", word_class::verb, "attack"},
      {"It came after a Hezbollah drone attack.", "drone", word_class::noun, "drone"},
      // An adverb after the -s form starts no object: the word is the noun.
      {"Aid will flow before the Ugandan troops finally leave.", "troops", word_class::noun, "troop"},
      // A caption's place in the picture, set off by commas after a name, is no verb.
      {"Kenyan President William Ruto, left, greets Somali President Hassan Sheikh Mohamud in Nairobi.", "left",
       word_class::adverb, "left"},
      {"Kenyan President William Ruto, left, greets Somali President Hassan Sheikh Mohamud in Nairobi.", "greets",
       word_class::verb, "greet"},
      {"Japanese Prime Minister Shigeru Ishiba, second right, talks with Ferdinand Marcos Jr. in Manila.", "second",
       word_class::adjective, "second"},
      {"Japanese Prime Minister Shigeru Ishiba, second right, talks with Ferdinand Marcos Jr. in Manila.", "right",
       word_class::adverb, "right"},
      {"The last convoy left, and Bamako fell silent.", "left", word_class::verb, "leave"},
      // Between an auxiliary and its participle a word is an adverb.
      {"Thai and Cambodian troops had earlier clashed near the temple.", "earlier", word_class::adverb, "earlier"},
      {"An earlier round failed in Doha.", "earlier", word_class::adjective, "early"},
      // After a hyphened modifier the word is the noun it modifies.
      {"Envoys began a high-stakes summit in Dar es Salaam.", "summit", word_class::noun, "summit"},
      // A name right after a lexical verb opens its object: the word after it is a noun.
      {"Rockets hit camps housing Turkish troops near Duhok.", "troops", word_class::noun, "troop"},
      {"Abuja deployed Nigerian police to the delta.", "police", word_class::noun, "police"},
      // After a verb of saying the name is the subject of what is said.
      {"Officials said Mali troops withdrew.", "troops", word_class::noun, "troop"},
      {"Officials said Bamako troops the colours today.", "troops", word_class::verb, "troop"},
      // "than" compares: a preposition.
      {"Ankara sent more than 200 troops.", "than", word_class::preposition, "than"},
      // A past participle right after an article describes what follows.
      {"An estimated 4,000 troops crossed.", "estimated", word_class::adjective, "estimated"},
  }));
  INFO(text);
  const auto d = classified(text);
  const auto i = token_at(d, word);
  CHECK(d.class_of(i) == cls);
  CHECK(d.lemma_of(i) == std::string_view(lemma));
}

TEST_CASE("word_classifier: verb inflection", "[extractors][layer]") {
  const auto d = classified("Nigerian troops shelled the camp and are pursuing the fighters who fled.");
  CHECK(d.verb_form_of(token_at(d, "shelled")) == verb_form::past);
  CHECK(d.verb_form_of(token_at(d, "pursuing")) == verb_form::gerund);
  CHECK(d.lemma_of(token_at(d, "fled")) == std::string_view("flee"));
}

TEST_CASE("word_classifier: a verb that is its own past is past after a singular subject", "[extractors][layer]") {
  const auto d = classified("Rwanda cut ties with Belgium in 2024.");
  CHECK(d.class_of(token_at(d, "cut")) == word_class::verb);
  CHECK(d.verb_form_of(token_at(d, "cut")) == verb_form::past);
}

TEST_CASE("word_classifier: a name that opens a sentence is a name", "[extractors][layer]") {
  const auto d = classified("Germany sent tanks. Officials in Germany confirmed it.");
  CHECK(d.class_of(token_at(d, "Germany")) == word_class::proper_noun);
}
