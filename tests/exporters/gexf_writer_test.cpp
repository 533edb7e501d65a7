#include <catch2/catch.hpp>

#include "exporters/gexf_writer.h"
#include "support/sample_knowledge_base.h"

using namespace eventgraph;

TEST_CASE("gexf_writer: 1.3 is dynamic with dated events on the timeline", "[exporters]") {
  const std::string out = gexf(test::sample_knowledge_base());
  CHECK_THAT(out, Catch::Contains("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">"));
  CHECK_THAT(out, Catch::Contains("mode=\"dynamic\" timeformat=\"date\" timerepresentation=\"interval\" start=\"2024-05-01\" end=\"2024-05-03\""));
  CHECK_THAT(out, Catch::Contains("<node id=\"event:ev__meeting\" label=\"meeting 2024-05-01\" start=\"2024-05-01\" end=\"2024-05-01\">"));
}

TEST_CASE("gexf_writer: an undated event has no interval, so it is always shown", "[exporters]") {
  const std::string out = gexf(test::sample_knowledge_base());
  CHECK_THAT(out, Catch::Contains("<node id=\"event:ev__drill\" label=\"military_exercise\">"));
}

TEST_CASE("gexf_writer: colours are r/g/b and 1.2draft has its own namespace", "[exporters]") {
  const std::string out = gexf(test::sample_knowledge_base(), gexf_version::v1_2draft);
  CHECK_THAT(out, Catch::Contains("xmlns=\"http://www.gexf.net/1.2draft\""));
  CHECK_THAT(out, Catch::Contains("version=\"1.2\""));
  CHECK_THAT(out, !Catch::Contains("timerepresentation"));
  CHECK_THAT(out, Catch::Contains("<viz:color r=\"31\" g=\"119\" b=\"180\"/>"));
}
