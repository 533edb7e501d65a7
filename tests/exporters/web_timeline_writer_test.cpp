#include <catch2/catch.hpp>

#include "exporters/web_timeline_writer.h"
#include "support/sample_knowledge_base.h"

using namespace eventgraph;

TEST_CASE("web_timeline_writer: vis items have known groups and dated events their day", "[exporters]") {
  const std::string out = vis_timeline_json(test::sample_knowledge_base());
  CHECK_THAT(out, Catch::Contains("\"id\": \"meeting\""));
  CHECK_THAT(out, Catch::Contains("\"content\": \"meeting: Arland, Borduria\",\n   \"start\": \"2024-05-01\",\n   \"type\": \"point\""));
}

TEST_CASE("web_timeline_writer: an undated event sits at its report date, marked undated", "[exporters]") {
  const std::string out = vis_timeline_json(test::sample_knowledge_base());
  CHECK_THAT(out, Catch::Contains("\"content\": \"sanctions threat: Borduria, Corvinia (threatened)\",\n   \"start\": \"2024-05-03\""));
  CHECK_THAT(out, Catch::Contains("\"className\": \"modality-threatened undated\""));
}

TEST_CASE("web_timeline_writer: an event with no date at all is listed apart, not dropped", "[exporters]") {
  const std::string out = vis_timeline_json(test::sample_knowledge_base());
  const auto undated = out.find("\"undated\": [");
  REQUIRE(undated != std::string::npos);
  CHECK(out.find("military exercise: Corvinia", undated) != std::string::npos);
}

TEST_CASE("web_timeline_writer: TimelineJS gets dates in parts and the unplaced event on the title slide", "[exporters]") {
  const std::string out = timelinejs_json(test::sample_knowledge_base());
  CHECK_THAT(out, Catch::Contains("\"start_date\": {\n    \"year\": 2024,\n    \"month\": 5,\n    \"day\": 1\n   }"));
  CHECK_THAT(out, Catch::Contains("\"display_date\": \"date unknown; first reported 2024-05-03\""));
  CHECK_THAT(out, Catch::Contains("<li>military exercise: Corvinia</li>"));
}
