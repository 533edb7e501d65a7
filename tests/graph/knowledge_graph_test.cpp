#include <catch2/catch.hpp>

#include "support/sample_knowledge_base.h"

using namespace eventgraph;

TEST_CASE("knowledge_graph: two actors sharing an event get one interaction edge with its dates", "[graph]") {
  const auto kb = test::sample_knowledge_base();
  const auto& g = kb.graph;
  int interactions = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const auto& p = g[*it];
    if (p.kind != edge_kind::interacts_with) continue;
    ++interactions;
    if (g[boost::source(*it, g)].id == "ARL") {
      CHECK(g[boost::target(*it, g)].id == "BOR");
      CHECK(p.weight == 1.0);
      CHECK(iso(p.first) == "2024-05-01");
      CHECK(iso(p.last) == "2024-05-01");
      CHECK(p.cooperation == 1);
      CHECK(p.goldstein == Approx(2.8));
    }
  }
  CHECK(interactions == 2);  // ARL–BOR (meeting) and BOR–COR (threat)
}

TEST_CASE("knowledge_graph: an event reported twice has a reported_by edge to each document", "[graph]") {
  const auto kb = test::sample_knowledge_base();
  const auto& g = kb.graph;
  int reports = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    if (g[*it].kind == edge_kind::reported_by && g[boost::source(*it, g)].id == "ev_meeting") ++reports;
  CHECK(reports == 2);
}
