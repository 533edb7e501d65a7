#include "extractors/event_coalescer.h"

#include <algorithm>
#include <unordered_map>

#include "core/document.h"

namespace eventgraph {

bool compatible_dates(const time_value& a, const time_value& b) {
  if (!a.stated() || !b.stated()) return true;
  return !(a.end < b.start || b.end < a.start);
}

bool places_compatible(const event& a, const event& b) {
  if (a.location.empty() || b.location.empty() || a.location == b.location) return true;
  // "in Russia" and "in Russia's Kursk region" on the same days: the state
  // holds the place. (Not across a year or an undated report: "Crimea in
  // 2014" and "Ukraine in 2014" are two seizures.)
  const auto last = [](const time_value& t) { return t.end.is_special() ? t.start : t.end; };
  // A day, or the two or three days of a report still going on when written.
  const auto day = [&](const time_value& t) { return t.stated() && (last(t) - t.start).days() <= 2; };
  if (!a.location_country.empty() && a.location_country == b.location_country &&
      (a.location_is_state || b.location_is_state) && day(a.when) && day(b.when) &&
      a.when.start <= last(b.when) && b.when.start <= last(a.when))
    return true;
  return a.location.rfind("border", 0) == 0 && b.location.rfind("border", 0) == 0;
}

bool compatible_kinds(const event& a, const event& b) {
  // Two divisions of S-400 systems sent to Belarus are not the troops and
  // armour sent there: a deployment or aid naming equipment is another one.
  if (a.type == event_type::troop_deployment || a.type == event_type::military_aid) {
    const auto x = a.attributes.find("equipment"), y = b.attributes.find("equipment");
    const bool ax = x != a.attributes.end(), by = y != b.attributes.end();
    // "Sent weapons" may be the same aid as "sent Javelin missiles"; troops
    // and armour are not the S-400 batteries sent with them.
    if ((ax && by && x->second != y->second) || (a.type == event_type::troop_deployment && ax != by)) return false;
  }
  if (a.type != event_type::attack || a.cameo == b.cameo) return true;
  // Territory is seized by fighting: occupation (192) and fighting (193) may
  // be one happening; shelling and air strikes are their own.
  const auto ground = [](const std::string& c) { return c == "192" || c == "193"; };
  return a.cameo == "190" || b.cameo == "190" || (ground(a.cameo) && ground(b.cameo));
}

bool shares_actor(const event& a, const event& b) {
  for (const auto& x : a.actors)
    for (const auto& y : b.actors)
      if (x.actor_id == y.actor_id) return true;
  return false;
}

bool roles_reversed(const event& a, const event& b) {
  const auto plays = [](const event& e, const std::string& id, participant_role r) {
    return std::any_of(e.actors.begin(), e.actors.end(),
                       [&](const participant& p) { return p.actor_id == id && p.role == r; });
  };
  for (const auto& p : a.actors) {
    if (p.role == participant_role::source && plays(b, p.actor_id, participant_role::target)) return true;
    if (p.role == participant_role::target && plays(b, p.actor_id, participant_role::source)) return true;
  }
  return false;
}

bool people_define(event_type t) {
  return t == event_type::meeting || t == event_type::call || t == event_type::visit ||
         t == event_type::sanctions_threat || t == event_type::demand || t == event_type::rejection ||
         t == event_type::statement;
}

bool standing_position_apart(event_type t, bool a_dated, bool a_has_person, bool b_dated, bool b_has_person) {
  if (!people_define(t) || t == event_type::meeting || t == event_type::call || t == event_type::visit) return false;
  return (a_dated && a_has_person && !b_dated && !b_has_person) || (b_dated && b_has_person && !a_dated && !a_has_person);
}

bool persons_compatible(const event& a, const event& b, const std::map<std::string, actor>& actors) {
  auto is_person = [&](const participant& p) {
    auto it = actors.find(p.actor_id);
    return it != actors.end() && it->second.kind == actor_kind::person;
  };
  auto has = [](const event& e, const std::string& id) {
    return std::any_of(e.actors.begin(), e.actors.end(), [&](const participant& p) { return p.actor_id == id; });
  };
  // The persons of one report must all be in the other: Niinisto–Putin and
  // Niinisto–Biden are two calls.
  auto within = [&](const event& x, const event& y) {
    bool any = false;
    for (const auto& p : x.actors)
      if (is_person(p)) {
        any = true;
        if (!has(y, p.actor_id)) return false;
      }
    return any;
  };
  if (!people_define(a.type)) return true;
  bool a_has = std::any_of(a.actors.begin(), a.actors.end(), is_person);
  bool b_has = std::any_of(b.actors.begin(), b.actors.end(), is_person);
  if (standing_position_apart(a.type, a.when.stated(), a_has, b.when.stated(), b_has)) return false;
  if (!a_has || !b_has) return true;
  return within(a, b) || within(b, a);
}

namespace {
int modality_class(modality m) {
  switch (m) {
    case modality::asserted: return 0;
    case modality::planned:
    case modality::conditional:
    case modality::hypothetical: return 1;
    case modality::threatened: return 2;
    case modality::denied: return 3;
    case modality::claimed: return 4;
  }
  return 5;
}
}  // namespace

bool compatible_modalities(modality a, modality b) {
  if (modality_class(a) == modality_class(b)) return true;
  return (a == modality::asserted && b == modality::planned) || (a == modality::planned && b == modality::asserted);
}

bool same_report_modality(modality a, modality b) { return a == b; }

void absorb(event& a, event b, std::string why) {
  for (auto& p : b.actors)
    if (std::none_of(a.actors.begin(), a.actors.end(), [&](const participant& q) { return q.actor_id == p.actor_id; }))
      a.actors.push_back(std::move(p));
  for (auto& m : b.mentions) a.mentions.push_back(std::move(m));
  if ((!a.when.stated() && b.when.stated()) || (!a.when.dated() && b.when.dated())) a.when = b.when;
  else if (a.when.stated() && b.when.stated() && a.when.grain != granularity::day && b.when.grain == granularity::day)
    a.when = b.when;
  if (!a.when.dated() && !a.when.resolvable() && b.when.resolvable()) a.when = b.when;
  // The finer place wins: "Kursk" over "Russia" when Kursk lies in Russia.
  if (a.location.empty() || (a.location_is_state && !b.location.empty() && !b.location_is_state &&
                             b.location_country == a.location_country)) {
    a.location = std::move(b.location);
    a.location_country = std::move(b.location_country);
    a.location_is_state = b.location_is_state;
  }
  for (auto& [k, v] : b.attributes) a.attributes.emplace(k, std::move(v));
  a.confidence = std::max(a.confidence, b.confidence);
  if (a.type == event_type::attack && a.cameo == "190" && !b.cameo.empty()) a.cameo = b.cameo;  // the finer kind
  if (!why.empty()) a.merged_on.push_back(std::move(why));
}

namespace {
// The trigger's words in lower case without a plural s: "talks" and "talk" are one noun.
std::string trigger_noun(const document& doc, const mention& m) {
  std::string w(doc.text().substr(m.where.begin, m.where.end - m.where.begin));
  for (auto& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (w.size() > 3 && w.back() == 's') w.pop_back();
  return w;
}
}  // namespace

namespace {
// "its 2014 invasion of Crimea, which Moscow then annexed": "then" takes the
// time just told.
bool told_as_then(const document& doc, const mention& m) {
  const auto at = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.where.begin,
                                   [](const token& t, std::size_t b) { return t.where.begin < b; });
  const auto k = static_cast<std::uint32_t>(at - doc.tokens.begin());
  const std::uint32_t first = doc.sentences[m.sentence].first_token;
  for (std::uint32_t j = k; j > first && j + 3 > k; --j)
    if (doc.lower_of(doc.tokens[j - 1]) == "then") return true;
  return false;
}

// "the first round", "the previous meeting": one of a series, so its own day
// tells which one.
bool ordinal_before(const document& doc, const mention& m) {
  const auto at = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.where.begin,
                                   [](const token& t, std::size_t b) { return t.where.begin < b; });
  const auto k = static_cast<std::uint32_t>(at - doc.tokens.begin());
  if (k <= doc.sentences[m.sentence].first_token) return false;
  const auto w = doc.lower_of(doc.tokens[k - 1]);
  return w == "first" || w == "second" || w == "third" || w == "last" || w == "previous" || w == "earlier";
}

// "more punitive actions", "further sanctions", "additional troops": a
// happening added to one told before, not that one again.
bool added_to_another(const document& doc, const mention& m) {
  const auto at = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.where.begin,
                                   [](const token& t, std::size_t b) { return t.where.begin < b; });
  const auto k = static_cast<std::uint32_t>(at - doc.tokens.begin());
  const std::uint32_t first = doc.sentences[m.sentence].first_token;
  // ("troops have been sent, and thousands more were moving in": the
  // subject of the trigger's verb is "more".)
  if (const auto ci = doc.clause_of_token(k); ci != no_index) {
    const auto& c = doc.clauses[static_cast<std::size_t>(ci)];
    if (c.verb == k && c.subject != no_index &&
        doc.lower_of(doc.tokens[doc.chunks[static_cast<std::size_t>(c.subject)].head]) == "more")
      return true;
  }
  for (std::uint32_t j = k; j > first && j + 2 >= k; --j) {
    const auto w = doc.lower_of(doc.tokens[j - 1]);
    if (w == "more" || w == "further" || w == "additional") return true;
    if (doc.class_of(j - 1) != word_class::adjective) return false;  // only an adjective may stand between
  }
  return false;
}

// "Moscow continues to support separatists battling Kyiv's troops" is not
// its 2014 invasion of Crimea: an undated report in a dated document tells of
// the present, and a happening ended a year before is history. Without a
// publication date, news itself says what is history: it names the year of a
// past happening ("its 2014 invasion") only when that year is over.
bool historical_in(const document& doc, const event& a, const event& b) {
  if (a.when.stated() == b.when.stated()) return false;
  const event& dated = a.when.stated() ? a : b;
  const event& undated = a.when.stated() ? b : a;
  if (told_as_then(doc, undated.mentions.front())) return false;
  if (doc.published.is_special()) return dated.when.grain == granularity::year;
  return dated.when.end < doc.published - boost::gregorian::days(365);
}

bool one_day(const time_value& t) {
  using u = relative_time::unit;
  if (t.dated()) return t.grain == granularity::day;
  return t.relative.what == u::weekday || t.relative.what == u::day || t.relative.what == u::month_day;
}

bool shares_document(const event& a, const event& b) {
  for (const auto& m : a.mentions)
    for (const auto& n : b.mentions)
      if (m.doc_id == n.doc_id) return true;
  return false;
}
}  // namespace

void date_visits_by_meetings(std::vector<event>& events, const std::map<std::string, actor>& actors) {
  const auto person_in_both = [&](const event& a, const event& b) {
    for (const auto& p : a.actors) {
      const auto it = actors.find(p.actor_id);
      if (it == actors.end() || it->second.kind != actor_kind::person) continue;
      for (const auto& q : b.actors)
        if (q.actor_id == p.actor_id) return true;
    }
    return false;
  };
  std::unordered_map<std::string, std::vector<std::size_t>> meetings_at;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto& m = events[i];
    if (m.type == event_type::meeting && m.mod == modality::asserted && !m.location.empty() && one_day(m.when))
      meetings_at[m.location].push_back(i);
  }
  for (auto& v : events) {
    if (v.type != event_type::visit || v.mod != modality::asserted || v.location.empty() || v.when.stated() ||
        v.when.resolvable())
      continue;
    const auto at = meetings_at.find(v.location);
    if (at == meetings_at.end()) continue;
    for (const auto i : at->second) {
      const auto& m = events[i];
      if (!person_in_both(v, m) || !shares_document(v, m)) continue;
      v.when = m.when;
      if (v.when.dated()) v.when.how = time_resolution::anchored;
      break;
    }
  }
}

void event_coalescer::operator()(document& doc) const {
  std::vector<event> out;
  out.reserve(doc.events.size());
  for (auto& e : doc.events) {
    bool one_of_series = false;  // joins only a happening told on its day
    // "the drills", "their meeting": the latest happening of that type
    // reported before, if its people agree; its modality stays.
    if (e.mentions.size() == 1 && e.mentions.front().anaphoric) {
      // A happening that took place is the likelier referent than one only planned.
      const auto head = trigger_noun(doc, e.mentions.front());
      // "the conversation was very useful" after talks in Riyadh: a
      // conversation named again is the meeting's as well as a call's.
      const bool encounter = head == "conversation" && (e.type == event_type::call || e.type == event_type::meeting);
      const auto same_kind = [&](const event& o) {
        return o.type == e.type || (encounter && (o.type == event_type::call || o.type == event_type::meeting));
      };
      const auto fits = [&](const event& o, bool asserted_only) {
        return same_kind(o) && persons_compatible(o, e, doc.actors) && !roles_reversed(o, e) &&
               (!asserted_only || o.mod == modality::asserted);
      };
      // The same noun first ("a maritime exercise" ... "the exercise"), then a
      // happening that took place, then any.
      auto antecedent = std::find_if(out.rbegin(), out.rend(), [&](const event& o) {
        return fits(o, false) && std::any_of(o.mentions.begin(), o.mentions.end(),
                                             [&](const mention& m) { return trigger_noun(doc, m) == head; });
      });
      if (antecedent == out.rend())
        antecedent = std::find_if(out.rbegin(), out.rend(), [&](const event& o) { return fits(o, true); });
      if (antecedent == out.rend())
        antecedent = std::find_if(out.rbegin(), out.rend(), [&](const event& o) { return fits(o, false); });
      // "the first round, held in Gomel on February 28" after talks dated
      // March 29: the same parties' earlier happening of that kind, not the
      // one last told. (Without the ordinal, a definite happening's day is
      // more often its report's: "the trip was confirmed on Sunday".)
      if (antecedent != out.rend() && ordinal_before(doc, e.mentions.front()) && e.when.grain == granularity::day &&
          e.when.stated() &&
          antecedent->when.stated() && !compatible_dates(antecedent->when, e.when)) {
        e.actors = antecedent->actors;
        e.mentions.front().anaphoric = false;
        antecedent = out.rend();
        one_of_series = true;
      }
      if (antecedent != out.rend()) {
        e.mentions.front().mod = antecedent->mod;
        e.actors.clear();  // found by proximity; the antecedent's are the ones
        e.location.clear();
        // "the drills were larger than last year": a coarse time compares;
        // a day or a few days date the happening ("the exercise will run
        // from May 23 to May 24").
        const bool days = e.when.grain == granularity::day ||
                          (e.when.grain == granularity::interval && e.when.dated() &&
                           (e.when.end - e.when.start).days() <= 14);
        if (!days) e.when = {};
        std::string why = "same document: refers back to the latest " + std::string(to_string(e.type));
        absorb(*antecedent, std::move(e), std::move(why));
        continue;
      }
      if (e.actors.empty()) continue;  // refers back to nothing found
    }
    // ("would impose new sanctions on Myanmar's generals, with more punitive
    // actions forthcoming": the same parties' next measures.)
    if (added_to_another(doc, e.mentions.front())) {
      const auto before = std::find_if(out.rbegin(), out.rend(), [&](const event& o) {
        return o.type == e.type && o.mentions.front().sentence <= e.mentions.front().sentence;
      });
      if (before != out.rend() && (e.actors.empty() || shares_actor(*before, e)))
        for (const auto& p : before->actors)
          if (std::none_of(e.actors.begin(), e.actors.end(),
                           [&](const participant& q) { return q.actor_id == p.actor_id; }))
            e.actors.push_back(p);
      if (!e.actors.empty()) out.push_back(std::move(e));
      continue;
    }
    bool merged = false;
    for (auto& o : out) {
      if (o.type != e.type) continue;
      // (One trigger read twice, as "met for the first time since March 7"
      // is read, tells two happenings.)
      const auto& at = e.mentions.front().where;
      if (std::any_of(o.mentions.begin(), o.mentions.end(), [&](const mention& m) { return m.where == at; })) continue;
      if (one_of_series && !o.when.stated()) continue;
      if (!same_report_modality(o.mod, e.mod) || !compatible_dates(o.when, e.when) ||
          !shares_actor(o, e) || !persons_compatible(o, e, doc.actors) || historical_in(doc, o, e) ||
          roles_reversed(o, e))
        continue;
      // A trip to Berlin and one to Kyiv are two visits; Crimea in 2014 and
      // eastern Ukraine in 2014 two seizures.
      if (!places_compatible(o, e) || !compatible_kinds(o, e)) continue;
      absorb(o, std::move(e), "same document: type, modality, shared actor, compatible date");
      merged = true;
      break;
    }
    if (!merged) out.push_back(std::move(e));
  }
  date_visits_by_meetings(out, doc.actors);
  doc.events = std::move(out);
}

}  // namespace eventgraph
