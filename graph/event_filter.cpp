#include "graph/event_filter.h"

#include <algorithm>
#include <set>

#include "extractors/utf8.h"

namespace eventgraph {
namespace {
// Whether hay contains needle (already folded), ignoring case and accents.
// Place names are mostly ASCII: those are compared in place, without the
// allocation of a fold, which matters when a million events are scanned.
bool contains_folded(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  const bool ascii = std::all_of(hay.begin(), hay.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii) return utf8::fold(hay).find(needle) != std::string::npos;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

bool matches_with_folded_place(const event& e, const event_filter& f, std::string_view place) {
  if (!f.types.empty() && std::find(f.types.begin(), f.types.end(), e.type) == f.types.end()) return false;
  if (!f.modalities.empty() && std::find(f.modalities.begin(), f.modalities.end(), e.mod) == f.modalities.end())
    return false;
  for (const auto& a : f.actors)
    if (std::none_of(e.actors.begin(), e.actors.end(), [&](const participant& p) { return p.actor_id == a; }))
      return false;
  // A date window excludes undated events: nothing says they fall inside it.
  if (f.from || f.to) {
    if (!e.when.dated()) return false;
    const date end = e.when.end.is_special() ? e.when.start : e.when.end;
    if (f.from && end < *f.from) return false;
    if (f.to && e.when.start > *f.to) return false;
  }
  if (!place.empty() && !contains_folded(e.location, place)) return false;
  if (f.min_sources > 1) {
    std::set<std::string_view> docs;
    for (const auto& m : e.mentions) docs.insert(m.doc_id);
    if (static_cast<int>(docs.size()) < f.min_sources) return false;
  }
  return true;
}
}  // namespace

bool matches(const knowledge_base&, const event& e, const event_filter& f) {
  return matches_with_folded_place(e, f, utf8::fold(f.place));
}

std::vector<std::size_t> select_events(const knowledge_base& kb, const event_filter& f) {
  const std::string place = utf8::fold(f.place);
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < kb.events.size(); ++i)
    if (matches_with_folded_place(kb.events[i], f, place)) out.push_back(i);
  return out;
}

}  // namespace eventgraph
