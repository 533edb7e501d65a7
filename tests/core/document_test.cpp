#include <catch2/catch.hpp>

#include <string>

#include "core/document.h"

using namespace eventgraph;

TEST_CASE("document: the lower-case text lowers ASCII letters only, at any offset", "[core]") {
  // Longer than one sixteen-byte block, with letters at the block edges and
  // UTF-8 letters (upper-case ones too) left as they are.
  const document d("d", "d", "AZ@[`{ Talks In GEN\xC3\x88VE: \xC3\x89LYS\xC3\x89" "E, NATO And OSCE, 21 Jan.");
  CHECK(d.lower() == "az@[`{ talks in gen\xC3\x88ve: \xC3\x89lys\xC3\x89" "e, nato and osce, 21 jan.");
  CHECK(d.text().substr(0, 6) == "AZ@[`{");
}
