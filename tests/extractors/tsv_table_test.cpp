#include <catch2/catch.hpp>

#include "core/error.h"
#include "extractors/tsv_table.h"

using namespace eventgraph;

TEST_CASE("tsv_table: a row with too many columns is refused as file:line", "[extractors]") {
  CHECK_THROWS_WITH(tsv_table::parse("# columns:\ta\tb\nx\ty\n1\t2\t3\n", "my.tsv", {"a", "b"}),
                    "my.tsv:3: 3 columns, the header names 2 (a stray tab?)");
}

TEST_CASE("tsv_table: a missing required column is refused", "[extractors]") {
  CHECK_THROWS_WITH(tsv_table::parse("a\n1\n", "my.tsv", {"a", "b"}), "my.tsv:1: missing column 'b' in the header");
}
