// The hash of a token form, computed once per token by the document and
// reused by every lexicon lookup (FNV-1a: short keys, no setup).
#pragma once

#include <cstdint>
#include <string_view>

namespace eventgraph {

// The hash of no bytes, and the hash after one more byte.
constexpr std::uint64_t form_hash_seed = 0xcbf29ce484222325ull;
constexpr std::uint64_t form_hash_add(std::uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
}

constexpr std::uint64_t form_hash(std::string_view s) {
  std::uint64_t h = form_hash_seed;
  for (const char c : s) h = form_hash_add(h, c);
  return h;
}

}  // namespace eventgraph
