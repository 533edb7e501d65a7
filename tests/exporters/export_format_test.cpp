#include <catch2/catch.hpp>

#include "exporters/export_format.h"
#include "support/sample_knowledge_base.h"

using namespace eventgraph;

TEST_CASE("export_format: every name parses back to its format", "[exporters]") {
  for (auto f : {export_format::timeline, export_format::graphml, export_format::gexf, export_format::vis,
                 export_format::timelinejs, export_format::jsonl, export_format::csv})
    CHECK(parse_export_format(to_string(f)) == f);
  CHECK_FALSE(parse_export_format("svg"));
}

TEST_CASE("export_format: csv writes nodes and edges, jsonl one line per event", "[exporters]") {
  const auto kb = test::sample_knowledge_base();
  const auto csv = render(export_format::csv, kb);
  REQUIRE(csv.size() == 2);
  CHECK(csv[0].name == "nodes.csv");
  CHECK(csv[1].name == "edges.csv");
  const auto jsonl = render(export_format::jsonl, kb);
  REQUIRE(jsonl.size() == 1);
  CHECK(std::count(jsonl[0].content.begin(), jsonl[0].content.end(), '\n') == 3);
}
