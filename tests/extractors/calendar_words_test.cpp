#include <catch2/catch.hpp>

#include "extractors/calendar_words.h"

using namespace eventgraph;

TEST_CASE("calendar words: one lookup answers month, weekday, number and ordinal", "[extractors]") {
  CHECK(calendar_word_of("sept").month == 9);
  CHECK(calendar_word_of("thurs").weekday == 4);
  CHECK(calendar_word_of("several").number == 3);
  CHECK(calendar_word_of("thirtieth").ordinal == 30);
  const auto none = calendar_word_of("treaty");
  CHECK(none.month == 0);
  CHECK(none.weekday == -1);
  CHECK(none.number == -1);
  CHECK(none.ordinal == -1);
}
