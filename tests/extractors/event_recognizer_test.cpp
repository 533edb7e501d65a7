#include <catch2/catch.hpp>

#include "core/document.h"
#include "support/analyse_text.h"

using namespace eventgraph;

namespace {
document analyse(const std::string& text, date published) { return test::analyse_text(text, published); }
}  // namespace

TEST_CASE("event_recognizer: a meeting with its participants, place and weekday date", "[extractors]") {
  const auto d = analyse("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday.",
                         date(2024, 5, 2));
  REQUIRE(d.events.size() == 1);
  const auto& e = d.events[0];
  CHECK(e.type == event_type::meeting);
  CHECK(e.mod == modality::asserted);
  CHECK(e.location == "Nairobi");
  CHECK(iso(e.when.start) == "2024-04-30");
  REQUIRE(e.actors.size() == 2);
  CHECK(e.actors[0].actor_id == "william_ruto");
  CHECK(e.actors[1].actor_id == "abiy_ahmed");
}

TEST_CASE("event_recognizer: a denied attack is never asserted", "[extractors]") {
  const auto d = analyse("Beijing said it has no plans to invade Taiwan.", date(2024, 5, 2));
  REQUIRE(d.events.size() == 1);
  CHECK(d.events[0].type == event_type::attack);
  CHECK(d.events[0].mod == modality::denied);
}

TEST_CASE("event_recognizer: troops massed near a border", "[extractors]") {
  const auto d = analyse("Azerbaijan has massed 20,000 troops near the border.", date(2023, 9, 1));
  REQUIRE(d.events.size() == 1);
  CHECK(d.events[0].type == event_type::troop_deployment);
  CHECK(d.events[0].attributes.at("quantity") == "20000");
}
