// Longest-match lookup of multi-token phrases ("Secretary of State", "U.S.",
// "Black Sea") at a token position, without regular expressions. Phrases are
// tokenised with the document tokenizer, so they match exactly the tokens
// the text produces. Matching is case-sensitive unless a phrase was added as
// case-insensitive; curly and straight apostrophes are the same.
// Immutable after building; lookups are thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/token.h"
#include "core/token_form.h"

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

 private:
  struct entry {
    std::vector<std::string> tokens;  // normalised: ’ -> ', lower-cased when case-insensitive
    std::uint32_t payload;
    bool case_insensitive;
  };
  bool matches(const entry& e, const document& doc, std::uint32_t i, std::uint32_t end) const;
  const std::vector<entry>* bucket(std::string_view form) const;
  // Lets find() take a string_view without building a string per lookup.
  struct form_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Keyed by the token_form of the first token; entries longest first.
  std::unordered_map<std::string, std::vector<entry>, form_hash, std::equal_to<>> by_first_;
  std::size_t count_ = 0;
};

}  // namespace eventgraph
