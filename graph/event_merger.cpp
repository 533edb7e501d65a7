#include "graph/event_merger.h"

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
  std::vector<std::pair<const std::string*, std::string>> surname_only;  // id, surname
  std::vector<std::pair<const std::string*, const actor*>> full;  // id, person
  for (const auto& [id, a] : actors) {
    if (a.kind != actor_kind::person) continue;
    if (given_name_key(a.name).empty()) surname_only.emplace_back(&id, surname_key(a.name));
    else full.emplace_back(&id, &a);
  }
  std::map<std::string, std::string> remap;
  if (surname_only.empty()) return remap;  // the usual case: no surname to look up
  std::map<std::string, std::vector<std::string>> full_by_surname;
  for (const auto& [id, a] : full) full_by_surname[surname_key(a->name)].push_back(*id);
  for (const auto& [id, surname] : surname_only) {
    auto it = full_by_surname.find(surname);
    if (it != full_by_surname.end() && it->second.size() == 1) remap[*id] = it->second.front();
  }
  return remap;
}

int persons_in(const event& e, const std::unordered_set<std::string_view>& persons) {
  int n = 0;
  for (const auto& p : e.actors) n += persons.count(p.actor_id) > 0;
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
constexpr std::size_t kScanLimit = 64;

std::int64_t week_of(date d) { return static_cast<std::int64_t>(d.day_number()) / 7; }

// The (type, actor key, dated or not) part of a bucket; the week part
// indexes the events under it.
std::uint64_t block_of(event_type t, std::uint32_t key, bool dated) {
  return (static_cast<std::uint64_t>(dated) << 40) | (static_cast<std::uint64_t>(t) << 32) | key;
}

// The cheap part of a merged event, kept contiguous so that the many
// candidates of a report are filtered without touching the events: type,
// modality, days (-1 when undated) and place.
struct summary {
  event_type type;
  modality mod;
  std::int64_t start = -1, end = -1;
  std::uint32_t place = 0;  // 0: no place
};

// What the comparison of two events needs, as small integers: actor keys and
// persons (sorted ids), and the publication date of the first report.
// (A report has a handful of each: kept inline, the three lists of every
// report cost no allocation.)
using id_list = boost::container::small_vector<std::uint32_t, 6>;
struct profile {
  id_list keys;
  id_list persons;
  id_list parties;  // each actor, a person as his or her state
  date published{boost::gregorian::not_a_date_time};
};

bool includes_all(const id_list& big, const id_list& small) {
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

int shared_ids(const id_list& a, const id_list& b) {
  int n = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}

// persons_compatible, on profiles.
bool people_agree(event_type t, const event& x, const profile& a, const event& y, const profile& b) {
  if (!people_define(t)) return true;
  // Within one document, as the coalescer decided (across documents the
  // roles one report gives are too loose to keep two apart).
  if (!x.mentions.empty() && !y.mentions.empty() && x.mentions.front().doc_id == y.mentions.front().doc_id &&
      roles_reversed(x, y))
    return false;
  if (standing_position_apart(t, x.when.stated(), !a.persons.empty(), y.when.stated(), !b.persons.empty())) return false;
  if (a.persons.empty() || b.persons.empty()) return true;
  return includes_all(a.persons, b.persons) || includes_all(b.persons, a.persons);
}

void merge_into(id_list& into, const id_list& more) {
  id_list out;
  std::set_union(into.begin(), into.end(), more.begin(), more.end(), std::back_inserter(out));
  into = std::move(out);
}

struct merge_pass {
  merge_pass(const std::map<std::string, actor>& a, const std::unordered_map<std::string, date>& p)
      : actors(a), published_by_doc(p) {
    // Room for the actor keys of a document or two without rehashing.
    ids.reserve(64);
    names.reserve(64);
    infos.reserve(64);
  }
  const std::map<std::string, actor>& actors;
  // Publication (or learned) date of each document, to decide whether a
  // report could have seen a happening that it asserts; shared by the passes
  // of all types.
  const std::unordered_map<std::string, date>& published_by_doc;
  std::vector<event> merged;
  std::vector<profile> profiles;                  // of each merged event
  std::vector<summary> summaries;                 // of each merged event
  std::unordered_map<std::string, std::uint32_t> places;  // place name -> 1, 2, ...
  // the (block, week) buckets each merged event is in, sorted
  // (inline room for a dated report's two keys in a week or two)
  std::vector<boost::container::small_vector<std::pair<std::uint64_t, std::int64_t>, 4>> filed;
  // block -> week -> merged events: one hash lookup per actor key of a
  // report, then a walk over the weeks in range.
  struct week_index {
    std::vector<std::int64_t> weeks;                  // sorted
    std::vector<std::vector<std::uint32_t>> members;  // of each week
    std::vector<std::uint32_t>& at(std::int64_t w) {
      const auto it = std::lower_bound(weeks.begin(), weeks.end(), w);
      const auto i = static_cast<std::size_t>(it - weeks.begin());
      if (it == weeks.end() || *it != w) {
        weeks.insert(it, w);
        members.emplace(members.begin() + static_cast<std::ptrdiff_t>(i));
      }
      return members[i];
    }
  };
  std::unordered_map<std::uint64_t, week_index> blocks;
  // Until a pass holds more merged events than a report may scan in one
  // bucket, every bucket is scanned whole, so candidates are found by
  // looking at each event's own buckets: a document's dozen reports need no
  // index. The index is built, in filing order, when the pass outgrows that.
  struct filing {
    std::uint64_t block;
    std::int64_t week;
    std::uint32_t idx;
  };
  std::vector<filing> unindexed;
  bool indexed = false;
  std::unordered_map<std::string, std::uint32_t> ids;  // actor key -> small integer
  std::vector<std::string> names;                      // small integer -> actor key
  std::vector<std::uint32_t> seen;  // per merged event: the report that last looked at it
  std::uint32_t report = 0;
  std::vector<std::uint32_t> scratch_;  // the candidates of the current report

  // Ready for the next event type, keeping the actor keys already numbered
  // (a single-threaded merge runs the types one after another in one pass).
  std::vector<event> take_merged() {
    std::vector<event> out = std::move(merged);
    merged.clear();
    profiles.clear();
    summaries.clear();
    filed.clear();
    seen.clear();
    blocks.clear();
    unindexed.clear();
    indexed = false;
    return out;
  }

  // Per key id: whether it is a person, and the id of the person's state.
  struct key_info {
    bool person = false;
    std::int64_t state = -1;
  };
  std::vector<key_info> infos;

  std::uint32_t id_of(const std::string& key) {
    if (const auto it = ids.find(key); it != ids.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(names.size());
    ids.emplace(key, id);
    names.push_back(key);
    infos.emplace_back();
    if (const auto a = actors.find(key); a != actors.end() && a->second.kind == actor_kind::person) {
      infos[id].person = true;
      if (!a->second.country.empty()) infos[id].state = id_of(a->second.country);
    }
    return id;
  }

  summary summary_of(const event& e) {
    summary x{e.type, e.mod};
    if (e.when.stated()) {
      x.start = static_cast<std::int64_t>(e.when.start.day_number());
      x.end = static_cast<std::int64_t>(e.when.end.day_number());
    }
    if (!e.location.empty()) {
      const auto it = places.find(e.location);
      x.place = it != places.end() ? it->second
                                   : places.emplace(e.location, static_cast<std::uint32_t>(places.size() + 1)).first->second;
    }
    return x;
  }

  // Type, dates, modality class and place, on summaries (see compatible_dates,
  // compatible_modalities and places_compatible for the rules).
  static bool may_match(const summary& o, const summary& e, const event& oe, const event& ee) {
    if (o.type != e.type) return false;
    if (o.start >= 0 && e.start >= 0 && (o.end < e.start || e.end < o.start)) return false;
    if (o.place != 0 && e.place != 0 && o.place != e.place && !places_compatible(oe, ee)) return false;
    return compatible_modalities(o.mod, e.mod);
  }

  profile profile_of(const event& e) {
    profile p;
    // actor_keys, without building strings: each actor, and a person's state.
    for (const auto& a : e.actors) {
      const auto id = id_of(a.actor_id);
      p.keys.push_back(id);
      if (!infos[id].person) {
        p.parties.push_back(id);
        continue;
      }
      p.persons.push_back(id);
      if (infos[id].state >= 0) p.keys.push_back(static_cast<std::uint32_t>(infos[id].state));
      p.parties.push_back(infos[id].state >= 0 ? static_cast<std::uint32_t>(infos[id].state) : id);
    }
    std::sort(p.parties.begin(), p.parties.end());
    p.parties.erase(std::unique(p.parties.begin(), p.parties.end()), p.parties.end());
    std::sort(p.keys.begin(), p.keys.end());
    p.keys.erase(std::unique(p.keys.begin(), p.keys.end()), p.keys.end());
    std::sort(p.persons.begin(), p.persons.end());
    p.persons.erase(std::unique(p.persons.begin(), p.persons.end()), p.persons.end());
    if (!e.mentions.empty()) p.published = published(e.mentions.front().doc_id);
    return p;
  }

  date published(const std::string& doc) const {
    const auto it = published_by_doc.find(doc);
    return it == published_by_doc.end() ? date(boost::gregorian::not_a_date_time) : it->second;
  }

  // The weeks an event is filed under, after it took in a report published
  // on `published`: its own when dated, else that report's week (the weeks
  // of its earlier reports are filed already; a report's mentions are all
  // from its one document).
  // (At most kMaxWeeks + 1 weeks: no allocation.)
  boost::container::small_vector<std::int64_t, kMaxWeeks + 1> weeks_filed(const event& e, date published) const {
    boost::container::small_vector<std::int64_t, kMaxWeeks + 1> w;
    if (e.when.stated()) {
      const auto a = week_of(e.when.start), b = week_of(e.when.end);
      if (b - a > kMaxWeeks) return {kLongWeek};
      for (auto k = a; k <= b; ++k) w.push_back(k);
      return w;
    }
    w.push_back(published.is_special() ? kAnyWeek : week_of(published));
    return w;
  }

  // The weeks a report looks in, among dated and among undated happenings
  // (besides the long and the undated-document ones); all when `all`.
  struct search {
    std::int64_t dated_from, dated_to, undated_from, undated_to;
    bool all = false;
  };
  search weeks_searched(const event& e) const {
    if (e.when.stated()) {
      const auto a = week_of(e.when.start), b = std::min(week_of(e.when.end), a + kMaxWeeks);
      // A dated happening overlapping it is filed in its weeks; an undated
      // report of it was published around or after it.
      return {a, b, a - 1, b + 2};
    }
    const date p = e.mentions.empty() ? date(boost::gregorian::not_a_date_time) : published(e.mentions.front().doc_id);
    if (p.is_special()) return {0, 0, 0, 0, true};
    // Reported after it happened, or before it, when it was announced; two
    // undated reports of one happening were published close together.
    const auto w = week_of(p);
    return {w - 5, w + 5, w - 1, w + 1};
  }

  // A planned report and an asserted one are one happening (announced, then
  // held) when their dates agree, or when the plan is dated and an undated
  // report shares two parties with it ("troops moving in for the exercises"
  // and "drills that start Feb. 10"). An undated plan ("they will meet
  // again") is a happening still to come, not one already reported.
  static bool plan_meets_report(const event& a, const event& b, int shared) {
    if (a.mod == b.mod || (a.mod != modality::planned && b.mod != modality::planned)) return true;
    const event& plan = a.mod == modality::planned ? a : b;
    const event& report = a.mod == modality::planned ? b : a;
    if (!plan.when.stated()) return false;
    if (report.when.stated()) return compatible_dates(a.when, b.when);
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
      if (!e.when.stated()) return modality::asserted;
      const date p = published(m.doc_id);
      if (p.is_special() || p >= e.when.start) return modality::asserted;
    }
    return any_asserted || e.mod == modality::planned ? modality::planned : e.mod;
  }

  // A report with no date does not join a happening years before it was
  // written ("separatists battling Kyiv's troops" is not their 2014 seizure):
  // news dates what is history.
  static bool historical_gap(const event& o, const profile& op, const event& e, const profile& ep) {
    const auto old_for = [](const event& dated, const event& undated, const profile& up) {
      if (!dated.when.stated() || undated.when.stated()) return false;
      return !up.published.is_special() && dated.when.end < up.published - boost::gregorian::days(365);
    };
    return old_for(o, e, ep) || old_for(e, o, op);
  }

  void file(std::size_t idx, date published) {
    const auto weeks = weeks_filed(merged[idx], published);
    auto& mine = filed[idx];
    const bool dated = merged[idx].when.stated();
    for (const auto k : profiles[idx].keys) {
      const auto block = block_of(merged[idx].type, k, dated);
      for (const auto w : weeks) {
        const std::pair<std::uint64_t, std::int64_t> b{block, w};
        const auto at = std::lower_bound(mine.begin(), mine.end(), b);
        if (at != mine.end() && *at == b) continue;
        mine.insert(at, b);
        if (indexed) blocks[block].at(w).push_back(static_cast<std::uint32_t>(idx));
        else unindexed.push_back({block, w, static_cast<std::uint32_t>(idx)});
      }
    }
  }

  void take(const std::vector<std::uint32_t>& v, std::vector<std::uint32_t>& out) {
    for (std::size_t i = v.size(), n = 0; i > 0 && n < kScanLimit; --i, ++n) {
      const auto idx = v[i - 1];
      if (seen[idx] == report) continue;
      seen[idx] = report;
      out.push_back(idx);
    }
  }

  // Candidates filed under this block in the weeks [from, to], the long and
  // the undated ones; every week when all is set.
  void candidates_in(std::uint64_t block, std::int64_t from, std::int64_t to, bool all,
                     std::vector<std::uint32_t>& out) {
    const auto it = blocks.find(block);
    if (it == blocks.end()) return;
    const auto& index = it->second;
    if (all) {
      for (const auto& v : index.members) take(v, out);
      return;
    }
    // kAnyWeek and kLongWeek are the two smallest weeks: first in the index.
    for (std::size_t i = 0; i < index.weeks.size() && index.weeks[i] <= kLongWeek; ++i) take(index.members[i], out);
    const auto first = std::lower_bound(index.weeks.begin(), index.weeks.end(), from);
    for (auto i = static_cast<std::size_t>(first - index.weeks.begin()); i < index.weeks.size() && index.weeks[i] <= to; ++i)
      take(index.members[i], out);
  }

  // What candidates_in finds over all the report's keys while no bucket can
  // hold more than kScanLimit events: each event filed under one of the
  // report's blocks in a week it searches. In index order, as sorted.
  void candidates_unindexed(const event& e, const id_list& keys, const search& range,
                            std::vector<std::uint32_t>& out) const {
    for (std::size_t idx = 0; idx < merged.size(); ++idx) {
      for (const auto& [block, w] : filed[idx]) {
        const bool dated = (block >> 40) != 0;
        if (block != block_of(e.type, static_cast<std::uint32_t>(block), dated) ||
            !std::binary_search(keys.begin(), keys.end(), static_cast<std::uint32_t>(block)))
          continue;
        const bool in_range = range.all || w <= kLongWeek ||
                              (dated ? w >= range.dated_from && w <= range.dated_to
                                     : w >= range.undated_from && w <= range.undated_to);
        if (in_range) {
          out.push_back(static_cast<std::uint32_t>(idx));
          break;
        }
      }
    }
  }

  void build_index() {
    for (const auto& f : unindexed) blocks[f.block].at(f.week).push_back(f.idx);
    unindexed.clear();
    unindexed.shrink_to_fit();
    indexed = true;
  }

  // `consume`: e may be moved from (the last pass over the documents).
  void add(event& e, bool consume) {
    ++report;
    profile mine = profile_of(e);  // moved into profiles when e starts a new event
    const summary brief = summary_of(e);
    auto& candidates = scratch_;
    candidates.clear();
    const auto range = weeks_searched(e);
    if (!indexed && merged.size() > kScanLimit) build_index();
    if (indexed) {
      for (const auto k : mine.keys) {
        candidates_in(block_of(e.type, k, true), range.dated_from, range.dated_to, range.all, candidates);
        candidates_in(block_of(e.type, k, false), range.undated_from, range.undated_to, range.all, candidates);
      }
      std::sort(candidates.begin(), candidates.end());  // the same choice whatever the bucket order
    } else {
      candidates_unindexed(e, mine.keys, range, candidates);
    }
    // The best compatible candidate, not the first: most keys in common,
    // then the same day, a day close to an undated report's publication,
    // the same place, the same modality.
    std::size_t best = merged.size();
    int best_score = -1;
    for (const auto idx : candidates) {
      if (!may_match(summaries[idx], brief, merged[idx], e)) continue;
      const event& o = merged[idx];
      const profile& op = profiles[idx];
      const int shared = shared_ids(mine.keys, op.keys);
      if (shared == 0) continue;
      // A meeting or call is defined by its two parties: NATO–Russia talks are
      // not U.S.–Russia talks for sharing Russia (a person counts as his or
      // her state here, so Blinken and the U.S. are one party).
      const int parties = shared_ids(mine.parties, op.parties);
      if ((e.type == event_type::meeting || e.type == event_type::call) && mine.parties.size() >= 2 &&
          op.parties.size() >= 2 && parties < 2)
        continue;
      if (!plan_meets_report(o, e, parties) || !compatible_kinds(o, e) ||
          !people_agree(e.type, o, op, e, mine) || historical_gap(o, op, e, mine))
        continue;
      int score = shared * 16 + (o.when.stated() && e.when.stated() ? 4 : 0) +
                  (!o.location.empty() && o.location == e.location ? 2 : 0) + (o.mod == e.mod ? 1 : 0);
      if (o.when.stated() && !e.when.stated() && !mine.published.is_special()) {
        const auto lag = (mine.published - o.when.start).days();
        score += lag >= 0 && lag <= 3 ? 6 : (lag >= -14 && lag <= 14 ? 3 : 0);
      }
      if (score > best_score) { best_score = score; best = idx; }
    }
    if (best < merged.size()) {
      event& o = merged[best];
      std::string why = "type=" + std::string(to_string(e.type));
      // Named in a fixed order: key numbers depend on what the pass saw first.
      // (A report has a handful of keys: no allocation for them.)
      boost::container::small_vector<const std::string*, 8> shared_keys;
      for (const auto k : mine.keys)
        if (std::binary_search(profiles[best].keys.begin(), profiles[best].keys.end(), k))
          shared_keys.push_back(&names[k]);
      std::sort(shared_keys.begin(), shared_keys.end(),
                [](const std::string* a, const std::string* b) { return *a < *b; });
      for (const auto* k : shared_keys) why += " actor=" + *k;
      if (o.when.stated() && e.when.stated()) why += " date=" + iso(o.when.start);
      if (!o.location.empty() && o.location == e.location) why += " place=" + o.location;
      why += " <- " + (e.mentions.empty() ? std::string() : e.mentions.front().doc_id);
      const bool to_settle = o.mod != e.mod;
      if (consume) absorb(o, std::move(e), std::move(why));
      else absorb(o, e, std::move(why));
      if (to_settle) o.mod = merged_modality(o);
      summaries[best] = summary_of(o);
      if (!includes_all(profiles[best].keys, mine.keys)) merge_into(profiles[best].keys, mine.keys);
      if (!includes_all(profiles[best].persons, mine.persons)) merge_into(profiles[best].persons, mine.persons);
      if (!includes_all(profiles[best].parties, mine.parties)) merge_into(profiles[best].parties, mine.parties);
      file(best, mine.published);
      return;
    }
    if (consume) merged.push_back(std::move(e));
    else merged.push_back(e);
    const date published = mine.published;
    profiles.push_back(std::move(mine));
    summaries.push_back(brief);
    filed.emplace_back();
    seen.push_back(0);
    file(merged.size() - 1, published);
  }

};

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
                             const std::map<std::string, date>& reference, unsigned threads) {
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
      merge_pass pass{actors, published_by_doc};
      merge_type(t, pass);
    });
  } else {
    merge_pass pass{actors, published_by_doc};
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
  auto merged = merge_all(docs, undated.empty(), kb.actors, reference, options.threads);
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
    merged = merge_all(docs, true, kb.actors, reference, options.threads);
  }
  date_visits_by_meetings(merged, kb.actors);
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
