// Longest-match lookup of multi-token phrases ("Secretary of State", "U.S.",
// "Black Sea") at a token position, without regular expressions. Phrases are
// tokenised with the document tokenizer, so they match exactly the tokens
// the text produces. Matching is case-sensitive unless a phrase was added as
// case-insensitive; curly and straight apostrophes are the same. Phrases are
// kept in a trie over token forms, so that a lookup costs one step per token
// matched, whatever the number of phrases sharing a first word.
// Immutable after building; lookups are thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/token.h"
#include "core/token_form.h"
#include "extractors/form_map.h"

namespace eventgraph {

class document;

class phrase_index {
 public:
  struct match {
    std::uint32_t length = 0;  // tokens
    std::uint32_t payload = 0;
  };

  // Adds phrase with an integer payload. Returns false for an empty phrase.
  bool add(std::string_view phrase, std::uint32_t payload, bool case_insensitive = false);

  // Longest phrase starting at token i of doc (before end). length == 0 when none.
  match longest_at(const document& doc, std::uint32_t i, std::uint32_t end) const;

  // Every phrase starting at i, longest first.
  std::vector<match> all_at(const document& doc, std::uint32_t i, std::uint32_t end) const;

  std::size_t size() const { return count_; }
  // The forms that start some phrase.
  std::vector<std::string> first_forms() const;

 private:
  struct entry {
    std::vector<std::string> tokens;  // normalised: ’ -> ', lower-cased when case-insensitive
    std::uint32_t payload;
    bool case_insensitive;
  };
  struct node {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> children;  // form hash of the next token -> node
    std::vector<std::uint32_t> ends;                                 // entries ending here, in order added
  };
  bool matches(const entry& e, const document& doc, std::uint32_t i) const;
  // The node after the tokens from i, one per depth, calling f(depth, node).
  template <class F>
  void walk(const document& doc, std::uint32_t i, std::uint32_t end, F&& f) const;

  form_map<std::uint32_t> first_;  // token form of a first token -> its node
  std::vector<node> nodes_;
  std::vector<entry> entries_;
  std::size_t count_ = 0;
};

}  // namespace eventgraph
