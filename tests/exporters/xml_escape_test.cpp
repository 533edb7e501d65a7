#include <catch2/catch.hpp>

#include "exporters/xml_escape.h"

using namespace eventgraph;

TEST_CASE("xml_escape: specials escaped, forbidden controls dropped, bad UTF-8 replaced", "[exporters]") {
  CHECK(xml_escape("A<B & \"C\" 'D'") == "A&lt;B &amp; &quot;C&quot; &apos;D&apos;");
  CHECK(xml_escape(std::string("x\x01y", 3)) == "xy");
  CHECK(xml_escape("a\xFF") == "a\xEF\xBF\xBD");
}
