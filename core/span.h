// A half-open byte range [begin, end) into a document's text. Every finding
// (token, sentence, mention) is a span so it can be shown in context.
#pragma once

#include <cstdint>
#include <string_view>

namespace eventgraph {

struct span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  constexpr std::uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return begin >= end; }
  constexpr bool contains(const span& o) const { return begin <= o.begin && o.end <= end; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend constexpr bool operator==(const span&, const span&) = default;
};

}  // namespace eventgraph
