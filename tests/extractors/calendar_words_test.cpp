#include <catch2/catch.hpp>

#include "core/document.h"
#include "extractors/calendar_words.h"
#include "extractors/tokenizer.h"

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

TEST_CASE("calendar words: every token of a document at once, as asked one by one", "[extractors]") {
  document d("c", "c", "On Friday, the first of March, three envoys met.");
  tokenizer{}(d);
  const auto words = calendar_words_of(d);
  REQUIRE(words.size() == d.tokens.size());
  // On Friday , the first of March , three envoys met .
  CHECK(words[1].weekday == 5);
  CHECK(words[4].ordinal == 1);
  CHECK(words[6].month == 3);
  CHECK(words[8].number == 3);
  CHECK(words[9].number == -1);
  for (std::uint32_t i = 0; i < d.tokens.size(); ++i) CHECK(words[i].month == calendar_word_of(d, i).month);
}
