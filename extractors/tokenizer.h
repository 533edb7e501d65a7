// Splits UTF-8 text into word, number and punctuation tokens, byte for byte,
// without regular expressions. Keeps dotted acronyms ("U.S.", "U.K.") whole,
// splits possessive 's and hyphens into tokens of their own, and marks tokens
// that open a paragraph (after a newline). Stateless and thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "core/component.h"
#include "core/token.h"

namespace eventgraph {

// Tokens of text[from, to). Offsets are absolute in text.
std::vector<token> tokenize(std::string_view text, std::uint32_t from, std::uint32_t to);
inline std::vector<token> tokenize(std::string_view text) {
  return tokenize(text, 0, static_cast<std::uint32_t>(text.size()));
}

// Writes document::tokens.
class tokenizer final : public component {
 public:
  std::string_view name() const override { return "tokenizer"; }
  void operator()(document& doc) const override;
};

}  // namespace eventgraph
