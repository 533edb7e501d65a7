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
  entry e{{}, payload, case_insensitive};
  std::uint32_t at = 0;
  for (std::size_t k = 0; k < toks.size(); ++k) {
    const std::string_view text = toks[k].where.of(phrase);
    const std::string form = token_form(text);
    if (k == 0) {
      std::uint32_t& first = first_[form];
      if (first == 0) {
        nodes_.emplace_back();
        first = static_cast<std::uint32_t>(nodes_.size());  // 1-based: 0 means new
      }
      at = first - 1;
    } else {
      const std::uint64_t h = form_hash(form);
      auto& children = nodes_[at].children;
      const auto it = std::find_if(children.begin(), children.end(), [&](const auto& c) { return c.first == h; });
      if (it != children.end()) {
        at = it->second;
      } else {
        const auto next = static_cast<std::uint32_t>(nodes_.size());
        nodes_[at].children.emplace_back(h, next);
        nodes_.emplace_back();
        at = next;
      }
    }
    std::string s = normalise_token(text);
    e.tokens.push_back(case_insensitive ? lower_ascii(std::move(s)) : std::move(s));
  }
  nodes_[at].ends.push_back(static_cast<std::uint32_t>(entries_.size()));
  entries_.push_back(std::move(e));
  ++count_;
  return true;
}

bool phrase_index::matches(const entry& e, const document& doc, std::uint32_t i) const {
  for (std::size_t k = 0; k < e.tokens.size(); ++k) {
    const auto t = static_cast<std::uint32_t>(i + k);
    if (e.case_insensitive) {
      if (doc.form_of(t) != e.tokens[k]) return false;
      continue;
    }
    const std::string_view s = doc.text_of(doc.tokens[t]);
    if (s == e.tokens[k]) continue;
    if (!has_foldable_punctuation(s) || normalise_token(s) != e.tokens[k]) return false;
  }
  return true;
}

template <class F>
void phrase_index::walk(const document& doc, std::uint32_t i, std::uint32_t end, F&& f) const {
  if (i >= end) return;
  const std::uint32_t* first = first_.find_hashed(doc.form_hash_of(i), [&] { return std::string_view(doc.form_of(i)); });
  if (!first) return;
  std::uint32_t at = *first - 1;
  for (std::uint32_t depth = 1;; ++depth) {
    f(depth, nodes_[at]);
    if (i + depth >= end) return;
    const std::uint64_t h = doc.form_hash_of(i + depth);
    const auto& children = nodes_[at].children;
    const auto it = std::find_if(children.begin(), children.end(), [&](const auto& c) { return c.first == h; });
    if (it == children.end()) return;
    at = it->second;
  }
}

phrase_index::match phrase_index::longest_at(const document& doc, std::uint32_t i, std::uint32_t end) const {
  match best;
  walk(doc, i, end, [&](std::uint32_t depth, const node& n) {
    for (const auto idx : n.ends)
      if (matches(entries_[idx], doc, i)) {
        best = {depth, entries_[idx].payload};
        break;
      }
  });
  return best;
}

std::vector<std::string> phrase_index::first_forms() const {
  std::vector<std::string> out;
  for (const auto& [form, n] : first_.entries()) out.push_back(form);
  return out;
}

std::vector<phrase_index::match> phrase_index::all_at(const document& doc, std::uint32_t i, std::uint32_t end) const {
  std::vector<match> out;
  walk(doc, i, end, [&](std::uint32_t depth, const node& n) {
    std::vector<match> here;
    for (const auto idx : n.ends)
      if (matches(entries_[idx], doc, i)) here.push_back({depth, entries_[idx].payload});
    // Longest first: the matches of this depth go before the shorter ones.
    out.insert(out.begin(), here.begin(), here.end());
  });
  return out;
}

}  // namespace eventgraph
