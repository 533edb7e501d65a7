// The hash of a token form, computed once per token by the document and
// reused by every lexicon lookup (FNV-1a: short keys, no setup).
#pragma once

#include <cstdint>
#include <string_view>

namespace eventgraph {

constexpr std::uint64_t form_hash(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ull;
  }
  return h;
}

}  // namespace eventgraph
