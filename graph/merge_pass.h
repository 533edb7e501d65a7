// One merge pass over the reports of one event type: blocking by type, key
// and week, the compatibility of two reports (dates, modality, places,
// people, history) and absorbing one into the other. Internal to the graph
// library: merge_documents (event_merger.cpp) runs one pass per type.
#pragma once

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

namespace eventgraph::merge_detail {
inline std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// Person actors known only by a surname ("Ryabkov") become the one full-name
// person with that surname, when there is exactly one.
inline std::map<std::string, std::string> surname_remap(const std::map<std::string, actor>& actors) {
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

inline int persons_in(const event& e, const std::unordered_set<std::string_view>& persons) {
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
inline constexpr std::int64_t kAnyWeek = std::numeric_limits<std::int64_t>::min();
inline constexpr std::int64_t kLongWeek = kAnyWeek + 1;
inline constexpr std::int64_t kMaxWeeks = 8;
// The most recent entries of a bucket that a report compares with: a bound on
// the work per report however many reports share an actor and a week.
inline constexpr std::size_t kScanLimit = 64;

inline std::int64_t week_of(date d) { return static_cast<std::int64_t>(d.day_number()) / 7; }

// The (type, actor key, dated or not) part of a bucket; the week part
// indexes the events under it.
inline std::uint64_t block_of(event_type t, std::uint32_t key, bool dated) {
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
  id_list targets;  // the parties named as target
  date published{boost::gregorian::not_a_date_time};
  // The first and last publication day of the dated documents among its
  // reports: what an undated happening is known by.
  date first_published{boost::gregorian::not_a_date_time};
  date last_published{boost::gregorian::not_a_date_time};
  // The latest first year in office of the people it names: an undated
  // report of Witkoff the envoy (2025-) is not of a happening of 2020.
  int people_since = 0;
};

inline bool includes_all(const id_list& big, const id_list& small) {
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

inline int shared_ids(const id_list& a, const id_list& b) {
  int n = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}

// persons_compatible, on profiles.
inline bool people_agree(event_type t, const event& x, const profile& a, const event& y, const profile& b) {
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

inline void merge_into(id_list& into, const id_list& more) {
  id_list out;
  std::set_union(into.begin(), into.end(), more.begin(), more.end(), std::back_inserter(out));
  into = std::move(out);
}

struct merge_pass {
  merge_pass(const std::map<std::string, actor>& a, const std::unordered_map<std::string, date>& p,
             const std::unordered_map<std::string, int>& s)
      : actors(a), published_by_doc(p), people_since_by_doc(s) {
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
  // Of each document with no date, the latest first year in office of the
  // people it names: it was written no earlier (see before_its_people).
  const std::unordered_map<std::string, int>& people_since_by_doc;
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

  std::vector<event> take_merged();

  // Per key id: whether it is a person, and the id of the person's state.
  struct key_info {
    bool person = false;
    std::int64_t state = -1;
    int first_office = 0;  // a person's first year in any office the lexicon knows; 0 unknown
  };
  std::vector<key_info> infos;

  std::uint32_t id_of(const std::string& key);

  summary summary_of(const event& e);

  static bool may_match(const summary& o, const summary& e, const event& oe, const event& ee);
  static bool next_day_apart(const summary& o, const summary& e);
  static int weekday_fit(const event& a, const event& b);
  static bool one_day_each_from_two_documents(const event& o, const event& e);

  profile profile_of(const event& e);

  date published(const std::string& doc) const;

  boost::container::small_vector<std::int64_t, kMaxWeeks + 1> weeks_filed(const event& e, date published) const;

  // The weeks a report looks in, among dated and among undated happenings
  // (besides the long and the undated-document ones); all when `all`.
  struct search {
    std::int64_t dated_from, dated_to, undated_from, undated_to;
    bool all = false;
  };
  search weeks_searched(const event& e) const;

  static bool plan_meets_report(const event& a, const event& b, int shared);

  modality merged_modality(const event& e) const;

  static bool historical_gap(const event& o, const profile& op, const event& e, const profile& ep);
  static bool targets_apart(const profile& a, const profile& b);
  static bool same_days(const event& a, const event& b);
  // Undated, from articles with no date: nothing places it in time.
  static bool unplaced(const event& e, const profile& p);
  // An undated side names someone who took office years after the dated side's happening.
  static bool before_its_people(const event& o, const profile& op, const event& e, const profile& ep);
  static bool publication_apart(const event& o, const profile& op, const event& e, const profile& ep);

  void file(std::size_t idx, date published);

  void take(const std::vector<std::uint32_t>& v, std::vector<std::uint32_t>& out);

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

  void build_index();

  void add(event& e, bool consume);

};

}  // namespace eventgraph::merge_detail
