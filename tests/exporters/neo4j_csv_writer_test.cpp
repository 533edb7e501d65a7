#include <catch2/catch.hpp>

#include "exporters/neo4j_csv_writer.h"
#include "support/sample_knowledge_base.h"

using namespace eventgraph;

TEST_CASE("neo4j_csv_writer: headers name ids, labels, types and typed properties", "[exporters]") {
  const auto files = neo4j_csv_files(test::sample_knowledge_base());
  CHECK_THAT(files.nodes, Catch::StartsWith(":ID,name,kind,type,cameo,start:date,end:date,modality,country,source_count:int,degree:int,:LABEL\n"));
  CHECK_THAT(files.edges, Catch::StartsWith(":START_ID,:END_ID,:TYPE,role,weight:double,"));
}

TEST_CASE("neo4j_csv_writer: actors carry their kind as a second label", "[exporters]") {
  const auto files = neo4j_csv_files(test::sample_knowledge_base());
  CHECK_THAT(files.nodes, Catch::Contains("\"actor:ARL\",\"Arland\",\"actor\",\"state\",\"\",2024-05-01,2024-05-01,\"\",\"ARL\",0,2,Actor;State\n"));
  CHECK_THAT(files.edges, Catch::Contains("\"actor:ARL\",\"actor:BOR\",INTERACTS_WITH,\"\",1,2024-05-01,2024-05-01,1,0,2.8\n"));
}

TEST_CASE("neo4j_csv_writer: quotes double and control characters become spaces", "[exporters]") {
  auto kb = test::sample_knowledge_base();
  kb.actors["ARL"].name = "Ar\"land\nNorth";
  kb.graph = build_graph(kb);
  CHECK_THAT(neo4j_csv_files(kb).nodes, Catch::Contains("\"Ar\"\"land North\""));
}
