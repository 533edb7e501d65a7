#include <catch2/catch.hpp>

#include <string>

#include "exporters/compact_json_writer.h"

using namespace eventgraph;

namespace {
std::string one_string(std::string_view s) {
  std::string out;
  compact_json_writer w(out);
  w.String(s);
  w.finish();
  return out;
}
std::string one_double(double v) {
  std::string out;
  compact_json_writer w(out);
  w.Double(v);
  w.finish();
  return out;
}
}  // namespace

TEST_CASE("compact_json_writer: commas between values, colons after keys", "[exporters]") {
  std::string out;
  compact_json_writer w(out);
  w.StartObject();
  w.Key("talks"); w.StartArray(); w.Uint(3); w.Int(-2); w.Null(); w.EndArray();
  w.Key("venue"); w.StartObject(); w.Key("city"); w.String("Doha"); w.EndObject();
  w.Key("empty"); w.StartObject(); w.EndObject();
  w.Key("held"); w.Bool(true);
  const std::string key = "said \"no\"";
  w.Key(key); w.StartArray(); w.StartArray(); w.EndArray(); w.Double(0.5); w.EndArray();
  w.EndObject();
  w.finish();
  CHECK(out == R"({"talks":[3,-2,null],"venue":{"city":"Doha"},"empty":{},"held":true,"said \"no\"":[[],0.5]})");
}

TEST_CASE("compact_json_writer: quotes, backslashes and control characters escaped as rapidjson does", "[exporters]") {
  CHECK(one_string("the \"Normandy\" format") == R"("the \"Normandy\" format")");
  CHECK(one_string("C:\\talks") == R"("C:\\talks")");
  CHECK(one_string("line\nbreak\ttab\rret\bbs\fff") == R"("line\nbreak\ttab\rret\bbs\fff")");
  CHECK(one_string(std::string("nul\0unit\x1f", 9)) == R"("nul\u0000unit\u001F")");
}

TEST_CASE("compact_json_writer: escapes found anywhere in a long sentence", "[exporters]") {
  // Long enough for the sixteen- and eight-byte scans, with specials on and off their boundaries.
  const std::string text = std::string("The ministers met in Geneva \"for talks\" on 21 January\tand then ") +
                           "left.\x01 Niinist\xC3\xB6 said \\ nothing more about the \"red lines\".";
  CHECK(one_string(text) ==
        "\"The ministers met in Geneva \\\"for talks\\\" on 21 January\\tand then left.\\u0001 Niinist\xC3\xB6 said "
        "\\\\ nothing more about the \\\"red lines\\\".\"");
}

TEST_CASE("compact_json_writer: appends after what the string holds, and it ends with the writer", "[exporters]") {
  std::string out = "{\"id\":1}\n";
  {
    compact_json_writer w(out);
    w.StartArray();
    w.String("Minsk");
    w.EndArray();
  }
  CHECK(out == "{\"id\":1}\n[\"Minsk\"]");
}

TEST_CASE("compact_json_writer: escapes that outgrow the room asked for the string as it is", "[exporters]") {
  // Each control character becomes six bytes: 3,000 of them outgrow the
  // string's size and the slack the writer asks for beyond it.
  const std::string controls(3000, '\x02');
  std::string expected = "\"";
  for (int i = 0; i < 3000; ++i) expected += "\\u0002";
  expected += "\"";
  CHECK(one_string(controls) == expected);
  CHECK(one_string("a\"" + controls + "z") == "\"a\\\"" + expected.substr(1, expected.size() - 2) + "z\"");
}

TEST_CASE("compact_json_writer: slashes and UTF-8 go out as they are", "[exporters]") {
  CHECK(one_string("Ankara/Istanbul") == R"("Ankara/Istanbul")");
  CHECK(one_string("Niinist\xC3\xB6") == "\"Niinist\xC3\xB6\"");
}

TEST_CASE("compact_json_writer: decimals in their shortest form, whole numbers with .0", "[exporters]") {
  CHECK(one_double(0.75) == "0.75");
  CHECK(one_double(0.07) == "0.07");
  CHECK(one_double(0.9) == "0.9");
  CHECK(one_double(1.0) == "1.0");
  CHECK(one_double(0.0) == "0.0");
  CHECK(one_double(-0.25) == "-0.25");
  CHECK(one_double(12.5) == "12.5");
  CHECK(one_double(0.125) == "0.125");
}

TEST_CASE("compact_json_writer: plain strings of our own go out quoted, with commas like any value", "[exporters]") {
  std::string out;
  compact_json_writer w(out);
  w.StartArray();
  w.PlainString("2022-01-21");
  w.PlainString("XXXX-WXX-5");
  w.String("Gen\xC3\xA8ve");
  w.EndArray();
  w.finish();
  CHECK(out == "[\"2022-01-21\",\"XXXX-WXX-5\",\"Gen\xC3\xA8ve\"]");
}

TEST_CASE("compact_json_writer: text with invalid UTF-8 is written with U+FFFD in place of each bad byte", "[exporters]") {
  const auto text = [](std::string_view s) {
    std::string out;
    compact_json_writer w(out);
    w.StartArray();
    w.Text(s);
    w.EndArray();
    w.finish();
    return out;
  };
  CHECK(text("Niinist\xC3\xB6") == "[\"Niinist\xC3\xB6\"]");
  CHECK(text("Kyiv \xFF said") == "[\"Kyiv \xEF\xBF\xBD said\"]");
  // The bad byte beyond the sixteen-byte scan, after an escape.
  CHECK(text("The \"talks\" in Geneva ended \xC3 early") ==
        "[\"The \\\"talks\\\" in Geneva ended \xEF\xBF\xBD early\"]");
}
