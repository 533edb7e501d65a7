#include <catch2/catch.hpp>

#include <string>

#include "core/word_view.h"

using namespace eventgraph;

TEST_CASE("word_view: equals a literal of the same letters", "[core]") {
  const std::string text = "talks in Doha";
  const word_view in(std::string_view(text).substr(6, 2));
  CHECK(in == "in");
  CHECK_FALSE(in != "in");
}

TEST_CASE("word_view: differs from a literal of another length or letters", "[core]") {
  const std::string text = "talks in Doha";
  const word_view talks(std::string_view(text).substr(0, 5));
  CHECK_FALSE(talks == "talk");
  CHECK_FALSE(talks == "talks.");
  CHECK_FALSE(talks == "walks");
  CHECK(talks != "Talks");
  CHECK_FALSE(word_view() == "a");
  CHECK(word_view() == "");
}

TEST_CASE("word_view: compares with other text as a string_view", "[core]") {
  const std::string a = "Doha", b = "Doha";
  CHECK(word_view(a) == std::string_view(b));
  CHECK(word_view(a).substr(1) == "oha");
}
