#include <catch2/catch.hpp>

#include "core/error.h"
#include "exporters/timeline_json_reader.h"
#include "exporters/timeline_json_writer.h"
#include "support/sample_knowledge_base.h"

using namespace eventgraph;

TEST_CASE("timeline_json_reader: what the writer wrote reads back to the same file", "[exporters]") {
  const std::string once = timeline_json(test::sample_knowledge_base());
  CHECK(timeline_json(parse_timeline_json(once, "t.json")) == once);
}

TEST_CASE("timeline_json_reader: the graph is rebuilt on load", "[exporters]") {
  const auto kb = parse_timeline_json(timeline_json(test::sample_knowledge_base()), "t.json");
  CHECK(boost::num_vertices(kb.graph) == boost::num_vertices(test::sample_knowledge_base().graph));
}

TEST_CASE("timeline_json_reader: broken JSON is refused with the file name and byte offset", "[exporters]") {
  CHECK_THROWS_WITH(parse_timeline_json("{\"format\": ", "broken.json"),
                    Catch::StartsWith("broken.json: not valid JSON at byte 11"));
}

TEST_CASE("timeline_json_reader: another JSON file is refused as not a timeline", "[exporters]") {
  CHECK_THROWS_WITH(parse_timeline_json("{\"items\": []}", "vis.json"), Catch::Contains("not an eventgraph timeline"));
}

TEST_CASE("timeline_json_reader: a field of the wrong type is named by its path", "[exporters]") {
  const std::string bad = R"({"format": "eventgraph-timeline", "version": 1, "documents": [], "actors": [],
    "events": [{"id": "e", "type": "parade", "modality": "asserted", "date": {}, "actors": [], "mentions": []}]})";
  CHECK_THROWS_WITH(parse_timeline_json(bad, "t.json"), "t.json: events[0].type: unknown value \"parade\"");
}

TEST_CASE("timeline_json_reader: deeply nested JSON is refused without exhausting the stack", "[exporters]") {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  CHECK_THROWS_WITH(parse_timeline_json(deep, "deep.json"), Catch::Contains("not an object"));
}

// Regression (found by the timeline_reader fuzzer): an actor that is not an
// object reached RapidJSON's member lookup, which asserts (or, without
// assertions, reads what is not there).
TEST_CASE("timeline_json_reader: a list element that is not an object is refused with its path", "[exporters]") {
  const std::string bad = R"({"format": "eventgraph-timeline", "version": 1, "documents": [], "actors": [42],
    "events": []})";
  CHECK_THROWS_WITH(parse_timeline_json(bad, "t.json"), Catch::StartsWith("t.json: actors[0]") && Catch::Contains("not an object"));
}
