#include "graph/merge_pass.h"

namespace eventgraph::merge_detail {

// Ready for the next event type, keeping the actor keys already numbered
// (a single-threaded merge runs the types one after another in one pass).
std::vector<event> merge_pass::take_merged() {
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

std::uint32_t merge_pass::id_of(const std::string& key) {
  if (const auto it = ids.find(key); it != ids.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(names.size());
  ids.emplace(key, id);
  names.push_back(key);
  infos.emplace_back();
  if (const auto a = actors.find(key); a != actors.end() && a->second.kind == actor_kind::person) {
    infos[id].person = true;
    for (const auto& f : a->second.affiliations)
      if (f.from_year > 0 && (infos[id].first_office == 0 || f.from_year < infos[id].first_office))
        infos[id].first_office = f.from_year;
    if (!a->second.country.empty()) infos[id].state = id_of(a->second.country);
  }
  return id;
}

summary merge_pass::summary_of(const event& e) {
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
bool merge_pass::may_match(const summary& o, const summary& e, const event& oe, const event& ee) {
  if (o.type != e.type) return false;
  // (A day apart may still be one happening: see next_day_apart.)
  if (o.start >= 0 && e.start >= 0 && (o.end + 1 < e.start || e.end + 1 < o.start)) return false;
  if (o.place != 0 && e.place != 0 && o.place != e.place && !places_compatible(oe, ee)) return false;
  return compatible_modalities(o.mod, e.mod);
}

profile merge_pass::profile_of(const event& e) {
  profile p;
  // actor_keys, without building strings: each actor, and a person's state.
  for (const auto& a : e.actors) {
    const auto id = id_of(a.actor_id);
    p.keys.push_back(id);
    if (!infos[id].person) {
      p.parties.push_back(id);
      if (a.role == participant_role::target) p.targets.push_back(id);
      continue;
    }
    p.persons.push_back(id);
    if (a.role == participant_role::target && infos[id].state >= 0)
      p.targets.push_back(static_cast<std::uint32_t>(infos[id].state));
    p.people_since = std::max(p.people_since, infos[id].first_office);
    if (infos[id].state >= 0) p.keys.push_back(static_cast<std::uint32_t>(infos[id].state));
    p.parties.push_back(infos[id].state >= 0 ? static_cast<std::uint32_t>(infos[id].state) : id);
  }
  std::sort(p.parties.begin(), p.parties.end());
  p.parties.erase(std::unique(p.parties.begin(), p.parties.end()), p.parties.end());
  std::sort(p.targets.begin(), p.targets.end());
  p.targets.erase(std::unique(p.targets.begin(), p.targets.end()), p.targets.end());
  std::sort(p.keys.begin(), p.keys.end());
  p.keys.erase(std::unique(p.keys.begin(), p.keys.end()), p.keys.end());
  std::sort(p.persons.begin(), p.persons.end());
  p.persons.erase(std::unique(p.persons.begin(), p.persons.end()), p.persons.end());
  if (!e.mentions.empty()) {
    const auto& doc = e.mentions.front().doc_id;
    p.published = published(doc);
    if (const auto it = people_since_by_doc.find(doc); it != people_since_by_doc.end())
      p.people_since = std::max(p.people_since, it->second);
  }
  p.first_published = p.last_published = p.published;
  return p;
}

date merge_pass::published(const std::string& doc) const {
  const auto it = published_by_doc.find(doc);
  return it == published_by_doc.end() ? date(boost::gregorian::not_a_date_time) : it->second;
}

// The weeks an event is filed under, after it took in a report published
// on `published`: its own when dated, else that report's week (the weeks
// of its earlier reports are filed already; a report's mentions are all
// from its one document).
// (At most kMaxWeeks + 1 weeks: no allocation.)
boost::container::small_vector<std::int64_t, kMaxWeeks + 1> merge_pass::weeks_filed(const event& e, date published) const {
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

merge_pass::search merge_pass::weeks_searched(const event& e) const {
  if (e.when.stated()) {
    const auto a = week_of(e.when.start), b = std::min(week_of(e.when.end), a + kMaxWeeks);
    // A dated happening overlapping it is filed in its weeks; an undated
    // report of it was published around or after it.
    // (From the day before to the day after: see next_day_apart.)
    const date last = e.when.end.is_special() ? e.when.start : e.when.end;
    return {week_of(e.when.start - boost::gregorian::days(1)),
            std::min(week_of(last + boost::gregorian::days(1)), a + kMaxWeeks), a - 1, b + 2};
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
// again") is a happening still to come, not one already reported. A plan
// and a possibility ("are likely to meet") are both still to come.
bool merge_pass::plan_meets_report(const event& a, const event& b, int shared) {
  if (a.mod == b.mod || (a.mod != modality::planned && b.mod != modality::planned)) return true;
  if (a.mod != modality::asserted && b.mod != modality::asserted) return true;
  const event& plan = a.mod == modality::planned ? a : b;
  const event& report = a.mod == modality::planned ? b : a;
  if (!plan.when.stated()) return false;
  if (report.when.stated()) return compatible_dates(a.when, b.when);
  return shared >= 2;
}

// Asserted only when an asserted report was written on or after the day
// the happening began: a report of drills due next month, however phrased,
// does not make them held.
modality merge_pass::merged_modality(const event& e) const {
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

// Two undated reports of one happening were published close together: an
// undated report from an article of 2021 is not the one of 2020 that an
// article with no date at all joined before.
bool merge_pass::publication_apart(const event& o, const profile& op, const event& e, const profile& ep) {
  if (o.when.stated() || e.when.stated() || ep.published.is_special() || op.first_published.is_special())
    return false;
  const auto close = boost::gregorian::days(14);
  return ep.published < op.first_published - close || ep.published > op.last_published + close;
}

// A report with no date does not join a happening years before it was
// written ("separatists battling Kyiv's troops" is not their 2014 seizure):
// news dates what is history.
bool merge_pass::historical_gap(const event& o, const profile& op, const event& e, const profile& ep) {
  const auto old_for = [](const event& dated, const event& undated, const profile& up) {
    if (!dated.when.stated() || undated.when.stated()) return false;
    // (The undated side's latest dated article: its first report may come
    // from an article with no date at all.)
    const date p = up.last_published.is_special() ? up.published : up.last_published;
    return !p.is_special() && dated.when.end < p - boost::gregorian::days(365);
  };
  return old_for(o, e, ep) || old_for(e, o, op);
}

// A threat against Iraq is not one against Rwanda for sharing the United
// States: two reports that each name a target, neither of which the other
// names at all, are of two happenings.
bool merge_pass::targets_apart(const profile& a, const profile& b) {
  if (a.targets.empty() || b.targets.empty()) return false;
  return shared_ids(a.targets, b.parties) == 0 && shared_ids(b.targets, a.parties) == 0;
}

// "Sunday" in Tehran is Saturday evening in Washington: two reports that
// date one strike a day apart are one happening when they agree on both
// sides (two shared parties), each gives a single day, and they come from
// two documents. Reports of one document that far apart are two days of it.
bool merge_pass::next_day_apart(const summary& o, const summary& e) {
  return o.start >= 0 && e.start >= 0 && (o.end + 1 == e.start || e.end + 1 == o.start);
}

bool merge_pass::one_day_each_from_two_documents(const event& o, const event& e) {
  const auto single = [](const event& x) { return x.when.stated() && x.when.grain == granularity::day; };
  if (!single(o) || !single(e) || e.mentions.empty()) return false;
  const auto& doc = e.mentions.front().doc_id;
  return std::none_of(o.mentions.begin(), o.mentions.end(), [&](const mention& m) { return m.doc_id == doc; });
}

// How an unresolved weekday of one report fits the single day of the
// other: 1 when it names that day, 0 when nothing compares, -1 when it names
// another (a day's slack either way: "early Sunday" there is Saturday here).
int merge_pass::weekday_fit(const event& a, const event& b) {
  const auto fit = [](const event& day, const event& named) {
    if (!day.when.stated() || day.when.grain != granularity::day || named.when.stated() ||
        named.when.relative.what != relative_time::unit::weekday || named.when.relative.weekday < 0)
      return 0;
    const int d = day.when.start.day_of_week().as_number();
    const int n = named.when.relative.weekday;
    if (d == n) return 1;
    return (d + 1) % 7 == n || (n + 1) % 7 == d ? 0 : -1;
  };
  const int x = fit(a, b), y = fit(b, a);
  return x < 0 || y < 0 ? -1 : std::max(x, y);
}

// Both dated, one of them by its text, on overlapping days ("met in Accra
// on Sunday" and a summit reported the next day).
bool merge_pass::same_days(const event& a, const event& b) {
  if (!a.when.dated() || !b.when.dated() || (!a.when.stated() && !b.when.stated())) return false;
  const auto last = [](const time_value& t) { return t.end.is_special() ? t.start : t.end; };
  return !(last(a.when) < b.when.start || last(b.when) < a.when.start);
}

// (A year of grace: people are in the news before they take office.)
bool merge_pass::before_its_people(const event& o, const profile& op, const event& e, const profile& ep) {
  const auto early = [](const event& dated, const event& undated, const profile& up) {
    return dated.when.stated() && !undated.when.stated() && up.people_since > 0 &&
           static_cast<int>(dated.when.end.year()) < up.people_since - 1;
  };
  return early(o, e, ep) || early(e, o, op);
}

bool merge_pass::unplaced(const event& e, const profile& p) {
  return !e.when.stated() && p.published.is_special() && p.last_published.is_special();
}

void merge_pass::file(std::size_t idx, date published) {
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

void merge_pass::take(const std::vector<std::uint32_t>& v, std::vector<std::uint32_t>& out) {
  for (std::size_t i = v.size(), n = 0; i > 0 && n < kScanLimit; --i, ++n) {
    const auto idx = v[i - 1];
    if (seen[idx] == report) continue;
    seen[idx] = report;
    out.push_back(idx);
  }
}

void merge_pass::build_index() {
  for (const auto& f : unindexed) blocks[f.block].at(f.week).push_back(f.idx);
  unindexed.clear();
  unindexed.shrink_to_fit();
  indexed = true;
}

// `consume`: e may be moved from (the last pass over the documents).
void merge_pass::add(event& e, bool consume) {
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
  bool tied = false;  // another candidate scored as well as the best
  for (const auto idx : candidates) {
    if (!may_match(summaries[idx], brief, merged[idx], e)) continue;
    const event& o = merged[idx];
    const profile& op = profiles[idx];
    const int shared = shared_ids(mine.keys, op.keys);
    if (shared == 0) continue;
    // Two reports that nothing places in time (no date, from articles with
    // none) are one happening on two shared parties, not on one: "a U.S.
    // strike" in one undated article is not any U.S. strike in another.
    if (shared < 2 && unplaced(e, mine) && unplaced(o, op)) continue;
    // A meeting or call is defined by its two parties: NATO–Russia talks are
    // not U.S.–Russia talks for sharing Russia (a person counts as his or
    // her state here, so Blinken and the U.S. are one party).
    const int parties = shared_ids(mine.parties, op.parties);
    const bool next_day = next_day_apart(summaries[idx], brief);
    if (next_day && (parties < 2 || !one_day_each_from_two_documents(o, e))) continue;
    if ((e.type == event_type::meeting || e.type == event_type::call) && mine.parties.size() >= 2 &&
        op.parties.size() >= 2 && parties < 2)
      continue;
    // A meeting known by one party only ("the official confirmed the
    // meeting") is that party's meeting with anyone: it joins another report
    // on the day or the place both give, not on the party alone.
    if ((e.type == event_type::meeting || e.type == event_type::call) && parties < 2 && !same_days(o, e) &&
        (o.location.empty() || o.location != e.location))
      continue;
    // (Sanctions name their target reliably; an attack's roles are often
    // the text's other names, and joining absorbs them.)
    if ((e.type == event_type::sanctions_threat || e.type == event_type::sanctions_imposed) && targets_apart(mine, op))
      continue;
    if (!plan_meets_report(o, e, parties) || !compatible_kinds(o, e) ||
        !people_agree(e.type, o, op, e, mine) || historical_gap(o, op, e, mine) || before_its_people(o, op, e, mine) ||
        publication_apart(o, op, e, mine))
      continue;
    // "Early on Wednesday, Iran launched missiles" in an undated article is
    // of a Wednesday: not of Friday's strike, whatever it shares with it.
    const int weekday = weekday_fit(o, e);
    if (weekday < 0) continue;
    int score = weekday * 8 + shared * 16 + (o.when.stated() && e.when.stated() && !next_day ? 4 : 0) +
                (!o.location.empty() && o.location == e.location ? 2 : 0) + (o.mod == e.mod ? 1 : 0);
    if (o.when.stated() && !e.when.stated() && !mine.published.is_special()) {
      const auto lag = (mine.published - o.when.start).days();
      score += lag >= 0 && lag <= 3 ? 6 : (lag >= -14 && lag <= 14 ? 3 : 0);
    }
    // ("eight Navy warships" and "seven warships": what is counted agrees.)
    {
      const auto u = o.attributes.find("unit");
      const auto v = e.attributes.find("unit");
      if (u != o.attributes.end() && v != e.attributes.end() && u->second == v->second) score += 2;
    }
    if (score > best_score) {
      best_score = score;
      best = idx;
      tied = false;
    } else if (score == best_score) {
      tied = true;
    }
  }
  // A report that nothing places in time, which fits two happenings as
  // well, tells which of them it is of no more than it tells when: it stays
  // its own ("a U.S. military buildup in the Caribbean" in an undated
  // article is not whichever U.S. deployment came first).
  if (best < merged.size() && tied && unplaced(e, mine)) best = merged.size();
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
    profiles[best].people_since = std::max(profiles[best].people_since, mine.people_since);
    if (!includes_all(profiles[best].parties, mine.parties)) merge_into(profiles[best].parties, mine.parties);
    if (!includes_all(profiles[best].targets, mine.targets)) merge_into(profiles[best].targets, mine.targets);
    if (!mine.published.is_special()) {
      auto& p = profiles[best];
      if (p.first_published.is_special() || mine.published < p.first_published) p.first_published = mine.published;
      if (p.last_published.is_special() || mine.published > p.last_published) p.last_published = mine.published;
    }
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

}  // namespace eventgraph::merge_detail
