#include <catch2/catch.hpp>

#include <array>
#include <string_view>

#include "extractors/word_list.h"

using namespace eventgraph;

namespace {
constexpr std::array<std::string_view, 3> ranks{"acting", "former", "top"};
}

TEST_CASE("word_list: a word of the list is found", "[extractors]") {
  CHECK(one_of(ranks, "former"));
  CHECK(one_of(ranks, "top"));
}

TEST_CASE("word_list: only the whole word matches", "[extractors]") {
  CHECK_FALSE(one_of(ranks, "to"));
  CHECK_FALSE(one_of(ranks, "topple"));
  CHECK_FALSE(one_of(ranks, "Former"));
  CHECK_FALSE(one_of(ranks, ""));
}

TEST_CASE("word_list: an empty word is in a list only with an empty entry", "[extractors]") {
  constexpr std::array<std::string_view, 2> with_empty{"", "top"};
  CHECK(one_of(with_empty, std::string_view()));
  CHECK_FALSE(one_of(ranks, std::string_view()));
}
