#include "graph/actor_lookup.h"

#include <algorithm>
#include <map>

#include "extractors/utf8.h"

namespace eventgraph {
namespace {
// Folded, with punctuation removed and spaces single: "U.S." → "us".
std::string key_of(std::string_view s) {
  const std::string f = utf8::fold(s);
  std::string out;
  for (char c : f) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) out += c;
    else if ((c == ' ' || c == '-' || c == '_') && !out.empty() && out.back() != ' ') out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool contains_words(const std::string& hay, const std::string& needle) {
  if (needle.empty()) return false;
  for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
    const bool left = at == 0 || hay[at - 1] == ' ';
    const bool right = at + needle.size() == hay.size() || hay[at + needle.size()] == ' ';
    if (left && right) return true;
  }
  return false;
}

std::vector<std::string> names_of(const actor& a, const std::string& id) {
  std::vector<std::string> n{key_of(a.name), key_of(id)};
  for (const auto& al : a.aliases) n.push_back(key_of(al));
  return n;
}
}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

actor_match find_actor(const knowledge_base& kb, std::string_view query) {
  const std::string q = key_of(query);
  actor_match out;
  if (q.empty()) return out;
  std::vector<std::string> exact, partial;
  for (const auto& [id, a] : kb.actors) {
    const auto names = names_of(a, id);
    if (std::find(names.begin(), names.end(), q) != names.end()) exact.push_back(id);
    else if (std::any_of(names.begin(), names.end(), [&](const std::string& n) { return contains_words(n, q); }))
      partial.push_back(id);
  }
  const auto& hits = !exact.empty() ? exact : partial;
  if (hits.size() == 1) {
    out.actor_id = hits.front();
    return out;
  }
  if (!hits.empty()) {
    out.candidates = hits;
    return out;
  }
  // Nearest names: compare with the whole name and with each of its words,
  // so that a misspelt surname still finds the person.
  std::multimap<std::size_t, std::string> ranked;
  for (const auto& [id, a] : kb.actors) {
    std::size_t best = std::string::npos;
    for (const auto& n : names_of(a, id)) {
      best = std::min(best, edit_distance(q, n));
      std::size_t start = 0;
      while (start < n.size()) {
        const auto sp = n.find(' ', start);
        const auto word = std::string_view(n).substr(start, sp == std::string::npos ? std::string::npos : sp - start);
        best = std::min(best, edit_distance(q, word));
        if (sp == std::string::npos) break;
        start = sp + 1;
      }
    }
    if (best <= std::max<std::size_t>(2, q.size() / 3)) ranked.emplace(best, id);
  }
  for (const auto& [d, id] : ranked) {
    if (out.candidates.size() == 3) break;
    out.candidates.push_back(id);
  }
  return out;
}

}  // namespace eventgraph
