#include "graph/event_merger.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <set>
#include <unordered_map>

#include "extractors/actor_lexicon.h"
#include "extractors/event_coalescer.h"

namespace eventgraph {
namespace {

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Person actors known only by a surname ("Ryabkov") become the one full-name
// person with that surname, when there is exactly one.
std::map<std::string, std::string> surname_remap(const std::map<std::string, actor>& actors) {
  std::map<std::string, std::vector<std::string>> full_by_surname;
  for (const auto& [id, a] : actors)
    if (a.kind == actor_kind::person && !given_name_key(a.name).empty()) full_by_surname[surname_key(a.name)].push_back(id);
  std::map<std::string, std::string> remap;
  for (const auto& [id, a] : actors) {
    if (a.kind != actor_kind::person || !given_name_key(a.name).empty()) continue;
    auto it = full_by_surname.find(surname_key(a.name));
    if (it != full_by_surname.end() && it->second.size() == 1) remap[id] = it->second.front();
  }
  return remap;
}

// The keys an event is found under: its actors, and the state of each
// person, so that "U.S.–Russian talks" and "Blinken met Lavrov" can meet.
std::vector<std::string> actor_keys(const event& e, const std::map<std::string, actor>& actors) {
  std::vector<std::string> keys;
  for (const auto& p : e.actors) {
    keys.push_back(p.actor_id);
    const auto it = actors.find(p.actor_id);
    if (it != actors.end() && it->second.kind == actor_kind::person && !it->second.country.empty())
      keys.push_back(it->second.country);
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

int shared_keys(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  int n = 0;
  for (const auto& x : a) n += std::binary_search(b.begin(), b.end(), x);
  return n;
}

int persons_in(const event& e, const std::map<std::string, actor>& actors) {
  int n = 0;
  for (const auto& p : e.actors) {
    const auto it = actors.find(p.actor_id);
    n += it != actors.end() && it->second.kind == actor_kind::person;
  }
  return n;
}

// Blocking. A merged event is filed under (type, actor key, week) for each
// of its actor keys and each week it covers; a report looks only in the
// weeks around its own date, so the cost grows with the number of reports,
// not with its square. An undated report is filed under the week its
// document was published (reports follow what they report by days, rarely
// by more than a month); one from an undated document, under every week
// (kAnyWeek). Events spanning more than eight weeks go under kLongWeek,
// which every report also looks at. An undated report looks five weeks back
// and five ahead of its publication (plans are reported before they happen).
constexpr std::int64_t kAnyWeek = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kLongWeek = kAnyWeek + 1;
constexpr std::int64_t kMaxWeeks = 8;
// The most recent entries of a bucket that a report compares with: a bound on
// the work per report however many reports share an actor and a week.
constexpr std::size_t kScanLimit = 256;

std::int64_t week_of(date d) { return static_cast<std::int64_t>(d.day_number()) / 7; }

std::uint64_t bucket_of(event_type t, std::string_view key, std::int64_t week) {
  std::uint64_t h = fnv1a(key, 1469598103934665603ull ^ static_cast<std::uint64_t>(t));
  for (int i = 0; i < 8; ++i) {
    h ^= static_cast<std::uint64_t>(week >> (8 * i)) & 0xffu;
    h *= 1099511628211ull;
  }
  return h;
}

struct merge_pass {
  const std::map<std::string, actor>& actors;
  // Publication (or learned) date of each document, to decide whether a
  // report could have seen a happening that it asserts.
  const std::map<std::string, date>& reference;
  std::vector<event> merged;
  std::vector<std::vector<std::string>> keys;      // actor_keys of each merged event
  std::vector<std::vector<std::uint64_t>> filed;   // the buckets each merged event is in, sorted
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> buckets;
  std::vector<std::uint32_t> seen;  // per merged event: the report that last looked at it
  std::uint32_t report = 0;

  date published(const std::string& doc) const {
    const auto it = reference.find(doc);
    return it == reference.end() ? date(boost::gregorian::not_a_date_time) : it->second;
  }

  // The weeks an event is filed under.
  std::vector<std::int64_t> weeks_filed(const event& e) const {
    std::vector<std::int64_t> w;
    if (e.when.dated()) {
      const auto a = week_of(e.when.start), b = week_of(e.when.end);
      if (b - a > kMaxWeeks) return {kLongWeek};
      for (auto k = a; k <= b; ++k) w.push_back(k);
      return w;
    }
    for (const auto& m : e.mentions) {
      const date p = published(m.doc_id);
      w.push_back(p.is_special() ? kAnyWeek : week_of(p));
    }
    std::sort(w.begin(), w.end());
    w.erase(std::unique(w.begin(), w.end()), w.end());
    return w;
  }

  // The weeks a report looks in; empty means every week.
  std::vector<std::int64_t> weeks_searched(const event& e) const {
    std::vector<std::int64_t> w{kLongWeek, kAnyWeek};
    if (e.when.dated()) {
      const auto a = week_of(e.when.start), b = std::min(week_of(e.when.end), a + kMaxWeeks);
      for (auto k = a - 1; k <= b + 2; ++k) w.push_back(k);  // undated reports of it come after it
      return w;
    }
    const date p = e.mentions.empty() ? date(boost::gregorian::not_a_date_time) : published(e.mentions.front().doc_id);
    if (p.is_special()) return {};
    // Reported after it happened, or before it, when it was announced.
    for (auto k = week_of(p) - 5; k <= week_of(p) + 5; ++k) w.push_back(k);
    return w;
  }

  // A planned report and an asserted one are one happening (announced, then
  // held) when their dates agree, or when the plan is dated and an undated
  // report shares two actors with it ("troops moving in for the exercises"
  // and "drills that start Feb. 10"). An undated plan ("they will meet
  // again") is a happening still to come, not one already reported.
  static bool plan_meets_report(const event& a, const event& b, int shared) {
    if (a.mod == b.mod || (a.mod != modality::planned && b.mod != modality::planned)) return true;
    const event& plan = a.mod == modality::planned ? a : b;
    const event& report = a.mod == modality::planned ? b : a;
    if (!plan.when.dated()) return false;
    if (report.when.dated()) return compatible_dates(a.when, b.when);
    return shared >= 2;
  }

  // Asserted only when an asserted report was written on or after the day
  // the happening began: a report of drills due next month, however phrased,
  // does not make them held.
  modality merged_modality(const event& e) const {
    if (e.mod != modality::asserted && e.mod != modality::planned) return e.mod;
    bool any_asserted = false;
    for (const auto& m : e.mentions) {
      if (m.mod != modality::asserted) continue;
      any_asserted = true;
      if (!e.when.dated()) return modality::asserted;
      const date p = published(m.doc_id);
      if (p.is_special() || p >= e.when.start) return modality::asserted;
    }
    return any_asserted || e.mod == modality::planned ? modality::planned : e.mod;
  }

  // A report with no date does not join a happening years before it was
  // written ("separatists battling Kyiv's troops" is not their 2014 seizure):
  // news dates what is history.
  bool historical_gap(const event& o, const event& e) const {
    const auto old_for = [&](const event& dated, const event& undated) {
      if (!dated.when.dated() || undated.when.dated() || undated.mentions.empty()) return false;
      const date p = published(undated.mentions.front().doc_id);
      return !p.is_special() && dated.when.end < p - boost::gregorian::days(365);
    };
    return old_for(o, e) || old_for(e, o);
  }

  void file(std::size_t idx) {
    keys[idx] = actor_keys(merged[idx], actors);
    const auto weeks = weeks_filed(merged[idx]);
    auto& mine = filed[idx];
    for (const auto& k : keys[idx])
      for (const auto w : weeks) {
        const auto b = bucket_of(merged[idx].type, k, w);
        const auto at = std::lower_bound(mine.begin(), mine.end(), b);
        if (at != mine.end() && *at == b) continue;
        mine.insert(at, b);
        buckets[b].push_back(static_cast<std::uint32_t>(idx));
      }
  }

  void candidates_in(std::uint64_t b, std::vector<std::uint32_t>& out) {
    const auto it = buckets.find(b);
    if (it == buckets.end()) return;
    const auto& v = it->second;
    for (std::size_t i = v.size(), n = 0; i > 0 && n < kScanLimit; --i, ++n) {
      const auto idx = v[i - 1];
      if (seen[idx] == report) continue;
      seen[idx] = report;
      out.push_back(idx);
    }
  }

  void add(event e) {
    ++report;
    const auto mine = actor_keys(e, actors);
    std::vector<std::uint32_t> candidates;
    const auto weeks = weeks_searched(e);
    for (const auto& k : mine) {
      if (weeks.empty()) {
        // An undated report of an undated document: any week of this actor.
        candidates_in(bucket_of(e.type, k, kAnyWeek), candidates);
        for (const auto& w : all_weeks_) candidates_in(bucket_of(e.type, k, w), candidates);
      } else {
        for (const auto w : weeks) candidates_in(bucket_of(e.type, k, w), candidates);
      }
    }
    std::sort(candidates.begin(), candidates.end());  // the same choice whatever the bucket order
    // The best compatible candidate, not the first: most keys in common,
    // then the same day, the same place, the same modality.
    std::size_t best = merged.size();
    int best_score = -1;
    for (const auto idx : candidates) {
      const event& o = merged[idx];
      const int shared = shared_keys(mine, keys[idx]);
      // A meeting or call is defined by its two parties: NATO–Russia talks are
      // not U.S.–Russia talks for sharing Russia.
      if ((e.type == event_type::meeting || e.type == event_type::call) && mine.size() >= 2 && keys[idx].size() >= 2 &&
          shared < 2)
        continue;
      if (!compatible_modalities(o.mod, e.mod) || !plan_meets_report(o, e, shared) || historical_gap(o, e) ||
          !compatible_dates(o.when, e.when) || !places_compatible(o, e) || !compatible_kinds(o, e) ||
          !persons_compatible(o, e, actors))
        continue;
      const int score = shared * 8 + (o.when.dated() && e.when.dated() ? 4 : 0) +
                        (!o.location.empty() && o.location == e.location ? 2 : 0) + (o.mod == e.mod ? 1 : 0);
      if (score > best_score) { best_score = score; best = idx; }
    }
    if (best < merged.size()) {
      event& o = merged[best];
      std::string why = "type=" + std::string(to_string(e.type));
      for (const auto& k : mine)
        if (std::binary_search(keys[best].begin(), keys[best].end(), k)) why += " actor=" + k;
      if (o.when.dated() && e.when.dated()) why += " date=" + iso(o.when.start);
      if (!o.location.empty() && o.location == e.location) why += " place=" + o.location;
      why += " <- " + (e.mentions.empty() ? std::string() : e.mentions.front().doc_id);
      const bool to_settle = o.mod != e.mod;
      absorb(o, e, why);
      if (to_settle) o.mod = merged_modality(o);
      file(best);
      note_weeks(best);
      return;
    }
    merged.push_back(std::move(e));
    keys.emplace_back();
    filed.emplace_back();
    seen.push_back(0);
    file(merged.size() - 1);
    note_weeks(merged.size() - 1);
  }

  // Every week some event is filed under, for the rare report that must look in all.
  void note_weeks(std::size_t idx) {
    for (const auto w : weeks_filed(merged[idx]))
      if (w != kAnyWeek) all_weeks_.insert(w);
  }
  std::set<std::int64_t> all_weeks_;
};

// Specific reports first (dated, naming people, placed), so that a vague one
// ("the talks") joins the happening it fits best instead of gluing two together.
bool more_specific(const event& a, const event& b, const std::map<std::string, actor>& actors) {
  const auto rank = [&](const event& e) {
    return std::make_tuple(e.when.dated() && e.when.grain == granularity::day, persons_in(e, actors),
                           !e.location.empty(), e.when.dated());
  };
  return rank(a) > rank(b);
}

date published_of(const std::map<std::string, date>& reference, const std::string& doc) {
  const auto it = reference.find(doc);
  return it == reference.end() ? date(boost::gregorian::not_a_date_time) : it->second;
}

std::vector<event> merge_all(const std::vector<document>& docs, const std::map<std::string, actor>& actors,
                             const std::map<std::string, date>& reference) {
  std::vector<const event*> order;
  for (const auto& d : docs)
    for (const auto& e : d.events) order.push_back(&e);
  // docs are sorted by id and events keep their document order: stable.
  std::stable_sort(order.begin(), order.end(),
                   [&](const event* a, const event* b) { return more_specific(*a, *b, actors); });
  merge_pass pass{actors, reference, {}, {}, {}, {}, {}, 0, {}};
  for (const auto* e : order) pass.add(*e);
  return std::move(pass.merged);
}

// Ids, mention order and event order: what makes the result independent of input order.
knowledge_base finish(knowledge_base kb, std::vector<event> merged, merge_options options);


}  // namespace

std::string event_id(const event& e) {
  std::vector<std::string> actors;
  for (const auto& p : e.actors) actors.push_back(p.actor_id);
  std::sort(actors.begin(), actors.end());
  std::uint64_t h = fnv1a(to_string(e.type));
  h = fnv1a(compatible_modalities(e.mod, modality::asserted) ? "a" : std::string(to_string(e.mod)), h);
  for (const auto& a : actors) h = fnv1a(a + ",", h);
  h = fnv1a(iso(e.when.start), h);
  h = fnv1a(e.location, h);
  std::vector<std::string> where;
  for (const auto& m : e.mentions) where.push_back(m.doc_id + "@" + std::to_string(m.where.begin));
  std::sort(where.begin(), where.end());
  if (!where.empty()) h = fnv1a(where.front(), h);
  char buf[24];
  std::snprintf(buf, sizeof buf, "ev_%016llx", static_cast<unsigned long long>(h));
  return buf;
}

knowledge_base merge_documents(std::vector<document> docs, merge_options options) {
  std::sort(docs.begin(), docs.end(), [](const document& a, const document& b) { return a.id() < b.id(); });
  knowledge_base kb;
  for (const auto& d : docs) {
    kb.documents.push_back({d.id(), d.source(), d.title, d.url, d.published, d.published_from, {}});
    for (const auto& [id, a] : d.actors) {
      auto [it, inserted] = kb.actors.emplace(id, a);
      if (inserted) continue;
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
    for (const auto& d : docs) all.insert(all.end(), d.events.begin(), d.events.end());
    return finish(std::move(kb), std::move(all), options);
  }
  std::map<std::string, date> reference;
  for (const auto& d : docs) reference[d.id()] = d.published;
  auto merged = merge_all(docs, kb.actors, reference);
  std::map<std::string, date> learned;
  // Where each report of an undated document ended up.
  std::map<std::pair<std::string, std::uint32_t>, std::size_t> merged_at;
  for (std::size_t i = 0; i < merged.size(); ++i)
    for (const auto& x : merged[i].mentions)
      if (published_of(reference, x.doc_id).is_special()) merged_at[{x.doc_id, x.where.begin}] = i;
  for (auto& d : docs) {
    if (!d.published.is_special()) continue;
    for (const auto& e : d.events) {
      if (e.when.dated() || e.when.relative.what != relative_time::unit::weekday || e.mentions.empty()) continue;
      const auto at = merged_at.find({d.id(), e.mentions.front().where.begin});
      if (at == merged_at.end()) continue;
      const auto& m = merged[at->second];
      if (!m.when.dated() || m.type != e.type) continue;
      // The weekday named in this document is that day: the document was
      // written on or after it (past tense) or before it (planned).
      const date day = m.when.start;
      auto& ref = learned[d.id()];
      if (ref.is_special() || day > ref) ref = day;
    }
  }
  if (!learned.empty()) {
    for (auto& d : docs) {
      auto it = learned.find(d.id());
      if (it == learned.end()) continue;
      for (auto& e : d.events) {
        if (!e.when.dated() && e.when.resolvable()) e.when = resolve(e.when.relative, it->second, time_resolution::propagated);
        // What the text gives as a present fact on a day after its date is planned.
        if (e.mod == modality::asserted && e.when.dated() && e.when.start > it->second) {
          e.mod = modality::planned;
          for (auto& m : e.mentions) m.mod = modality::planned;
        }
      }
      reference[d.id()] = it->second;
      for (auto& info : kb.documents)
        if (info.id == d.id()) info.learned_reference = it->second;
    }
    merged = merge_all(docs, kb.actors, reference);
  }
  return finish(std::move(kb), std::move(merged), options);
}

namespace {
knowledge_base finish(knowledge_base kb, std::vector<event> merged, merge_options options) {
  for (auto& e : merged) {
    std::sort(e.mentions.begin(), e.mentions.end(), [](const mention& a, const mention& b) {
      return std::tie(a.doc_id, a.where.begin) < std::tie(b.doc_id, b.where.begin);
    });
    e.id = event_id(e);
  }
  std::sort(merged.begin(), merged.end(), [](const event& a, const event& b) {
    const bool ad = a.when.dated(), bd = b.when.dated();
    if (ad != bd) return ad;
    if (ad && a.when.start != b.when.start) return a.when.start < b.when.start;
    return a.id < b.id;
  });
  // Ids stay unique even if two events share all their content.
  std::map<std::string, int> seen;
  for (auto& e : merged)
    if (const int n = seen[e.id]++; n > 0) e.id += "_" + std::to_string(n + 1);
  kb.events = std::move(merged);
  if (options.build_graph) kb.graph = build_graph(kb);
  return kb;
}
}  // namespace

}  // namespace eventgraph
