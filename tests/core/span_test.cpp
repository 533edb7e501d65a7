#include <catch2/catch.hpp>

#include <string_view>

#include "core/span.h"

using namespace eventgraph;

TEST_CASE("span: the bytes of a text it covers", "[core]") {
  constexpr std::string_view text = "Talks in Doha";
  CHECK(span{6, 8}.of(text) == "in");
  CHECK(span{0, 13}.of(text) == text);
}

TEST_CASE("span: cut at the text's end, empty beyond it or when reversed", "[core]") {
  constexpr std::string_view text = "Talks in Doha";
  CHECK(span{9, 40}.of(text) == "Doha");
  CHECK(span{13, 13}.of(text).empty());
  CHECK(span{20, 25}.of(text).empty());
  CHECK(span{8, 6}.of(text).empty());
}
