#include "graph/event_merger.h"
#include "graph/event_parties.h"
#include "graph/merge_pass.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <limits>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <boost/container/small_vector.hpp>

#include "core/parallel_for.h"
#include "extractors/actor_lexicon.h"
#include "extractors/event_coalescer.h"

namespace eventgraph {
namespace {
using namespace merge_detail;

// Specific reports first (dated, naming people, placed), so that a vague one
// ("the talks") joins the happening it fits best instead of gluing two together.
std::tuple<bool, int, bool, bool> specificity(const event& e, const std::unordered_set<std::string_view>& persons) {
  return {e.when.stated() && e.when.grain == granularity::day, persons_in(e, persons), !e.location.empty(),
          e.when.stated()};
}

// Below this many reports a merge runs on the calling thread: starting
// threads would cost more than it saves (extract merges one document at a time).
constexpr std::size_t kParallelFrom = 20000;

unsigned threads_for(std::size_t work, unsigned wanted) { return work < kParallelFrom ? 1u : wanted; }

// `consume`: the documents' events are moved into the result (no pass follows).
std::vector<event> merge_all(std::vector<document>& docs, bool consume, const std::map<std::string, actor>& actors,
                             const std::map<std::string, date>& reference,
                             const std::unordered_map<std::string, int>& people_since, unsigned threads) {
  using ranked = std::pair<std::tuple<bool, int, bool, bool>, event*>;
  std::vector<std::vector<ranked>> by_type(event_type_count);
  std::unordered_set<std::string_view> persons;
  for (const auto& [id, a] : actors)
    if (a.kind == actor_kind::person) persons.insert(id);
  for (auto& d : docs)
    for (auto& e : d.events)
      by_type[static_cast<std::size_t>(e.type)].emplace_back(specificity(e, persons), &e);
  std::unordered_map<std::string, date> published_by_doc;
  published_by_doc.reserve(reference.size());
  for (const auto& [doc, day] : reference) published_by_doc.emplace(doc, day);
  std::size_t reports = 0;
  for (const auto& v : by_type) reports += v.size();
  std::vector<std::vector<event>> merged(event_type_count);
  const auto merge_type = [&](std::size_t t, merge_pass& pass) {
    auto& order = by_type[t];
    if (order.empty()) return;
    // docs are sorted by id and events keep their document order: stable.
    std::stable_sort(order.begin(), order.end(), [](const ranked& a, const ranked& b) { return a.first > b.first; });
    for (const auto& [rank, e] : order) pass.add(*e, consume);
    merged[t] = pass.take_merged();
  };
  unsigned n = threads_for(reports, threads);
  if (n == 0) n = default_thread_count();
  if (n > 1) {
    parallel_for(by_type.size(), n, [&](std::size_t t) {
      merge_pass pass{actors, published_by_doc, people_since};
      merge_type(t, pass);
    });
  } else {
    merge_pass pass{actors, published_by_doc, people_since};
    for (std::size_t t = 0; t < by_type.size(); ++t) merge_type(t, pass);
  }
  std::vector<event> out;
  for (auto& v : merged) std::move(v.begin(), v.end(), std::back_inserter(out));
  return out;
}

// Ids, mention order and event order: what makes the result independent of input order.
knowledge_base finish(knowledge_base kb, std::vector<event> merged, merge_options options);


}  // namespace

namespace {
// Whether "a.doc_id@a.offset" < "b.doc_id@b.offset" as strings, without building them.
bool mention_key_less(const mention& a, const mention& b) {
  char da[16] = "@", db[16] = "@";
  const auto na = static_cast<std::size_t>(std::to_chars(da + 1, da + sizeof da, a.where.begin).ptr - da);
  const auto nb = static_cast<std::size_t>(std::to_chars(db + 1, db + sizeof db, b.where.begin).ptr - db);
  const auto at = [](const std::string& doc, const char* tail, std::size_t i) {
    return i < doc.size() ? doc[i] : tail[i - doc.size()];
  };
  const std::size_t la = a.doc_id.size() + na, lb = b.doc_id.size() + nb;
  for (std::size_t i = 0; i < std::min(la, lb); ++i) {
    const auto x = static_cast<unsigned char>(at(a.doc_id, da, i)), y = static_cast<unsigned char>(at(b.doc_id, db, i));
    if (x != y) return x < y;
  }
  return la < lb;
}
}  // namespace

std::string event_id(const event& e) {
  // FNV-1a runs over its input byte by byte, so the pieces are hashed one
  // after another as the string "type mod a1,a2,... date place doc@offset"
  // they stand for, without building it.
  boost::container::small_vector<const std::string*, 8> actors;
  for (const auto& p : e.actors) actors.push_back(&p.actor_id);
  std::sort(actors.begin(), actors.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
  std::uint64_t h = fnv1a(to_string(e.type));
  h = fnv1a(compatible_modalities(e.mod, modality::asserted) ? std::string_view("a") : to_string(e.mod), h);
  for (const auto* a : actors) h = fnv1a(",", fnv1a(*a, h));
  h = fnv1a(iso(e.when.start), h);
  h = fnv1a(e.location, h);
  // The first report in text order of "doc@offset" (as strings: "d@10" < "d@9").
  const mention* first = nullptr;
  for (const auto& m : e.mentions)
    if (!first || mention_key_less(m, *first)) first = &m;
  if (first) {
    char offset[16] = "@";
    const auto end = std::to_chars(offset + 1, offset + sizeof offset, first->where.begin).ptr;
    h = fnv1a(std::string_view(offset, static_cast<std::size_t>(end - offset)), fnv1a(first->doc_id, h));
  }
  std::string id = "ev_0000000000000000";
  for (std::size_t k = id.size(); h != 0; h >>= 4) id[--k] = "0123456789abcdef"[h & 15];
  return id;
}

knowledge_base merge_documents(std::vector<document> input, merge_options options) {
  // Sorted through an index: documents are large to move.
  std::vector<std::size_t> by_id(input.size());
  for (std::size_t i = 0; i < by_id.size(); ++i) by_id[i] = i;
  std::sort(by_id.begin(), by_id.end(), [&](std::size_t a, std::size_t b) { return input[a].id() < input[b].id(); });
  std::vector<document> docs;
  docs.reserve(input.size());
  for (const auto i : by_id) docs.push_back(std::move(input[i]));
  input = {};
  knowledge_base kb;
  std::unordered_map<std::string, int> people_since;
  for (const auto& d : docs) {
    // A document with no date was written when the people it names were in
    // office, or nearly: "Defense Secretary Pete Hegseth" dates it to 2025 or so.
    if (!d.published.is_special()) continue;
    int since = 0;
    for (const auto& [id, a] : d.actors) {
      if (a.kind != actor_kind::person) continue;
      int first = 0;
      for (const auto& f : a.affiliations)
        if (f.from_year > 0 && (first == 0 || f.from_year < first)) first = f.from_year;
      since = std::max(since, first);
    }
    if (since > 0) people_since.emplace(d.id(), since);
  }
  for (auto& d : docs) {
    kb.documents.push_back({d.id(), d.source(), d.title, d.url, d.published, d.published_from, {}});
    if (kb.actors.empty()) {  // the first document's actors, whole (extract merges one document)
      kb.actors = std::move(d.actors);
      continue;
    }
    for (auto& [id, a] : d.actors) {
      const auto it = kb.actors.lower_bound(id);
      if (it == kb.actors.end() || it->first != id) {  // taken over when new: the documents are ours
        kb.actors.emplace_hint(it, id, std::move(a));
        continue;
      }
      auto& k = it->second;
      for (const auto& al : a.aliases)
        if (std::find(k.aliases.begin(), k.aliases.end(), al) == k.aliases.end()) k.aliases.push_back(al);
      for (const auto& af : a.affiliations)
        if (std::find(k.affiliations.begin(), k.affiliations.end(), af) == k.affiliations.end()) k.affiliations.push_back(af);
      if (k.country.empty()) k.country = a.country;
      if (k.gender == '?') k.gender = a.gender;
      if (a.name.size() > k.name.size() && a.kind == actor_kind::person) {
        k.aliases.push_back(k.name);
        k.name = a.name;
      }
    }
  }
  // One id per real actor across documents.
  const auto remap = surname_remap(kb.actors);
  for (const auto& [from, to] : remap) {
    auto& target = kb.actors.at(to);
    target.aliases.push_back(kb.actors.at(from).name);
    kb.actors.erase(from);
  }
  for (auto& d : docs)
    for (auto& e : d.events) {
      if (remap.empty()) break;
      std::vector<participant> ps;
      for (auto p : e.actors) {
        if (auto it = remap.find(p.actor_id); it != remap.end()) p.actor_id = it->second;
        if (std::none_of(ps.begin(), ps.end(), [&](const participant& q) { return q.actor_id == p.actor_id; }))
          ps.push_back(p);
      }
      e.actors = std::move(ps);
    }

  // Pass 1: merge, and learn a reference date for each undated document
  // from the dated reports its relative expressions merged with.
  if (!options.merge_events) {
    std::vector<event> all;
    for (auto& d : docs) std::move(d.events.begin(), d.events.end(), std::back_inserter(all));
    return finish(std::move(kb), std::move(all), options);
  }
  std::map<std::string, date> reference;
  for (const auto& d : docs) reference[d.id()] = d.published;
  std::unordered_set<std::string> undated;
  for (const auto& d : docs)
    if (d.published.is_special()) undated.insert(d.id());
  // With every document dated nothing is learned: one pass, moving the reports.
  auto merged = merge_all(docs, undated.empty(), kb.actors, reference, people_since, options.threads);
  std::map<std::string, date> learned;
  // Where each report of an undated document ended up.
  std::map<std::pair<std::string, std::uint32_t>, std::size_t> merged_at;
  if (!undated.empty())
    for (std::size_t i = 0; i < merged.size(); ++i)
      for (const auto& x : merged[i].mentions)
        if (undated.count(x.doc_id)) merged_at[{x.doc_id, x.where.begin}] = i;
  for (auto& d : docs) {
    if (!d.published.is_special()) continue;
    for (const auto& e : d.events) {
      if (e.when.stated() || e.when.relative.what != relative_time::unit::weekday || e.mentions.empty()) continue;
      const auto at = merged_at.find({d.id(), e.mentions.front().where.begin});
      if (at == merged_at.end()) continue;
      const auto& m = merged[at->second];
      if (!m.when.stated() || m.type != e.type) continue;
      // The weekday named in this document is that day: the document was
      // written on or after it (past tense) or before it (planned). A day
      // either side is the same night told from another time zone ("early
      // Sunday" in Tehran, "Saturday" in Washington); further off, the
      // anchors disagree and nothing is learned.
      const int named = e.when.relative.weekday;
      date day = m.when.start;
      const int off = (named - day.day_of_week().as_number() + 7) % 7;
      if (off == 1) day += boost::gregorian::days(1);
      else if (off == 6) day -= boost::gregorian::days(1);
      else if (off != 0) continue;
      auto& ref = learned[d.id()];
      if (ref.is_special() || day > ref) ref = day;
    }
  }
  if (!learned.empty()) {
    for (auto& d : docs) {
      auto it = learned.find(d.id());
      if (it == learned.end()) continue;
      for (auto& e : d.events) {
        if (!e.when.stated() && e.when.resolvable()) e.when = resolve(e.when.relative, it->second, time_resolution::propagated);
        // What the text gives as a present fact on a day after its date is planned.
        if (e.mod == modality::asserted && e.when.stated() && e.when.start > it->second) {
          e.mod = modality::planned;
          for (auto& m : e.mentions) m.mod = modality::planned;
        }
      }
      reference[d.id()] = it->second;
      for (auto& info : kb.documents)
        if (info.id == d.id()) info.learned_reference = it->second;
    }
    merged = merge_all(docs, true, kb.actors, reference, people_since, options.threads);
  }
  date_visits_by_meetings(merged, kb.actors);
  if (!options.keep_fragments) {
    const auto fragment = [&](const event& e) { return lacks_counterpart(e, kb.actors) || lacks_visitor(e); };
    const auto kept = std::remove_if(merged.begin(), merged.end(), fragment);
    kb.fragments_withheld = static_cast<std::size_t>(merged.end() - kept);
    merged.erase(kept, merged.end());
  }
  return finish(std::move(kb), std::move(merged), options);
}

namespace {
knowledge_base finish(knowledge_base kb, std::vector<event> merged, merge_options options) {
  parallel_for(merged.size(), threads_for(merged.size(), options.threads), [&](std::size_t i) {
    auto& e = merged[i];
    std::sort(e.mentions.begin(), e.mentions.end(), [](const mention& a, const mention& b) {
      return std::tie(a.doc_id, a.where.begin) < std::tie(b.doc_id, b.where.begin);
    });
    e.id = event_id(e);
  });
  // Sorted through an index: events are large to move.
  std::vector<std::size_t> order(merged.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    const event& a = merged[x];
    const event& b = merged[y];
    const bool ad = a.when.stated(), bd = b.when.stated();
    if (ad != bd) return ad;
    if (ad && a.when.start != b.when.start) return a.when.start < b.when.start;
    return a.id < b.id;
  });
  kb.events.reserve(merged.size());
  for (const auto i : order) kb.events.push_back(std::move(merged[i]));
  // Ids stay unique even if two events share all their content.
  std::unordered_map<std::string, int> seen;
  seen.reserve(kb.events.size());
  for (auto& e : kb.events)
    if (const int n = seen[e.id]++; n > 0) e.id += "_" + std::to_string(n + 1);
  if (options.build_graph) kb.graph = build_graph(kb);
  return kb;
}
}  // namespace

}  // namespace eventgraph
