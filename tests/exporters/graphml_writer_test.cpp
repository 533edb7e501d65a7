#include <catch2/catch.hpp>

#include "exporters/graphml_writer.h"
#include "support/sample_knowledge_base.h"

using namespace eventgraph;

TEST_CASE("graphml_writer: every node carries an explicit value for each typed key", "[exporters]") {
  const std::string out = graphml(test::sample_knowledge_base());
  CHECK_THAT(out, Catch::Contains("<key id=\"source_count\" for=\"node\" attr.name=\"source_count\" attr.type=\"int\"/>"));
  CHECK_THAT(out, Catch::Contains("<node id=\"event:ev__meeting\">\n      <data key=\"label\">meeting 2024-05-01</data>"));
  CHECK_THAT(out, Catch::Contains("<data key=\"source_count\">2</data>"));
}

TEST_CASE("graphml_writer: interaction edges carry their weight and balance", "[exporters]") {
  const std::string out = graphml(test::sample_knowledge_base());
  CHECK_THAT(out, Catch::Contains("source=\"actor:BOR\" target=\"actor:COR\">\n      <data key=\"ekind\">interacts_with</data>"));
  CHECK_THAT(out, Catch::Contains("<data key=\"goldstein\">-5.8</data>"));
}
