// One reading of an English word form ("strikes": the plural of the noun
// strike, or the verb strike in the present) and a short list of them.
// Value types.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "core/word_class.h"

namespace eventgraph {

struct word_reading {
  word_class cls = word_class::other;  // noun, verb, adjective or adverb
  verb_form form = verb_form::none;    // for verbs
  bool plural = false;                 // for nouns
  int prior = 0;                       // 1 + tagged senses of lemma in this class
  std::string_view lemma;              // static storage
};

// The readings of one form: few (at most a dozen), so kept inline.
class reading_list {
 public:
  static constexpr std::size_t capacity = 12;
  void push_back(const word_reading& r) {
    if (n_ < capacity) items_[n_++] = r;
  }
  const word_reading* begin() const { return items_.data(); }
  const word_reading* end() const { return items_.data() + n_; }
  word_reading* begin() { return items_.data(); }
  word_reading* end() { return items_.data() + n_; }
  bool empty() const { return n_ == 0; }
  std::size_t size() const { return n_; }
  const word_reading& front() const { return items_[0]; }

 private:
  std::array<word_reading, capacity> items_{};
  std::size_t n_ = 0;
};

}  // namespace eventgraph
