#include "graph/event_filter.h"

#include <algorithm>
#include <set>

#include "extractors/utf8.h"

namespace eventgraph {

bool matches(const knowledge_base&, const event& e, const event_filter& f) {
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
  if (!f.place.empty() && utf8::fold(e.location).find(utf8::fold(f.place)) == std::string::npos) return false;
  if (f.min_sources > 1) {
    std::set<std::string_view> docs;
    for (const auto& m : e.mentions) docs.insert(m.doc_id);
    if (static_cast<int>(docs.size()) < f.min_sources) return false;
  }
  return true;
}

std::vector<std::size_t> select_events(const knowledge_base& kb, const event_filter& f) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < kb.events.size(); ++i)
    if (matches(kb, kb.events[i], f)) out.push_back(i);
  return out;
}

}  // namespace eventgraph
