// When, where and how much: the time expression that governs a trigger, the
// day a narrative is at, the report window, the place and the attributes;
// and what the clause's tense says of a plan or a pledge.

#include <algorithm>
#include <array>
#include <set>
#include <span>

#include "core/document.h"
#include "extractors/calendar_words.h"
#include "extractors/clause_analyzer.h"
#include "extractors/event_recognition.h"
#include "extractors/modality_classifier.h"
#include "extractors/phrase_index.h"
#include "extractors/word_set.h"

namespace eventgraph {
namespace recognition_detail {

// "Burhan announced that the army is withdrawing", "said troops had
// arrived": what a complement clause tells in the past, the present
// perfect or the progressive is happening, whatever the verb that reports
// it ("announced" makes only its own object planned: "announced a
// withdrawal").
bool recognition::told_as_happening(std::uint32_t t0) const {
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return false;
  const auto& c = doc_.clauses[static_cast<std::size_t>(k)];
  if (c.kind != clause_kind::complement || c.verb != t0 || c.modal != no_token || c.governor != no_token ||
      c.negated)
    return false;
  return c.tense == verb_tense::past || (c.tense == verb_tense::present && c.aspect != verb_aspect::simple);
}

// "Germany will send tanks to Ukraine": a government's word that it will
// give arms is its pledge, and the pledge is the aid event (CAMEO 072
// codes the commitment). "Is expected to announce that it will supply",
// "plans to send" hang the future on another verb and stay planned.
bool recognition::pledged(std::uint32_t t0) const {
  auto k = doc_.clause_of_token(t0);
  if (k == no_index) return false;
  const auto& c = doc_.clauses[static_cast<std::size_t>(k)];
  if (c.modal == no_token || c.negated) return false;
  // "Germany said it would deliver a third Patriot system": the pledge told
  // in the past, "would" for "will" after a verb of saying.
  const bool told_will = doc_.lemma_of(c.modal) == std::string_view("would") && c.kind == clause_kind::complement &&
                         c.parent != no_index &&
                         doc_.clauses[static_cast<std::size_t>(c.parent)].tense == verb_tense::past &&
                         doc_.clauses[static_cast<std::size_t>(c.parent)].verb != no_token &&
                         reporting_lemma(doc_.lemma_of(doc_.clauses[static_cast<std::size_t>(c.parent)].verb));
  if (doc_.lemma_of(c.modal) != std::string_view("will") && !told_will) return false;
  // "Biden will announce a new package": the pledge is still to be made.
  if (c.verb != no_token && (doc_.lemma_of(c.verb) == "announce" || doc_.lemma_of(c.verb) == "unveil")) return false;
  for (; k != no_index; k = doc_.clauses[static_cast<std::size_t>(k)].parent) {
    const auto& x = doc_.clauses[static_cast<std::size_t>(k)];
    if (x.governor != no_token || x.kind == clause_kind::subordinate) return false;
    if (x.modal != no_token && &x != &c) return false;
  }
  return true;
}

// A meeting, call or visit told in the past tense with no date of its own
// happened on the day the narrative is at: the last day named in this or
// the previous sentence ("Blinken repeated that on Friday ... Blinken spoke
// by phone with Kuleba"). The value is marked anchored.
void recognition::add_narrative_time(event& e, std::uint32_t s, std::uint32_t t0) {
  const bool encounter = e.type == event_type::meeting || e.type == event_type::call || e.type == event_type::visit;
  // (Any other happening told in the past takes a day only counted from
  // the one its sentence names: "shot down two jets on Wednesday, a day
  // after Indian aircraft bombed a camp".)
  const bool counted_only = !encounter && !speech_act(e.type);
  // Told in the past: the trigger is a past-tense verb ("met", "spoke",
  // "visited"), or, for a threat, demand or rejection, the clause its
  // speaker says it in is ("Biden laid out what would trigger punishment").
  const bool past_verb = doc_.class_of(t0) == word_class::verb && doc_.verb_form_of(t0) == verb_form::past;
  bool told_in_past = (encounter || counted_only) && past_verb;
  if (!encounter && !counted_only) {
    auto k = doc_.clause_of_token(t0);
    while (k != no_index && doc_.clauses[static_cast<std::size_t>(k)].parent != no_index)
      k = doc_.clauses[static_cast<std::size_t>(k)].parent;
    told_in_past = k != no_index && doc_.clauses[static_cast<std::size_t>(k)].kind == clause_kind::main &&
                   doc_.clauses[static_cast<std::size_t>(k)].tense == verb_tense::past;
  }
  if (!told_in_past) return;
  const std::uint32_t from = s > 0 ? s - 1 : 0;
  const time_mention* last = nullptr;
  for (const auto& t : doc_.time_mentions) {
    if (t.sentence < from || t.sentence > s || (t.sentence == s && t.first_token >= t0)) continue;
    if (t.duration || (t.value.grain != granularity::day && t.value.relative.what != relative_time::unit::weekday))
      continue;
    last = &t;
  }
  if (!last || (counted_only && last->sentence != s)) return;
  // "on Friday, a day after its foreign minister met ...": the day named
  // is the main clause's; this one is that day shifted.
  int shift = 0;
  if (last->sentence == s) {
    std::uint32_t k = t0;
    while (k > last->last_token && t0 - k < 7 && doc_.form_of(k - 1) != "after" && doc_.form_of(k - 1) != "before") --k;
    if (k > last->last_token && t0 - k < 7) {
      const bool after = doc_.form_of(k - 1) == "after";
      const auto unit = k >= 2 ? doc_.form_of(k - 2) : std::string_view{};
      if (unit != "day" && unit != "days") return;  // "after" alone: no day to count from
      const auto count = k >= 3 ? doc_.form_of(k - 3) : std::string_view{};
      static constexpr std::string_view numbers[] = {"zero", "one", "two", "three", "four", "five", "six", "seven"};
      int n = count == "a" ? 1 : 0;
      for (int i = 1; i < 8; ++i)
        if (count == numbers[i] || (count.size() == 1 && count[0] == '0' + i)) n = i;
      if (n == 0) return;
      shift = after ? -n : n;
    }
  }
  if (counted_only && shift == 0) return;
  e.when = last->value;
  if (!e.when.dated()) return;
  // (Not at the ends of the calendar Boost.Date_Time can hold.)
  if (shift != 0 && e.when.start.year() > 1400 && e.when.start.year() < 9999)
    e.when = day_value(e.when.start + boost::gregorian::days(shift), time_resolution::anchored);
  e.when.how = time_resolution::anchored;
}

// An asserted event told in the past tense (or the present perfect or
// progressive) with no day of its own is news of the day: it happened on
// the day of the report or the day before (GUIDELINES 4). Not in a clause
// opened by "after", "since", "before" or "when", which tells what came
// earlier, on a day the text leaves open.
void recognition::add_report_window(event& e, std::uint32_t t0, std::uint32_t t1) const {
  if (doc_.published.is_special() || retaliated_for(t0)) return;
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return;
  const auto& c = doc_.clauses[static_cast<std::size_t>(k)];
  if (c.kind == clause_kind::subordinate) return;
  // "a conflict that has killed 14,000", "the war, which has displaced
  // millions": what has gone on long enough to be summed up is no news of
  // the day.
  if (doc_.class_of(t0) != word_class::verb && t1 + 1 < doc_.tokens.size()) {
    const auto opener = doc_.form_of(t1) == "," ? t1 + 1 : t1;
    if (const auto r = doc_.clause_of_token(opener); r != no_index && r != k) {
      const auto& rel = doc_.clauses[static_cast<std::size_t>(r)];
      if (rel.kind == clause_kind::relative && rel.opener == opener && rel.tense == verb_tense::present &&
          rel.aspect == verb_aspect::perfect)
        return;
    }
  }
  // Not a noun in a phrase of purpose or topic ("troops for exercises",
  // "talk about a summit"): that one has not happened yet.
  const auto ch = doc_.chunk_of_token(t0);
  if (ch != no_index) {
    const auto p = doc_.chunks[static_cast<std::size_t>(ch)].preposition;
    if (p != no_token) {
      const auto w = doc_.form_of(p);
      if (w == "for" || w == "to" || w == "about" || w == "over" || w == "toward" || w == "towards") return;
      // "a symbol of the Kremlin's annexation", "since the start of the
      // invasion": a happening named inside another phrase is background.
      // ("in the final phase of pulling out": a stage of it is under way.)
      // ("a wave of airstrikes", "a barrage of missiles": a measure of it is it.)
      static const word_set stages{"phase", "stage", "process", "midst", "middle", "course", "wave", "waves",
                                   "barrage", "series", "spate", "volley", "salvo", "string", "flurry", "round"};
      const bool stage = w == "of" && p > 0 && stages.has(doc_, p - 1);
      if ((w == "of" && !stage) || w == "since") return;
    }
  }
  // "began on October 8, following Hamas' assault": what came before a
  // clause that names its own day happened before that day, not on the day
  // of the report. ("The White House said after a call between the two":
  // a report's own clause names none, and the call is that day's news.)
  if (const auto seq = sequence_preposition(t1); seq != no_token)
    for (const auto& t : times_in(c.first_token, seq))
      if (!t.duration && t.first_token >= c.first_token && t.last_token <= seq && t.value.dated()) return;
  // "It is Putin's eighth visit to the US", "the summit is the first in
  // years": a visit, meeting or exercise described in the present is under
  // way as the report is written.
  const bool under_way = c.tense == verb_tense::present && c.aspect == verb_aspect::simple && c.verb != no_token &&
                         c.verb < t0 && doc_.lemma_of(c.verb) == "be" && c.modal == no_token && !c.negated &&
                         (e.type == event_type::visit || e.type == event_type::meeting ||
                          e.type == event_type::military_exercise);
  const bool recent = c.tense == verb_tense::past || under_way ||
                      (c.tense == verb_tense::present && (c.aspect != verb_aspect::simple || (c.verb >= t0 && c.verb < t1)));
  if (!recent) return;
  // "On Sunday, the RSF announced that they had seized El Fasher": the
  // report is the announcement, and its day bounds the happening.
  date report_day = doc_.published;
  if (c.kind == clause_kind::complement && c.parent != no_index) {
    const auto& parent = doc_.clauses[static_cast<std::size_t>(c.parent)];
    for (const auto& t : times_in(parent.first_token, c.first_token))
      if (!t.duration && t.first_token >= parent.first_token && t.last_token <= c.first_token && t.value.dated() &&
          t.value.grain == granularity::day && t.value.start <= doc_.published)
        report_day = t.value.start;
  }
  e.when = interval_value(report_day - boost::gregorian::days(1), report_day, granularity::interval,
                          time_resolution::reported);
}

bool recognition::presupposed(std::uint32_t s, std::uint32_t t0) const {
  if (t0 <= doc_.sentences[s].first_token) return false;
  const auto before = doc_.form_of(t0 - 1);
  const auto w = doc_.form_of(t0);
  const bool forces = before == "troops" || before == "forces" || before == "soldiers" || before == "units" ||
                      before == "separatists" || before == "rebels" || before == "militants" || before == "fighters";
  const auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix;
  };
  if (forces && (ends("ed") || ends("ing"))) return true;
  // A year between a possessive or article and the trigger: "its 2014 invasion".
  if (t0 >= doc_.sentences[s].first_token + 2 && doc_.tokens[t0 - 1].kind == token_kind::number && before.size() == 4) {
    const auto det = doc_.form_of(t0 - 2);
    return det == "its" || det == "the" || det == "their" || det == "his" || det == "her";
  }
  return false;
}

// "launched missiles on Saturday in retaliation for an airstrike in Syria":
// what is retaliated for came before, on a day of its own.
bool recognition::retaliated_for(std::uint32_t t0) const {
  const std::uint32_t first = doc_.sentences[doc_.sentence_of_token(t0)].first_token;
  static const word_set causes{"retaliation", "response", "revenge", "reprisal", "reprisals", "retribution"};
  for (std::uint32_t k = t0; k > first + 1 && t0 - k < 5; --k) {
    const auto w = doc_.form_of(k - 1);
    if ((w == "for" || w == "to") && causes.has(doc_, k - 2)) return true;
  }
  return false;
}

// "Hezbollah fired rockets on October 8, following the Hamas assault",
// "after a drone attack": a happening named as what came before or after the
// clause's is a happening of its own, with its own day and its own actors.
// Returns the preposition ("after", "following", "before", "since",
// "until") that governs the trigger's phrase, or no_token.
std::uint32_t recognition::sequence_preposition(std::uint32_t t1) const {
  const auto ch = doc_.chunk_of_token(t1 - 1);
  if (ch == no_index) return no_token;
  const auto p = doc_.chunks[static_cast<std::size_t>(ch)].preposition;
  if (p == no_token) return no_token;
  static const word_set sequence{"after", "following", "before", "since", "until"};
  return sequence.has(doc_, p) ? p : no_token;
}

// "The exercise is China's response to the inauguration of Lai on May 20":
// a time after what a happening answers is that one's.
bool recognition::response_between(std::uint32_t from, std::uint32_t to) const {
  static const word_set answers{"response", "reaction", "retaliation", "reply", "answer", "revenge"};
  for (std::uint32_t k = from; k + 1 < to; ++k)
    if (answers.has(doc_, k) && (doc_.form_of(k + 1) == "to" || doc_.form_of(k + 1) == "for")) return true;
  return false;
}

void recognition::add_time(event& e, const clause_span& c, std::uint32_t t0, std::uint32_t t1) {
  const time_mention* best = nullptr;
  std::uint32_t best_d = ~0u;
  const bool earlier = retaliated_for(t0);
  // "concluded the talks on Friday, agreeing to hold another round", "on
  // Monday they agreed to meet": a date before the verb an infinitive hangs
  // on dates that verb, not the happening the infinitive tells.
  std::uint32_t governed_from = 0;
  if (const auto k = doc_.clause_of_token(t0); k != no_index) {
    const auto& lc = doc_.clauses[static_cast<std::size_t>(k)];
    if (lc.governor != no_token && lc.governor < t0) governed_from = lc.governor;
    // ("EU leaders agreed on Monday to impose sanctions", "voted on Friday
    // to send aid": a decision to impose or to give is the imposition or the
    // pledge, made on its day.)
    static const word_set decisions{"agree", "decide", "vote", "approve", "pledge", "promise", "commit"};
    if (governed_from && (e.type == event_type::sanctions_imposed || e.type == event_type::military_aid) &&
        decisions.has_lemma(doc_, governed_from))
      governed_from = 0;
  }
  const auto own = doc_.clause_of_token(t0);
  // ("met the king last month and spoke by phone with Shoukry on Sunday":
  // a time before the "and" is the first verb's.)
  const std::uint32_t coordinated_from = coordination_start(own);
  bool coordinated_own_time = false;
  if (coordinated_from != no_token)
    for (const auto& t : times_in(coordinated_from, doc_.clauses[static_cast<std::size_t>(own)].last_token))
      coordinated_own_time = coordinated_own_time || !t.duration;
  // The clause's day is not the day of what came before it; a year or a
  // month still holds both ("cut ties in 2016 after the storming of its
  // embassy").
  const std::uint32_t sequence = sequence_preposition(t1);
  // "The White House confirmed the trip late on Tuesday": the day of a
  // confirmation or announcement of a meeting, call, visit or drill is its
  // own, not that of the happening it names as its object.
  bool announced_object = false;
  if (own != no_index && (e.type == event_type::meeting || e.type == event_type::call ||
                          e.type == event_type::visit || e.type == event_type::military_exercise)) {
    const auto& oc = doc_.clauses[static_cast<std::size_t>(own)];
    static const word_set announcing{"confirm", "announce", "unveil"};
    // (Or its subject, told in the passive: "the trip was confirmed on Sunday".)
    const auto role = oc.voice == verb_voice::passive ? oc.subject : oc.object;
    const auto holds = [&](std::int32_t k) {
      return k != no_index && doc_.chunks[static_cast<std::size_t>(k)].first_token <= t0 &&
             t0 < doc_.chunks[static_cast<std::size_t>(k)].last_token;
    };
    announced_object = oc.verb != no_token && holds(role) && announcing.has_lemma(doc_, oc.verb);
  }
  for (const auto& t : times_in(c.begin, c.end)) {
    if (t.first_token < c.begin || t.last_token > c.end) continue;
    if (announced_object && !t.duration) continue;
    const bool before_sequence = !t.duration && sequence != no_token && t.last_token <= sequence;
    const bool holds_both = before_sequence &&
                            (t.value.grain == granularity::year || t.value.grain == granularity::month) &&
                            (doc_.form_of(sequence) == "after" || doc_.form_of(sequence) == "following");
    if (before_sequence && !holds_both) continue;
    if (!t.duration && t.last_token <= governed_from) continue;
    // (When the second verb has a time of its own. One before the shared
    // subject, "On Monday, Blinken met ... and spoke ...", is both verbs';
    // so is the first verb's when the second has none: "seized Crimea in
    // 2014 and backed an insurgency".)
    if (!t.duration && coordinated_own_time && t.last_token <= coordinated_from &&
        t.first_token >= doc_.chunks[static_cast<std::size_t>(doc_.clauses[static_cast<std::size_t>(own)].subject)].last_token)
      continue;
    if (!t.duration && earlier && t.last_token <= t0) continue;
    // "last week's coup", "Friday's talks": a time in the possessive dates
    // the noun it owns, which must be the trigger.
    if (!t.duration && t.last_token < c.end) {
      const auto w = doc_.lower_of(doc_.tokens[t.last_token]);
      const bool owns_trigger = t.last_token < t0 && t0 - t.last_token <= 3;
      if ((w == "'s" || w == "\xE2\x80\x99s") && !owns_trigger) continue;
      // "the August 31 deadline", "a 2015 accord to hold talks": a time
      // before a noun of its phrase dates that noun, so not the trigger
      // unless it heads the phrase ("the 2014 annexation").
      // ("Monday evening", "Friday night": a part of the day is the time's own.)
      static const word_set day_parts{"morning", "afternoon", "evening", "night", "midnight", "noon",
                                      "dawn",    "dusk",      "weekend", "time",  "hours"};
      const auto next = t.last_token;
      const auto ch = doc_.chunk_of_token(next);
      if ((next < t0 || next >= t1) && doc_.class_of(next) == word_class::noun && !day_parts.has(doc_, next) &&
          ch != no_index &&
          ch == doc_.chunk_of_token(t.last_token - 1)) {
        const auto head = doc_.chunks[static_cast<std::size_t>(ch)].head;
        if (head < t0 || head >= t1) continue;
      }
    }
    if (!t.duration && t.first_token >= t1 && in_nested_infinitive(own, t.first_token)) continue;
    if (!t.duration && t.first_token >= t1 && response_between(t1, t.first_token)) continue;
    if (!t.duration && in_participle_on_other_noun(own, t1, t.first_token)) continue;
    if (!t.duration && clause_barrier_between(holds_both ? sequence : t0, t1, t.first_token, t.last_token)) continue;
    if (t.duration) {
      e.attributes["duration"] = t.duration_text;
      continue;
    }
    const std::uint32_t d = t.first_token >= t1 ? t.first_token - t1 : (t0 >= t.last_token ? t0 - t.last_token : 0);
    // A bare year dates an event only when it is close to the trigger ("its
    // 2014 invasion", "seized control of Ukraine's Crimea Peninsula in 2014").
    if (t.value.grain == granularity::year && d > (t.first_token >= t1 ? 10u : 6u)) continue;
    // "an attack similar to its 2014 invasion", "to brief him on his talks
    // this week": a date beyond another trigger is that one's.
    // "its 2014 invasion": a date right before another trigger is that one's too.
    const bool another_owns =
        t.first_token >= t1
            ? trigger_between(c, t1, t.first_token) || (t.last_token < c.end && trigger_between(c, t.last_token, t.last_token + 1))
            : trigger_between(c, t.last_token, t0);
    if (another_owns) continue;
    if (d < best_d) { best_d = d; best = &t; }
  }
  if (!best) best = time_of_antecedent(t0);
  if (best) e.when = best->value;
}

// "a summit held to discuss a plan to hold elections in December": a time
// in an infinitive clause that hangs on another clause than the trigger's
// dates what that infinitive tells. ("Ministers met to discuss the crisis on
// Monday": an infinitive right on the trigger's clause may still date it.)
bool recognition::in_nested_infinitive(std::int32_t own, std::uint32_t at) const {
  const auto k = doc_.clause_of_token(at);
  if (k == no_index || k == own) return false;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.opener == no_token || doc_.form_of(cl.opener) != "to" || doc_.class_of(cl.opener) != word_class::particle)
    return false;
  return cl.parent != own;
}

// "detail the partnership, announced in September 2021": a time in a
// participle relative dates the noun it hangs on, so not the trigger unless
// that noun is the trigger's phrase ("the talks, held in Geneva on Monday").
bool recognition::in_participle_on_other_noun(std::int32_t own, std::uint32_t t1, std::uint32_t at) const {
  const auto k = doc_.clause_of_token(at);
  if (k == no_index || k == own) return false;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.kind != clause_kind::relative || cl.opener != no_token) return false;
  return !(t1 <= cl.first_token && on_trigger_phrase(t1, cl.first_token));
}

// "the face-off on Monday evening in which soldiers were attacked", "since
// October 1975, when troops ambushed a patrol": a clause hanging on a time
// tells what happened then.
const time_mention* recognition::time_of_antecedent(std::uint32_t t0) const {
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return nullptr;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.opener == no_token || cl.opener == 0) return nullptr;
  std::uint32_t at = cl.opener;
  const auto opener = doc_.form_of(at);
  if (opener == "which" && doc_.class_of(at - 1) == word_class::preposition) --at;
  else if (opener != "when") return nullptr;
  if (at > 0 && doc_.form_of(at - 1) == ",") --at;
  const std::uint32_t first = doc_.sentences[cl.sentence].first_token;
  for (const auto& t : times_in(first, at)) {
    if (t.duration || t.first_token < first || t.last_token > at) continue;
    // ("on Sunday night in which": the time's own noun may stand between.)
    bool adjacent = true;
    for (std::uint32_t j = t.last_token; j < at && adjacent; ++j)
      adjacent = j + 1 == at && doc_.class_of(j) == word_class::noun;
    if (adjacent) return &t;
  }
  return nullptr;
}

bool recognition::locative_opening(std::uint32_t first, std::uint32_t sentence_first) const {
  static const word_set prepositions{"in", "at", "near", "inside", "outside", "across", "from", "on", "over", "around"};
  std::uint32_t k = first;
  if (k > sentence_first && doc_.form_of(k - 1) == "the") --k;
  return k > sentence_first && prepositions.has(doc_, k - 1);
}

// The place of an event: after the trigger and close to it ("met in
// Geneva", "drills near the Taiwan Strait"), right before it ("the Geneva
// talks"), or opening the sentence ("In Geneva, ..."). A place named further
// off is some other part of the sentence.
void recognition::add_place(event& e, const clause_span& c, std::uint32_t s, std::uint32_t t0, std::uint32_t t1) {
  const place_mention* best = nullptr;
  std::uint32_t best_d = ~0u;
  const std::uint32_t sentence_first = doc_.sentences[s].first_token;
  // Forces and aid travel far in a sentence: "sending troops and armor to
  // within a few miles of the border in neighboring Belarus".
  const std::uint32_t reach =
      e.type == event_type::troop_deployment || e.type == event_type::military_aid ? 16 : 8;
  for (const auto& p : places_in(c.begin, c.end)) {
    if (p.first_token < c.begin || p.last_token > c.end) continue;
    if (p.first_token >= t1 && p.first_token - t1 > reach) continue;
    if (p.last_token <= t0 && p.last_token + 1 < t0 && p.first_token > sentence_first + 2) continue;
    // Opening the sentence, a place sets the scene only after a preposition
    // ("In Geneva, ..."): "The Black Sea deal ..." names a deal.
    if (p.last_token + 1 < t0 && p.last_token <= t0 && !locative_opening(p.first_token, sentence_first)) continue;
    if (clause_barrier_between(t0, t1, p.first_token, p.last_token)) continue;
    if (p.first_token >= t1 ? trigger_between(c, t1, p.first_token) : false) continue;
    // "a region Russia seized from Ukraine", "rockets fired from Gaza": where
    // something comes from is not where it happens (but troops and people
    // leave the place they are in: "evacuated from Kabul").
    // ("launched from inside Iran", "fired from within Lebanon" too.)
    const bool from = p.first_token > c.begin &&
                      (doc_.form_of(p.first_token - 1) == "from" ||
                       (p.first_token > c.begin + 1 && doc_.form_of(p.first_token - 2) == "from" &&
                        (doc_.form_of(p.first_token - 1) == "inside" || doc_.form_of(p.first_token - 1) == "within")));
    if (from && e.type != event_type::troop_deployment && e.type != event_type::evacuation) continue;
    const std::uint32_t d = p.first_token >= t1 ? p.first_token - t1 : (t0 >= p.last_token ? (t0 - p.last_token) * 2 : 0);
    if (d < best_d) { best_d = d; best = &p; }
  }
  if (best) {
    // "in Russia's Kursk region": the place the state owns is the finer one.
    if (best->last_token + 1 < c.end && doc_.form_of(best->last_token) == "'s")
      for (const auto& p : places_in(best->last_token + 1, best->last_token + 2))
        if (p.first_token == best->last_token + 1 && p.country == best->country) best = &p;
    e.location = best->name;
    place_country_ = best->country;
    e.location_country = best->country;
    // "troops sent to areas near Ukraine": by a state, its border.
    const bool state = doc_.actors.count(best->country) && doc_.actors.at(best->country).name == best->name;
    e.location_is_state = state;
    if (state && best->first_token > 0 && doc_.form_of(best->first_token - 1) == "near" &&
        (e.type == event_type::troop_deployment || e.type == event_type::attack)) {
      e.location = "border of " + best->name;
      e.location_is_state = false;
    }
    return;
  }
  if (!host_.empty()) {
    e.location = host_;
    return;
  }
  // The trigger itself may name the border ("troops along its border").
  if (e.type == event_type::troop_deployment || e.type == event_type::attack) e.location = border_after(c, t0, reach);
}

// "near the border", "along the Ukrainian border", "on Ukraine's border":
// a border with no place name, as "border" or "border of STATE".
std::string recognition::border_after(const clause_span& c, std::uint32_t t1, std::uint32_t reach) const {
  for (std::uint32_t k = t1; k < c.end && k < t1 + reach; ++k) {
    const auto w = doc_.form_of(k);
    if (w != "border" && w != "borders" && w != "frontier") continue;
    for (const auto& m : doc_.actor_mentions)
      if (m.last_token + 2 >= k && m.last_token <= k && m.first_token + 4 > k) {
        const auto it = doc_.actors.find(m.actor_id);
        if (it != doc_.actors.end() && it->second.kind == actor_kind::state) return "border of " + it->second.name;
      }
    return "border";
  }
  return {};
}

void recognition::add_attributes(event& e, const clause_span& c, std::uint32_t t0, std::uint32_t t1) {
  // Weapons and equipment named near the trigger, in its clause.
  for (const auto& m : equipment_in(c.begin, c.end)) {
    if (m.first_token < c.begin || m.last_token > c.end) continue;
    if (m.first_token >= t1 ? m.first_token - t1 > 8 : t0 - std::min(t0, m.last_token) > 8) continue;
    if (clause_barrier_between(t0, t1, m.first_token, m.last_token)) continue;
    auto& eq = e.attributes["equipment"];
    if (eq.find(m.text) == std::string::npos) eq += (eq.empty() ? "" : ", ") + m.text;
  }
  add_quantity(e, c);
  add_unnamed_target(e, c, t1);
}

// "sanctions on commanders responsible for attacks", "sanctions against
// anyone who violates the truce", "attacks on tankers": a target the text
// describes instead of naming. Kept as the attribute "target", which makes
// such an event complete with one side (graph/event_parties.h): nothing was
// missed, the text names no one.
void recognition::add_unnamed_target(event& e, const clause_span& c, std::uint32_t t1) {
  if (e.type == event_type::meeting || e.type == event_type::call) {
    add_unnamed_counterpart(e, c, t1);
    return;
  }
  if (e.type != event_type::sanctions_threat && e.type != event_type::sanctions_imposed &&
      e.type != event_type::attack)
    return;
  for (std::uint32_t k = t1; k < c.end && k <= t1 + 1; ++k) {
    const auto w = doc_.form_of(k);
    if (w != "on" && w != "against") continue;
    const auto ch = doc_.chunk_of_token(k + 1);
    if (ch == no_index) return;
    const auto& n = doc_.chunks[static_cast<std::size_t>(ch)];
    if (n.preposition != k || n.last_token > c.end) return;
    // "sanctions on it": a pronoun stands for a name the text gave before.
    static const word_set personal{"it", "them", "him", "her", "us", "they", "its", "their", "his"};
    if (personal.has(doc_, n.head) || personal.has(doc_, n.first_token)) return;
    // "attacks on the northern border", "strikes on Monday": "on" of place or time.
    static const word_set areas{"border", "borders", "frontier", "front", "east", "west", "north", "south",
                                "region", "regions", "area", "areas", "territory", "coast", "side", "outskirts",
                                "city", "cities", "town", "towns", "village", "villages", "day", "night",
                                "morning", "evening", "afternoon", "weekend"};
    const auto head_class = doc_.class_of(n.head);
    if ((head_class != word_class::noun && head_class != word_class::pronoun) || areas.has(doc_, n.head) ||
        !times_in(n.first_token, n.last_token).empty())
      return;
    // The conjuncts and the chunks after "of" ("the government of Belarus")
    // must name no one.
    const auto names_someone = [&](std::size_t j) {
      const auto& part = doc_.chunks[j];
      return !actors_in(part.first_token, part.last_token).empty() ||
             !places_in(part.first_token, part.last_token).empty();
    };
    for (std::int32_t j = ch; j != no_index; j = doc_.chunks[static_cast<std::size_t>(j)].next_conjunct) {
      auto last = static_cast<std::size_t>(j);
      if (names_someone(last)) return;
      while (last + 1 < doc_.chunks.size() && doc_.chunks[last + 1].preposition == doc_.chunks[last].last_token &&
             doc_.form_of(doc_.chunks[last + 1].preposition) == "of")
        if (names_someone(++last)) return;
    }
    const auto from = doc_.tokens[n.first_token].where.begin;
    e.attributes["target"] = doc_.text().substr(from, doc_.tokens[n.last_token - 1].where.end - from);
    return;
  }
}

// "a video call with members of the security council", "talks with
// Somali elders": people a meeting or call is with, described instead of
// named, are its other side. Kept as the attribute "counterpart" (see
// add_unnamed_target).
void recognition::add_unnamed_counterpart(event& e, const clause_span& c, std::uint32_t t1) {
  static const word_set people{"members", "officials", "lawmakers", "legislators", "leaders", "ministers",
                               "representatives", "delegates", "envoys", "diplomats", "commanders", "officers",
                               "negotiators", "mediators", "advisers", "advisors", "aides", "governors",
                               "senators", "chiefs", "heads", "families", "elders", "executives"};
  for (std::uint32_t k = t1; k < c.end && k <= t1 + 1; ++k) {
    if (doc_.form_of(k) != "with") continue;
    const auto ch = doc_.chunk_of_token(k + 1);
    if (ch == no_index) return;
    const auto& n = doc_.chunks[static_cast<std::size_t>(ch)];
    if (n.preposition != k || n.last_token > c.end || !people.has(doc_, n.head)) return;
    if (!actors_in(n.first_token, n.last_token).empty()) return;
    // ("members of the cabinet": the phrases after "of" say whose.)
    auto last = static_cast<std::size_t>(ch);
    while (last + 1 < doc_.chunks.size() && doc_.chunks[last + 1].preposition == doc_.chunks[last].last_token &&
           doc_.form_of(doc_.chunks[last + 1].preposition) == "of" && doc_.chunks[last + 1].last_token <= c.end)
      ++last;
    const auto from = doc_.tokens[n.first_token].where.begin;
    e.attributes["counterpart"] =
        doc_.text().substr(from, doc_.tokens[doc_.chunks[last].last_token - 1].where.end - from);
    return;
  }
}

// "100,000 troops", "1,00,000 Russian troops", "two divisions", "tens of
// thousands of troops": the number, in digits, and what is counted.
bool recognition::inside_time(std::uint32_t k) const {
  for (const auto& t : times_in(k > 4 ? k - 4 : 0, k + 1))
    if (t.first_token <= k && k < t.last_token) return true;
  return false;
}

void recognition::add_quantity(event& e, const clause_span& c) {
  static const word_set counted{"troops", "soldiers", "forces", "divisions", "battalions", "brigades",
                                "personnel", "warships", "tanks", "jets", "reservists", "servicemen",
                                "sailors", "marines"};
  const auto counts = [&](std::uint32_t k) -> std::string_view {
    // The counted noun, possibly after a demonym or "more": "100,000 Russian troops".
    for (std::uint32_t j = k; j < c.end && j < k + 3; ++j)
      if (counted.has(doc_, j)) return doc_.form_of(j);
    return {};
  };
  bool found = e.attributes.count("quantity") > 0;
  for (std::uint32_t k = c.begin; k + 1 < c.end && !found; ++k) {
    const auto w = doc_.form_of(k);
    if (w == "tens" || w == "hundreds") {
      if (doc_.form_of(k + 1) == "of" && k + 2 < c.end && doc_.form_of(k + 2) == "thousands") {
        e.attributes["quantity"] = std::string(w) + " of thousands";
        found = true;
        if (const auto unit = counts(k + 3); !unit.empty() || doc_.form_of(k + 3) == "of") {
          const auto u = counts(k + 4);
          if (!(unit.empty() && u.empty())) e.attributes["unit"] = std::string(unit.empty() ? u : unit);
        }
      }
      continue;
    }
    std::string number;
    if (doc_.tokens[k].kind == token_kind::number) {
      number = std::string(doc_.text_of(doc_.tokens[k]));
      number.erase(std::remove(number.begin(), number.end(), ','), number.end());
    } else if (w.size() < 3 || w.size() > 6) {
      // ("one" .. "twelve": the only number words counted here; most words are not asked)
    } else if (const int n = calendar_word_of(doc_, k).number; n >= 1 && n <= 12) {
      number = std::to_string(n);
    }
    if (number.empty()) continue;
    const auto unit = counts(k + 1);
    if (unit.empty()) continue;
    // "since October 1975, when Chinese troops ...": a year counts nothing.
    if (doc_.tokens[k].kind == token_kind::number && inside_time(k)) continue;
    e.attributes["quantity"] = number;
    e.attributes["unit"] = std::string(unit);
    found = true;
  }
}

}  // namespace recognition_detail

}  // namespace eventgraph
