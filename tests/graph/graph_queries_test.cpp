#include <catch2/catch.hpp>

#include "graph/graph_queries.h"
#include "support/sample_knowledge_base.h"

using namespace eventgraph;

TEST_CASE("graph_queries: an actor's events and the events two actors share", "[graph]") {
  const auto kb = test::sample_knowledge_base();
  CHECK(events_of(kb, "BOR") == std::vector<std::size_t>{0, 1});
  CHECK(events_between(kb, "ARL", "BOR") == std::vector<std::size_t>{0});
  CHECK(events_between(kb, "ARL", "COR").empty());
}

TEST_CASE("graph_queries: neighbours carry counts and the cooperation/conflict balance", "[graph]") {
  const auto kb = test::sample_knowledge_base();
  const auto n = neighbors(kb, "BOR");
  REQUIRE(n.size() == 2);
  CHECK(n[0].actor_id == "ARL");
  CHECK(n[0].cooperation == 1);
  CHECK(n[1].actor_id == "COR");
  CHECK(n[1].conflict == 1);
  CHECK(n[1].goldstein == Approx(-5.8));
}

TEST_CASE("graph_queries: the shortest path alternates actors and events", "[graph]") {
  const auto kb = test::sample_knowledge_base();
  const auto p = shortest_path(kb, "ARL", "COR");
  REQUIRE(p.size() == 5);
  CHECK(p[0].id == "ARL");
  CHECK(p[1].id == "ev_meeting");
  CHECK(p[2].id == "BOR");
  CHECK(p[3].id == "ev_threat");
  CHECK(p[4].id == "COR");
  CHECK(shortest_path(kb, "ARL", "nobody").empty());
}

TEST_CASE("graph_queries: the broker between two actors has the highest betweenness", "[graph]") {
  const auto kb = test::sample_knowledge_base();
  const auto c = centrality(kb);
  REQUIRE(c.size() == 3);
  CHECK(c[0].actor_id == "BOR");
  CHECK(c[0].degree == 2);
  CHECK(c[0].betweenness == Approx(1.0));
  CHECK(c[1].betweenness == 0.0);
}

TEST_CASE("graph_queries: the report date is the earliest date of the reporting documents", "[graph]") {
  const auto kb = test::sample_knowledge_base();
  CHECK(iso(report_date(kb, kb.events[0])) == "2024-05-02");
  CHECK(iso(report_date(kb, kb.events[1])) == "2024-05-03");
  CHECK(report_date(kb, kb.events[2]).is_special());
}
