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
  // The bytes of text in the span, cut at the text's end (empty beyond it).
  // Not substr: its exception path kept this, asked for every token by every
  // component, from being inlined.
  constexpr std::string_view of(std::string_view text) const {
    if (begin >= text.size() || end <= begin) return {};
    return {text.data() + begin, (end < text.size() ? end : text.size()) - begin};
  }
  friend constexpr bool operator==(const span&, const span&) = default;
};

}  // namespace eventgraph
