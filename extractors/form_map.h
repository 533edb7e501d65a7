// A map from token forms to values, looked up with the hash the document
// already computed for the token, so that a miss (the common case: most
// tokens start no lexicon entry) costs one or two probes and no string
// comparison. Open addressing over a power-of-two table, at most half full.
// Built once, then read-only and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/form_hash.h"

namespace eventgraph {

template <class V>
class form_map {
 public:
  // The value for key, default-constructed when new.
  V& operator[](std::string_view key) {
    const std::uint64_t h = form_hash(key);
    if (const auto i = index_of(key, h); i != empty) return entries_[i].second;
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    entries_.emplace_back(std::string(key), V{});
    place(h, static_cast<std::uint32_t>(entries_.size() - 1));
    return entries_.back().second;
  }

  const V* find(std::string_view key, std::uint64_t hash) const {
    const auto i = index_of(key, hash);
    return i == empty ? nullptr : &entries_[i].second;
  }
  const V* find(std::string_view key) const { return find(key, form_hash(key)); }
  // As find, with the key made only when a slot's hash matches (`key()`
  // returns it): a scan over tokens that mostly miss reads no text.
  template <class KeyOf>
  const V* find_hashed(std::uint64_t hash, KeyOf key) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const slot& s = slots_[i];
      if (s.index == empty) return nullptr;
      if (s.hash == hash && entries_[s.index].first == key()) return &entries_[s.index].second;
    }
  }

  std::size_t size() const { return entries_.size(); }
  const std::vector<std::pair<std::string, V>>& entries() const { return entries_; }

 private:
  static constexpr std::uint32_t empty = 0xFFFFFFFFu;
  struct slot {
    std::uint64_t hash = 0;
    std::uint32_t index = empty;
  };
  std::uint32_t index_of(std::string_view key, std::uint64_t hash) const {
    if (slots_.empty()) return empty;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const slot& s = slots_[i];
      if (s.index == empty || (s.hash == hash && entries_[s.index].first == key)) return s.index;
    }
  }
  void place(std::uint64_t h, std::uint32_t index) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i].index != empty) i = (i + 1) & mask;
    slots_[i] = {h, index};
  }
  void grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, slot{});
    for (std::uint32_t k = 0; k < entries_.size(); ++k) place(form_hash(entries_[k].first), k);
  }

  std::vector<std::pair<std::string, V>> entries_;
  std::vector<slot> slots_;
};

}  // namespace eventgraph
