#include <catch2/catch.hpp>

#include "exporters/graph_view.h"
#include "support/sample_knowledge_base.h"

using namespace eventgraph;

TEST_CASE("graph_view: node ids are NMTOKENs and stay distinct", "[exporters]") {
  CHECK(node_id("place", "Eastern Europe") == "place:Eastern_20Europe");
  CHECK(node_id("place", "Eastern_20Europe") == "place:Eastern__20Europe");
  CHECK(node_id("actor", "RUS") == "actor:RUS");
}

TEST_CASE("graph_view: an actor exists over the span of its dated events", "[exporters]") {
  const auto view = view_of(test::sample_knowledge_base());
  for (const auto& n : view.nodes)
    if (n.id == "actor:ARL") {
      CHECK(iso(n.start) == "2024-05-01");
      CHECK(iso(n.end) == "2024-05-01");
    }
  CHECK(iso(view.start) == "2024-05-01");
  CHECK(iso(view.end) == "2024-05-03");
}

TEST_CASE("graph_view: numbers are written in their shortest exact form", "[exporters]") {
  CHECK(number_text(2.5) == "2.5");
  CHECK(number_text(3.0) == "3");
  CHECK(number_text(-7.2) == "-7.2");
}
