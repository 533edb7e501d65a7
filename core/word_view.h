// A view of a word of the text that compares with a literal ("the", "next")
// inline. Rules compare token after token with words they name, and most
// tokens are as long as some such literal; std::string_view's comparison
// then calls the library, while the literal's length known here lets the
// compiler expand it in place.
#pragma once

#include <cstddef>
#include <cstring>
#include <string_view>

namespace eventgraph {

struct word_view : std::string_view {
  word_view() = default;
  word_view(std::string_view s) : std::string_view(s) {}
  template <std::size_t N>
  bool operator==(const char (&literal)[N]) const {
    // (An empty view may have no data: memcmp must not be handed it.)
    if constexpr (N == 1) return empty();
    else return size() == N - 1 && std::memcmp(data(), literal, N - 1) == 0;
  }
};

}  // namespace eventgraph
