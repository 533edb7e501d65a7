// Chunks, clauses and roles, in sentences written for these tests.
#include <catch2/catch.hpp>

#include <string>

#include "core/document.h"
#include "extractors/lexicon_files.h"
#include "extractors/pipeline.h"

using namespace eventgraph;

namespace {
document analysed(const std::string& text) {
  static const pipeline p(lexicon_files::embedded(),
                          {"tokenizer", "sentence_splitter", "word_classifier", "phrase_chunker", "clause_analyzer"});
  document d("t", "t", text);
  p.run(d);
  return d;
}

std::string words(const document& d, std::uint32_t first, std::uint32_t last) {
  if (first >= last) return "";
  return std::string(d.text().substr(d.tokens[first].where.begin, d.tokens[last - 1].where.end - d.tokens[first].where.begin));
}

std::string chunk_text(const document& d, std::int32_t k) {
  if (k == no_index) return "-";
  const auto& c = d.chunks[static_cast<std::size_t>(k)];
  return words(d, c.first_token, c.last_token);
}

// The clause whose verb is the given word.
const clause& clause_of_verb(const document& d, std::string_view verb) {
  for (const auto& c : d.clauses)
    if (c.verb != no_token && d.text_of(d.tokens[c.verb]) == verb) return c;
  FAIL("no clause with verb " << verb);
  return d.clauses.front();
}
}  // namespace

TEST_CASE("phrase_chunker: noun phrases end at their head", "[extractors][layer]") {
  auto [text, chunks] = GENERATE(table<const char*, const char*>({
      {"Russia's defence ministry denied the report.", "Russia's defence ministry|the report"},
      {"The 27 national leaders met in Brussels.", "The 27 national leaders|Brussels"},
      {"Washington gave Kyiv the missiles.", "Washington|Kyiv|the missiles"},
      {"Denmark, the Netherlands and Norway pledged jets.", "Denmark|the Netherlands|Norway|jets"},
      // An adverb of degree before a number opens the phrase.
      {"The camp was struck by nearly 40 drones.", "The camp|nearly 40 drones"},
      {"The town was shelled by about 300 fighters.", "The town|about 300 fighters"},
      // After an -s the apostrophe alone is the possessive.
      {"Rockets fell after Hamas' assault.", "Rockets|Hamas' assault"},
      {"The rebels' camp was shelled.", "The rebels' camp"},
      // The words that bound a count are part of the counted phrase, quotes and all.
      {"Ethiopia sent more than 5,000 troops to Tigray.", "Ethiopia|more than 5,000 troops|Tigray"},
      {"Tehran launched at least a dozen drones.", "Tehran|at least a dozen drones"},
      {"Manila sent up to 300 marines.", "Manila|up to 300 marines"},
      {"The rebels fired \u201cmore than a dozen\u201d heavy rockets.", "The rebels|more than a dozen\u201d heavy rockets"},
      // "about" before a count approximates it, unless a noun it follows is what it is about.
      {"About 5,000 troops crossed the river.", "About 5,000 troops|the river"},
      {"Delegates held talks about 5,000 troops.", "Delegates|talks|5,000 troops"},
  }));
  INFO(text);
  const auto d = analysed(text);
  std::string got;
  for (std::size_t k = 0; k < d.chunks.size(); ++k) got += (k ? "|" : "") + chunk_text(d, static_cast<std::int32_t>(k));
  CHECK(got == chunks);
}

TEST_CASE("phrase_chunker: coordination links the conjuncts", "[extractors][layer]") {
  // (With or without the serial comma before "and".)
  auto text = GENERATE("Denmark, the Netherlands and Norway pledged jets.", "Denmark, Norway, and Sweden pledged jets.");
  INFO(text);
  const auto d = analysed(text);
  REQUIRE(d.chunks.size() == 4);
  CHECK(d.chunks[0].next_conjunct == 1);
  CHECK(d.chunks[1].next_conjunct == 2);
  CHECK(d.chunks[2].next_conjunct == no_index);
}

// Regression: a pronoun's chunk lost its preposition, so "sanctions against
// anyone who ..." had no phrase after "against".
TEST_CASE("phrase_chunker: a pronoun after a preposition keeps it", "[extractors][layer]") {
  const auto d = analysed("Kenya will act against anyone who crosses the line.");
  REQUIRE(d.chunks.size() == 3);
  CHECK(chunk_text(d, 1) == "anyone");
  REQUIRE(d.chunks[1].preposition != no_token);
  CHECK(d.form_of(d.chunks[1].preposition) == "against");
}

TEST_CASE("clause_analyzer: verb groups give tense, aspect and voice", "[extractors][layer]") {
  auto [text, verb, tense, aspect, voice] = GENERATE(table<const char*, const char*, verb_tense, verb_aspect, verb_voice>({
      {"Troops have been massed near the border.", "massed", verb_tense::present, verb_aspect::perfect, verb_voice::passive},
      {"Ethiopia would meet the envoys in Nairobi.", "meet", verb_tense::conditional, verb_aspect::simple, verb_voice::active},
      {"Lula is expected to visit Beijing in April.", "visit", verb_tense::future, verb_aspect::simple, verb_voice::active},
      {"Militants were shelling the town.", "shelling", verb_tense::past, verb_aspect::progressive, verb_voice::active},
      {"The airport was struck by three drones.", "struck", verb_tense::past, verb_aspect::simple, verb_voice::passive},
      {"Manila will send two more ships.", "send", verb_tense::future, verb_aspect::simple, verb_voice::active},
      {"Colombia had not recalled its ambassador.", "recalled", verb_tense::past, verb_aspect::perfect, verb_voice::active},
      // A verb whose participle is its base form, and a negation inside the group.
      {"The envoy is set to visit Doha.", "visit", verb_tense::future, verb_aspect::simple, verb_voice::active},
      {"The pipeline was hit by a drone.", "hit", verb_tense::past, verb_aspect::simple, verb_voice::passive},
      {"Kenya did not send troops.", "send", verb_tense::past, verb_aspect::simple, verb_voice::active},
      {"Seoul would never deploy the missiles.", "deploy", verb_tense::conditional, verb_aspect::simple, verb_voice::active},
  }));
  INFO(text);
  const auto d = analysed(text);
  const auto& c = clause_of_verb(d, verb);
  CHECK(c.tense == tense);
  CHECK(c.aspect == aspect);
  CHECK(c.voice == voice);
}

TEST_CASE("clause_analyzer: clause kinds", "[extractors][layer]") {
  auto [text, verb, kind] = GENERATE(table<const char*, const char*, clause_kind>({
      {"Sanctions will follow if Belgrade sends troops.", "sends", clause_kind::subordinate},
      {"Sanctions will follow if Belgrade sends troops.", "follow", clause_kind::main},
      {"The rebels who seized Goma refused to talk.", "seized", clause_kind::relative},
      {"Tokyo warned that Pyongyang had launched a missile.", "launched", clause_kind::complement},
      {"Kigali said Congolese troops had shelled the border.", "shelled", clause_kind::complement},
      {"Venezuelan troops crossed the river, Guyana's president said.", "crossed", clause_kind::complement},
      {"The ministers met after the ceasefire collapsed.", "collapsed", clause_kind::subordinate},
      {"The envoys ended the round in Doha, agreeing to meet again.", "meet", clause_kind::subordinate},
      {"Lula set out what action would trigger a response.", "trigger", clause_kind::complement},
      // An infinitive away from the verb it hangs on is a clause of its own.
      {"The junta submitted a plan to hold elections in 2027.", "hold", clause_kind::subordinate},
  }));
  INFO(text);
  const auto d = analysed(text);
  CHECK(clause_of_verb(d, verb).kind == kind);
}

TEST_CASE("clause_analyzer: subject, object and agent", "[extractors][layer]") {
  auto [text, verb, subject, object, agent] = GENERATE(table<const char*, const char*, const char*, const char*, const char*>({
      {"The talks were hosted by Oman on Saturday.", "hosted", "The talks", "-", "Oman"},
      {"Azerbaijani forces shelled Stepanakert overnight.", "shelled", "Azerbaijani forces", "Stepanakert", "-"},
      {"Chad and Niger agreed to send troops.", "send", "Chad", "troops", "-"},
      {"The drones that struck Kharkiv came from the east.", "struck", "The drones", "Kharkiv", "-"},
      {"Rwanda denied the claim and rejected the report.", "rejected", "Rwanda", "the report", "-"},
      {"The militia, which controls the port, attacked a patrol.", "attacked", "The militia", "a patrol", "-"},
      // "in which" opens a relative clause with a subject of its own.
      {"They fought a battle in which a Bolivian unit was routed by Chilean troops.", "routed", "a Bolivian unit", "-",
       "Chilean troops"},
      {"Sudanese police were attacked by about 200 fighters.", "attacked", "Sudanese police", "-", "about 200 fighters"},
      // A phrase before "and" and a verb is the first verb's: the second shares the subject.
      {"Wong met the envoy in Jakarta last week and spoke with Marsudi on Sunday.", "spoke", "Wong", "-", "-"},
      // A conjunct joined by "and" to a phrase after a preposition is governed by it too.
      {"A summit of envoys from Eastern and Southern Africa may convene the two presidents.", "convene",
       "A summit", "the two presidents", "-"},
      // An opening phrase with a preposition before a list of names is no part of the subject.
      {"On Monday, Ruto, Museveni and Kagame agreed to meet.", "meet", "Ruto", "-", "-"},
      // Scare quotes may open the object.
      {"Hezbollah fired \u201cmore than a dozen\u201d rockets at the base.", "fired", "Hezbollah",
       "more than a dozen\u201d rockets", "-"},
  }));
  INFO(text);
  const auto d = analysed(text);
  const auto& c = clause_of_verb(d, verb);
  CHECK(chunk_text(d, c.subject) == subject);
  CHECK(chunk_text(d, c.object) == object);
  CHECK(chunk_text(d, c.agent) == agent);
}

TEST_CASE("clause_analyzer: an infinitive after an object is part of the clause before it, with no tense",
          "[extractors][layer]") {
  const auto d = analysed("The junta submitted a plan to hold elections in 2027.");
  const auto& c = clause_of_verb(d, "hold");
  REQUIRE(c.parent != no_index);
  CHECK(d.text_of(d.tokens[d.clauses[static_cast<std::size_t>(c.parent)].verb]) == "submitted");
  CHECK(c.tense == verb_tense::none);
  CHECK(chunk_text(d, c.object) == "elections");
}

TEST_CASE("clause_analyzer: a past participle with its agent after a noun is a reduced relative",
          "[extractors][layer]") {
  auto [text, subject, agent] = GENERATE(table<const char*, const char*, const char*>({
      {"Howitzers supplied by Seoul have reached Warsaw.", "Howitzers", "Seoul"},
      {"The first convoy of trucks sent by Cairo has crossed into Gaza, officials said.", "The first convoy",
       "Cairo"},
  }));
  INFO(text);
  const auto d = analysed(text);
  const auto& rel = clause_of_verb(d, std::string_view(text).find("supplied") != std::string_view::npos ? "supplied" : "sent");
  CHECK(rel.kind == clause_kind::relative);
  CHECK(rel.voice == verb_voice::passive);
  CHECK(chunk_text(d, rel.agent) == agent);
  const auto& main = clause_of_verb(d, std::string_view(text).find("reached") != std::string_view::npos ? "reached" : "crossed");
  CHECK(chunk_text(d, main.subject) == subject);
}

// Regression: the relative clause ended at its verb, so its place and time
// belonged to the clause it interrupts.
TEST_CASE("clause_analyzer: a relative clause runs to where the clause it interrupts resumes",
          "[extractors][layer]") {
  const auto d = analysed("The bloc, which met in Lusaka on Friday, agreed to close its borders with Malawi.");
  const auto& rel = clause_of_verb(d, "met");
  CHECK(rel.kind == clause_kind::relative);
  CHECK(words(d, rel.first_token, rel.last_token) == "which met in Lusaka on Friday,");
  const auto& main = clause_of_verb(d, "close");  // governed by "agreed"
  CHECK(main.kind == clause_kind::main);
  CHECK(words(d, main.first_token, main.last_token) == "agreed to close its borders with Malawi.");
}

TEST_CASE("clause_analyzer: a participle with its agent after a preposition's noun is a reduced relative",
          "[extractors][layer]") {
  const auto d = analysed("Protests grew after Kenya killed the commander in a raid ordered by Ruto last week.");
  const auto& rel = clause_of_verb(d, "ordered");
  CHECK(rel.kind == clause_kind::relative);
  CHECK(rel.voice == verb_voice::passive);
  CHECK(chunk_text(d, rel.agent) == "Ruto");
  const auto& killed = clause_of_verb(d, "killed");
  CHECK(words(d, killed.first_token, killed.last_token) ==
        "after Kenya killed the commander in a raid ordered by Ruto last week.");
}

TEST_CASE("clause_analyzer: a token's clause is the innermost one", "[extractors][layer]") {
  const auto d = analysed("Washington warned that Moscow could launch an invasion.");
  std::uint32_t invasion = 0;
  for (std::uint32_t i = 0; i < d.tokens.size(); ++i)
    if (d.text_of(d.tokens[i]) == "invasion") invasion = i;
  const auto k = d.clause_of_token(invasion);
  REQUIRE(k != no_index);
  CHECK(d.clauses[static_cast<std::size_t>(k)].kind == clause_kind::complement);
  CHECK(d.clauses[static_cast<std::size_t>(k)].tense == verb_tense::conditional);
}

TEST_CASE("clause_analyzer: a participle after a noun's comma is a passive relative on that noun",
          "[extractors][layer]") {
  auto [text, verb, kind, voice] = GENERATE(table<const char*, const char*, clause_kind, verb_voice>({
      {"The envoys reviewed the border accord, signed in Lima in 1998.", "signed", clause_kind::relative,
       verb_voice::passive},
      {"The rebels rejected the truce, brokered by Qatar last month.", "brokered", clause_kind::relative,
       verb_voice::passive},
      {"Officials praised the pipeline deal, struck under the previous government.", "struck",
       clause_kind::relative, verb_voice::passive},
      // An object after it: a second verb of the sentence, not a participle.
      {"The militia entered Bunia, seized the airport and shelled the port.", "seized", clause_kind::main,
       verb_voice::active},
  }));
  INFO(text);
  const auto d = analysed(text);
  const auto& c = clause_of_verb(d, verb);
  CHECK(c.kind == kind);
  CHECK(c.voice == voice);
}

TEST_CASE("clause_analyzer: a verb of saying after a comma reports the clause before only with a speaker",
          "[extractors][layer]") {
  const auto with_speaker = analysed("Serbian units had crossed the line, Kosovo's premier said.");
  CHECK(clause_of_verb(with_speaker, "crossed").kind == clause_kind::complement);
  const auto without = analysed("The leaders met in Canberra to review the defence pact, announced in 2021.");
  CHECK(clause_of_verb(without, "met").kind == clause_kind::main);
  CHECK(clause_of_verb(without, "announced").kind == clause_kind::relative);
}

TEST_CASE("clause_analyzer: a relative word right after a phrase with a preposition has that phrase for subject",
          "[extractors][layer]") {
  auto [text, verb, subject] = GENERATE(table<const char*, const char*, const char*>({
      {"Seoul sent a warning to Pyongyang, which has been arming Moscow.", "arming", "Pyongyang"},
      // After "of" the head before is meant.
      {"Ruto met the head of the army, who promised calm.", "promised", "the head"},
      {"The rebels who seized Goma refused to talk.", "seized", "The rebels"},
  }));
  INFO(text);
  const auto d = analysed(text);
  CHECK(chunk_text(d, clause_of_verb(d, verb).subject) == subject);
}
