// A fixed set of token forms, asked about a document's tokens with the hash
// the document computed once for each: no hashing and, on a miss, no string
// comparison. For the word lists rules check token after token ("though",
// "but", "troops", "soldiers", ...).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "core/document.h"
#include "extractors/form_map.h"

namespace eventgraph {

class word_set {
 public:
  word_set(std::initializer_list<std::string_view> words) {
    for (const auto w : words) words_[w] = true;
  }
  // Whether token k's form is in the set.
  bool has(const document& doc, std::uint32_t k) const {
    return words_.find_hashed(doc.form_hash_of(k), [&] { return std::string_view(doc.form_of(k)); }) != nullptr;
  }
  bool has(std::string_view form) const { return words_.find(form) != nullptr; }
  // Whether token k's lemma is ("includes", "included" for "include").
  bool has_lemma(const document& doc, std::uint32_t k) const {
    return words_.find_hashed(doc.lemma_hash_of(k), [&] { return std::string_view(doc.lemma_of(k)); }) != nullptr;
  }

 private:
  form_map<bool> words_;
};

}  // namespace eventgraph
