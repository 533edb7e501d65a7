#include <catch2/catch.hpp>

#include "exporters/timeline_json_writer.h"
#include "extractors/lexicon_files.h"
#include "extractors/pipeline.h"
#include "graph/event_merger.h"

using namespace eventgraph;

namespace {
std::vector<document> docs() {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> out;
  out.emplace_back("a", "a.txt", "Seoul and Tokyo held talks in Busan on Friday.");
  out.back().published = date(2024, 3, 9);
  out.emplace_back("b", "b.txt", "South Korea and Japan held talks in Busan on Friday.");
  out.back().published = date(2024, 3, 8);
  for (auto& d : out) p.run(d);
  return out;
}
}  // namespace

TEST_CASE("event_merger: two reports of one meeting become one event with two sources", "[graph]") {
  const auto kb = merge_documents(docs());
  REQUIRE(kb.events.size() == 1);
  CHECK(kb.events[0].mentions.size() == 2);
  CHECK(iso(kb.events[0].when.start) == "2024-03-08");
}

TEST_CASE("event_merger: output does not depend on input order", "[graph]") {
  auto forward = docs();
  auto backward = docs();
  std::reverse(backward.begin(), backward.end());
  CHECK(timeline_json(merge_documents(std::move(forward))) == timeline_json(merge_documents(std::move(backward))));
}

TEST_CASE("event_merger: a person named by surname alone in one article is the full name of another", "[graph]") {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;
  in.emplace_back("a", "a.txt", "Sahel envoy Moussa Kone met Malian officials in Bamako on Monday.");
  in.emplace_back("b", "b.txt", "\"We want calm,\" Kone said after he met Malian officials on Monday.");
  for (auto& d : in) {
    d.published = date(2024, 5, 8);
    p.run(d);
  }
  const auto kb = merge_documents(std::move(in));
  CHECK(kb.actors.count("moussa_kone") == 1);
  CHECK(kb.actors.count("kone") == 0);
}

namespace {
knowledge_base merge_texts(const std::vector<std::pair<std::string, std::string>>& texts, date published) {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;
  for (const auto& [id, text] : texts) {
    in.emplace_back(id, id + ".txt", text);
    in.back().published = published;
    p.run(in.back());
  }
  // These tests are about which reports join; one-sided attacks ("Russia
  // seized Crimea") are kept so that they can be counted.
  return merge_documents(std::move(in), {.keep_fragments = true});
}

int count_type(const knowledge_base& kb, event_type t) {
  return static_cast<int>(std::count_if(kb.events.begin(), kb.events.end(), [&](const event& e) { return e.type == t; }));
}
}  // namespace

TEST_CASE("event_merger: talks between two states join the meeting of their ministers", "[graph]") {
  const auto kb = merge_texts({{"a", "Wang Yi met Takeshi Iwaya in Singapore on Thursday."},
                               {"b", "Chinese and Japanese diplomats held talks in Singapore on Thursday."}},
                              date(2025, 3, 14));
  REQUIRE(count_type(kb, event_type::meeting) == 1);
  CHECK(kb.events[0].mentions.size() == 2);
}

TEST_CASE("event_merger: meetings in two places are two meetings", "[graph]") {
  const auto kb = merge_texts({{"a", "Wang Yi met Takeshi Iwaya in Singapore on Thursday."},
                               {"b", "Wang Yi and Takeshi Iwaya held talks in Tokyo on Thursday."}},
                              date(2025, 3, 14));
  CHECK(count_type(kb, event_type::meeting) == 2);
}

TEST_CASE("event_merger: a state and a place in it on the same day are one place", "[graph]") {
  const auto kb = merge_texts({{"a", "Belarusian troops arrived in Russia on Monday."},
                               {"b", "Belarusian troops arrived in Russia's Kursk region on Monday."}},
                              date(2025, 3, 14));
  CHECK(count_type(kb, event_type::troop_deployment) == 1);
  // Across a year named alone they stay apart: two seizures of 2014.
  const auto apart = merge_texts({{"a", "Russia seized Crimea in 2014."}, {"b", "Russia seized parts of Ukraine in 2014."}},
                                 date(2025, 3, 14));
  CHECK(count_type(apart, event_type::attack) == 2);
}

// Regression: a report dated to two days stayed apart from the state-wide
// report of one of them.
TEST_CASE("event_merger: a state and a place in it on overlapping days are one place", "[graph]") {
  const auto kb = merge_texts({{"a", "Belarusian troops arrived in Russia on Thursday."},
                               {"b", "Belarusian troops moved into the Kursk region in Russia from Wednesday to Thursday."}},
                              date(2025, 3, 14));
  CHECK(count_type(kb, event_type::troop_deployment) == 1);
}

// Regression: an undated plan was kept apart from every other modality, so
// two articles' "may meet" and "agreed to a meeting" were two meetings.
TEST_CASE("event_merger: a planned meeting and a possible one between the same men are one", "[graph]") {
  const auto kb = merge_texts({{"a", "An aide said that Wang Yi and Takeshi Iwaya are likely to meet soon."},
                               {"b", "China agreed to a meeting between Wang Yi and Takeshi Iwaya once a text is ready."}},
                              date(2025, 3, 14));
  CHECK(count_type(kb, event_type::meeting) == 1);
}

TEST_CASE("event_merger: calls with different people are different calls", "[graph]") {
  const auto kb = merge_texts({{"a", "Bola Tinubu spoke by phone with Emmanuel Macron on Monday."},
                               {"b", "Bola Tinubu spoke by phone with Olaf Scholz on Monday."}},
                              date(2025, 3, 14));
  CHECK(count_type(kb, event_type::call) == 2);
}

TEST_CASE("event_merger: a vague report joins the happening it fits best", "[graph]") {
  // The undated talks of c name Japan: they are the Singapore meeting of
  // Thursday, not the Manila one of Monday with the Philippines.
  const auto kb = merge_texts({{"a", "Wang Yi met Takeshi Iwaya in Singapore on Thursday."},
                               {"b", "Wang Yi met Philippine officials in Manila on Monday."},
                               {"c", "China and Japan held talks in Singapore."}},
                              date(2025, 3, 14));
  REQUIRE(count_type(kb, event_type::meeting) == 2);
  for (const auto& e : kb.events) {
    if (e.location == "Singapore") CHECK(e.mentions.size() == 2);
    if (e.location == "Manila") CHECK(e.mentions.size() == 1);
  }
}

TEST_CASE("event_merger: drills announced, then asserted before their day, stay planned", "[graph]") {
  // b, written on 14 March, cannot know that drills starting on 2 April took place.
  const auto kb = merge_texts({{"a", "Russia and Belarus will hold joint military drills that start April 2."},
                               {"b", "Russia and Belarus hold joint military drills that start April 2."}},
                              date(2025, 3, 14));
  REQUIRE(count_type(kb, event_type::military_exercise) == 1);
  for (const auto& e : kb.events)
    if (e.type == event_type::military_exercise) CHECK(e.mod == modality::planned);
}

TEST_CASE("event_merger: an undated report does not join a happening of years before", "[graph]") {
  const auto kb = merge_texts({{"a", "Separatists seized areas of eastern Ukraine in 2014."},
                               {"b", "Separatists are battling Ukrainian troops."}},
                              date(2025, 3, 14));
  CHECK(count_type(kb, event_type::attack) == 2);
}

TEST_CASE("event_merger: deployments of different equipment to one place are two", "[graph]") {
  const auto kb = merge_texts({{"a", "Russia sent troops and armor to neighboring Belarus."},
                               {"b", "Russia sent two divisions of S-400 air-defense systems to Belarus."}},
                              date(2025, 3, 14));
  CHECK(count_type(kb, event_type::troop_deployment) == 2);
}

TEST_CASE("event_merger: a person counts as his state when parties are compared", "[graph]") {
  // Wang Yi and China are one party: the Berlin talks with Germany are not the
  // planned Wang-Iwaya meeting though they share Wang Yi and China.
  const auto kb = merge_texts({{"a", "Wang Yi and Takeshi Iwaya will meet in Tokyo on March 20."},
                               {"b", "Wang Yi held talks in Berlin with German officials."}},
                              date(2025, 3, 14));
  CHECK(count_type(kb, event_type::meeting) == 2);
}

TEST_CASE("event_merger: seizures in two places in one year are two", "[graph]") {
  const auto kb = merge_texts({{"a", "Russia annexed Crimea in 2014."},
                               {"b", "Separatists seized areas of eastern Ukraine in 2014."}},
                              date(2025, 3, 14));
  CHECK(count_type(kb, event_type::attack) == 2);
}

TEST_CASE("event_merger: a standing threat stays apart from a minister's threat of a given day", "[graph]") {
  const auto kb = merge_texts({{"a", "Wang Yi threatened Japan with sanctions on Tuesday."},
                               {"b", "Beijing has repeatedly threatened Tokyo with sanctions."},
                               {"c", "China has threatened Japan with sanctions."}},
                              date(2025, 3, 14));
  CHECK(count_type(kb, event_type::sanctions_threat) == 2);
}

TEST_CASE("event_merger: a visit takes the day of the meeting its visitor held there", "[graph]") {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;
  in.emplace_back("a", "a.txt", "Wang Yi met Takeshi Iwaya in Tokyo on Tuesday.");
  in.back().published = date(2025, 3, 14);
  // No date in b: its meeting learns Tuesday from a, and its visit the same day.
  in.emplace_back("b", "b.txt", "Wang Yi traveled to Tokyo. Wang Yi met Takeshi Iwaya in Tokyo.");
  for (auto& d : in) p.run(d);
  const auto kb = merge_documents(std::move(in));
  REQUIRE(count_type(kb, event_type::visit) == 1);
  for (const auto& e : kb.events)
    if (e.type == event_type::visit) {
      CHECK(iso(e.when.start) == "2025-03-11");
      CHECK(e.when.how == time_resolution::anchored);
    }
}

TEST_CASE("event_merger: a merge names its shared actors in a fixed order", "[graph]") {
  // Key numbers inside a merge pass depend on what it saw first; the
  // explanation must not, or thread counts would change the output.
  const auto kb = merge_documents(docs());
  REQUIRE(kb.events.size() == 1);
  const auto& why = kb.events[0].merged_on;
  REQUIRE(why.size() == 1);
  CHECK(why[0].rfind("type=meeting actor=JPN actor=KOR date=2024-03-08 <- ", 0) == 0);
}

TEST_CASE("event_merger: in one article, a demand made and a demand received are two", "[graph]") {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;
  in.emplace_back("a", "a.txt",
                  "Germany urged Serbia to show restraint. Kosovo rejected Serbia's demand that it withdraw its police.");
  in.back().published = date(2025, 3, 14);
  for (auto& d : in) p.run(d);
  const auto kb = merge_documents(std::move(in));
  int demands = 0;
  for (const auto& e : kb.events) demands += e.type == event_type::demand;
  CHECK(demands == 2);
}

TEST_CASE("event_merger: an undated report's weekday a day after the dated report's day is that night elsewhere",
          "[graph]") {
  // Saturday night in Washington is early Sunday in Pyongyang: the undated
  // report's Sunday is the day after the dated one, not the Sunday before it.
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;
  in.emplace_back("a", "a.txt", "South Korean jets struck North Korean radar sites on Saturday.");
  in.back().published = date(2025, 3, 9);  // a Sunday: the strikes were on 8 March
  in.emplace_back("b", "b.txt", "South Korean jets struck North Korean radar sites early Sunday.");
  for (auto& d : in) p.run(d);
  const auto kb = merge_documents(std::move(in));
  for (const auto& e : kb.events) {
    if (e.type != event_type::attack) continue;
    for (const auto& m : e.mentions)
      if (m.doc_id == "b") CHECK((iso(e.when.start) == "2025-03-08" || iso(e.when.start) == "2025-03-09"));
  }
}

TEST_CASE("event_merger: a meeting known by one party joins only on a shared day or place", "[graph]") {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;
  in.emplace_back("a", "a.txt", "Kenya and Ethiopia held talks in Nairobi on Monday.");
  in.back().published = date(2025, 3, 14);
  in.emplace_back("b", "b.txt", "Kenya hosted a meeting.");  // no publication date
  for (auto& d : in) p.run(d);
  const auto apart = merge_documents(std::move(in), {.keep_fragments = true});
  CHECK(count_type(apart, event_type::meeting) == 2);

  const auto together = merge_texts({{"a", "Ecowas met in Accra on Sunday."}, {"b", "Ecowas held a summit in Accra."}},
                                    date(2025, 3, 14));
  REQUIRE(count_type(together, event_type::meeting) == 1);
  CHECK(together.events[0].mentions.size() == 2);
}

TEST_CASE("event_merger: an undated report naming an official does not join a happening years before the office",
          "[graph]") {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;
  in.emplace_back("a", "a.txt", "Israel and the United States held talks in Washington on Monday.");
  in.back().published = date(2019, 3, 14);
  in.emplace_back("b", "b.txt", "Steve Witkoff held talks with Israel.");  // no publication date; envoy from 2025
  for (auto& d : in) p.run(d);
  const auto kb = merge_documents(std::move(in), {.keep_fragments = true});
  CHECK(count_type(kb, event_type::meeting) == 2);
}

TEST_CASE("event_merger: an undated article naming an official elsewhere does not join a happening before the office",
          "[graph]") {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;
  in.emplace_back("a", "a.txt", "The United States deployed troops to Kuwait on Monday.");
  in.back().published = date(2019, 3, 14);
  // No publication date; the report names nobody, but the article names the
  // envoy of 2025 in another sentence.
  in.emplace_back("b", "b.txt", "Steve Witkoff flew to Doha. The United States deployed troops.");
  for (auto& d : in) p.run(d);
  const auto kb = merge_documents(std::move(in), {.keep_fragments = true});
  CHECK(count_type(kb, event_type::troop_deployment) == 2);
}

TEST_CASE("event_merger: two reports nothing places in time join on two parties, not one", "[graph]") {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;  // no publication dates
  in.emplace_back("a", "a.txt", "Kenya attacked al-Shabaab fighters.");
  in.emplace_back("b", "b.txt", "Kenya shelled Ethiopian positions.");
  for (auto& d : in) p.run(d);
  const auto kb = merge_documents(std::move(in), {.keep_fragments = true});
  CHECK(count_type(kb, event_type::attack) == 2);
}

TEST_CASE("event_merger: sanctions against two different targets are two, whoever threatens them", "[graph]") {
  const auto apart = merge_texts({{"a", "Washington threatened sanctions against Caracas."},
                                  {"b", "Washington threatened sanctions against Managua."}},
                                 date(2025, 3, 14));
  CHECK(count_type(apart, event_type::sanctions_threat) == 2);
  const auto together = merge_texts({{"a", "Washington threatened sanctions against Caracas."},
                                     {"b", "The United States threatened Venezuela with sanctions."}},
                                    date(2025, 3, 14));
  CHECK(count_type(together, event_type::sanctions_threat) == 1);
}

TEST_CASE("event_merger: two articles that date one strike a day apart on both its sides report one strike", "[graph]") {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;
  in.emplace_back("a", "a.txt", "South Korean jets struck North Korean radar sites on Saturday.");
  in.back().published = date(2025, 3, 8);
  in.emplace_back("b", "b.txt", "South Korean jets struck North Korean radar sites early on Sunday.");
  in.back().published = date(2025, 3, 9);
  for (auto& d : in) p.run(d);
  const auto kb = merge_documents(std::move(in));
  REQUIRE(count_type(kb, event_type::attack) == 1);
  CHECK(kb.events[0].mentions.size() == 2);
}

TEST_CASE("event_merger: a day apart, one party in common or one article, are two happenings", "[graph]") {
  const auto one_party = merge_texts({{"a", "South Korean jets struck North Korean radar sites on March 8."},
                                      {"b", "South Korean jets struck Chinese radar sites on March 9."}},
                                     date(2025, 3, 10));
  CHECK(count_type(one_party, event_type::attack) == 2);
  const auto one_article =
      merge_texts({{"a", "South Korean jets struck North Korean radar sites on March 8. South Korean jets struck "
                         "North Korean radar sites again on March 9."}},
                  date(2025, 3, 10));
  CHECK(count_type(one_article, event_type::attack) == 2);
}

TEST_CASE("event_merger: an undated article's report that fits two dated happenings as well joins neither",
          "[graph]") {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;
  in.emplace_back("a", "a.txt", "Kenya deployed troops to Lamu on Monday.");
  in.back().published = date(2025, 3, 12);
  in.emplace_back("b", "b.txt", "Kenya deployed troops to Garissa on Monday.");
  in.back().published = date(2025, 6, 18);
  in.emplace_back("c", "c.txt", "Kenya deployed troops.");  // no publication date
  for (auto& d : in) p.run(d);
  const auto kb = merge_documents(std::move(in), {.keep_fragments = true});
  CHECK(count_type(kb, event_type::troop_deployment) == 3);
}

TEST_CASE("event_merger: a report's unresolved weekday joins a happening on that day, not one on another",
          "[graph]") {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;
  in.emplace_back("a", "a.txt", "Kenyan jets struck al-Shabaab camps in Somalia on Friday.");
  in.back().published = date(2025, 3, 8);  // Friday is 7 March
  in.emplace_back("b", "b.txt", "Kenyan jets struck al-Shabaab camps in Somalia on Wednesday.");
  in.back().published = date(2025, 3, 8);  // Wednesday is 5 March
  in.emplace_back("c", "c.txt", "Early on Wednesday, Kenyan jets struck al-Shabaab camps.");  // no publication date
  for (auto& d : in) p.run(d);
  const auto kb = merge_documents(std::move(in));
  for (const auto& e : kb.events)
    for (const auto& m : e.mentions)
      if (m.doc_id == "c") CHECK(iso(e.when.start) == "2025-03-05");
}
