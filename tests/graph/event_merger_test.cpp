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
