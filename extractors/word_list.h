// Whether a word is in a short constant list ("former", "acting", ...), by
// comparison. For lists of a few words asked about here and there; a list
// asked about token after token is a word_set.
#pragma once

#include <array>
#include <cstddef>
#include <cstring>
#include <string_view>

namespace eventgraph {

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view w) {
  // Lengths first, in a loop the compiler keeps where it is used (std::find
  // was often called out of line): most words of a list differ in length.
  for (const auto& x : words)
    if (x.size() == w.size() && (w.empty() || std::memcmp(x.data(), w.data(), w.size()) == 0)) return true;
  return false;
}

}  // namespace eventgraph
