#include "extractors/phrase_index.h"

#include <algorithm>

#include "core/document.h"
#include "extractors/tokenizer.h"

namespace eventgraph {

namespace {
std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}
}  // namespace

bool phrase_index::add(std::string_view phrase, std::uint32_t payload, bool case_insensitive) {
  const auto toks = tokenize(phrase);
  if (toks.empty()) return false;
  entry e{{}, {}, payload, case_insensitive};
  for (const auto& t : toks) {
    e.form_hashes.push_back(form_hash(token_form(t.where.of(phrase))));
    std::string s = normalise_token(t.where.of(phrase));
    e.tokens.push_back(case_insensitive ? lower_ascii(std::move(s)) : std::move(s));
  }
  auto& entries = by_first_[lower_ascii(e.tokens.front())];
  entries.push_back(std::move(e));
  std::stable_sort(entries.begin(), entries.end(),
                   [](const entry& a, const entry& b) { return a.tokens.size() > b.tokens.size(); });
  ++count_;
  return true;
}

bool phrase_index::matches(const entry& e, const document& doc, std::uint32_t i, std::uint32_t end) const {
  if (i + e.tokens.size() > end) return false;
  for (std::size_t k = 0; k < e.tokens.size(); ++k)
    if (doc.form_hash_of(static_cast<std::uint32_t>(i + k)) != e.form_hashes[k]) return false;
  for (std::size_t k = 0; k < e.tokens.size(); ++k) {
    if (e.case_insensitive) {
      if (doc.form_of(static_cast<std::uint32_t>(i + k)) != e.tokens[k]) return false;
      continue;
    }
    const std::string_view s = doc.text_of(doc.tokens[i + k]);
    if (s == e.tokens[k]) continue;
    if (!has_foldable_punctuation(s) || normalise_token(s) != e.tokens[k]) return false;
  }
  return true;
}

phrase_index::match phrase_index::longest_at(const document& doc, std::uint32_t i, std::uint32_t end) const {
  if (i >= end) return {};
  if (const auto* entries = by_first_.find(doc.form_of(i), doc.form_hash_of(i)))
    for (const auto& e : *entries)
      if (matches(e, doc, i, end)) return {static_cast<std::uint32_t>(e.tokens.size()), e.payload};
  return {};
}

std::vector<std::string> phrase_index::first_forms() const {
  std::vector<std::string> out;
  for (const auto& [form, entries] : by_first_.entries()) out.push_back(form);
  return out;
}

std::vector<phrase_index::match> phrase_index::all_at(const document& doc, std::uint32_t i, std::uint32_t end) const {
  std::vector<match> out;
  if (i >= end) return out;
  if (const auto* entries = by_first_.find(doc.form_of(i), doc.form_hash_of(i)))
    for (const auto& e : *entries)
      if (matches(e, doc, i, end)) out.push_back({static_cast<std::uint32_t>(e.tokens.size()), e.payload});
  return out;
}

}  // namespace eventgraph
