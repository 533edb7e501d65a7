#include "extractors/phrase_index.h"

#include <algorithm>

#include "core/document.h"
#include "extractors/tokenizer.h"

namespace eventgraph {

std::string normalise_token(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const auto c = static_cast<unsigned char>(s[i + 2]);
      if (c == 0x98 || c == 0x99) { out += '\''; i += 2; continue; }
      if (c == 0x93 || c == 0x94) { out += '-'; i += 2; continue; }
    }
    out += s[i];
  }
  return out;
}

namespace {
bool has_special(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) == 0xE2) return true;
  return false;
}
std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}
}  // namespace

bool phrase_index::add(std::string_view phrase, std::uint32_t payload, bool case_insensitive) {
  const auto toks = tokenize(phrase);
  if (toks.empty()) return false;
  entry e{{}, payload, case_insensitive};
  for (const auto& t : toks) {
    std::string s = normalise_token(t.where.of(phrase));
    e.tokens.push_back(case_insensitive ? lower_ascii(std::move(s)) : std::move(s));
  }
  auto& bucket = by_first_[lower_ascii(e.tokens.front())];
  bucket.push_back(std::move(e));
  std::stable_sort(bucket.begin(), bucket.end(),
                   [](const entry& a, const entry& b) { return a.tokens.size() > b.tokens.size(); });
  ++count_;
  return true;
}

bool phrase_index::matches(const entry& e, std::string_view text, std::string_view lower,
                           const std::vector<token>& tokens, std::uint32_t i, std::uint32_t end) const {
  if (i + e.tokens.size() > end) return false;
  for (std::size_t k = 0; k < e.tokens.size(); ++k) {
    const token& t = tokens[i + k];
    std::string_view s = t.where.of(e.case_insensitive ? lower : text);
    if (s.size() == e.tokens[k].size() && s == e.tokens[k]) continue;
    if (!has_special(s) || normalise_token(s) != e.tokens[k]) return false;
  }
  return true;
}

phrase_index::match phrase_index::longest_at(std::string_view text, std::string_view lower,
                                             const std::vector<token>& tokens, std::uint32_t i,
                                             std::uint32_t end) const {
  if (i >= end || by_first_.empty()) return {};
  std::string_view first = tokens[i].where.of(lower);
  std::string key_buf;
  if (has_special(first)) {
    key_buf = normalise_token(first);
    first = key_buf;
  }
  const auto it = by_first_.find(std::string(first));
  if (it == by_first_.end()) return {};
  for (const auto& e : it->second)
    if (matches(e, text, lower, tokens, i, end)) return {static_cast<std::uint32_t>(e.tokens.size()), e.payload};
  return {};
}

phrase_index::match phrase_index::longest_at(const document& doc, std::uint32_t i, std::uint32_t end) const {
  return longest_at(doc.text(), doc.lower(), doc.tokens, i, end);
}

std::vector<phrase_index::match> phrase_index::all_at(const document& doc, std::uint32_t i, std::uint32_t end) const {
  std::vector<match> out;
  if (i >= end) return out;
  std::string first = normalise_token(doc.lower_of(doc.tokens[i]));
  const auto it = by_first_.find(first);
  if (it == by_first_.end()) return out;
  for (const auto& e : it->second)
    if (matches(e, doc.text(), doc.lower(), doc.tokens, i, end))
      out.push_back({static_cast<std::uint32_t>(e.tokens.size()), e.payload});
  return out;
}

}  // namespace eventgraph
