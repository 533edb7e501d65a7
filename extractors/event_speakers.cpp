// Who speaks: the source of a statement, demand or warning (the speaker of
// a quote, the subject of a verb of saying), and whether a reporting aside
// or a speech stands between a name and its trigger.

#include <algorithm>
#include <array>
#include <span>

#include "core/document.h"
#include "extractors/calendar_words.h"
#include "extractors/clause_analyzer.h"
#include "extractors/event_recognition.h"
#include "extractors/modality_classifier.h"
#include "extractors/word_set.h"

namespace eventgraph {
namespace recognition_detail {

// "Pakistan's army said it had moved troops": the speaker, named again by
// a pronoun right after the reporting verb, is who acts. Only "it" and
// "they", which stand for a state or a body, never for a person.
bool recognition::speaker_resumed(const actor_mention& speaker, std::uint32_t t0) const {
  const auto it = doc_.actors.find(speaker.actor_id);
  if (it == doc_.actors.end() || it->second.kind == actor_kind::person) return false;
  std::uint32_t verb = t0;
  for (std::uint32_t k = speaker.last_token; k < t0; ++k)
    if (reporting_verb(doc_.form_of(k)) || reports_that(k)) verb = k;
  if (verb == t0) return false;
  // ("India said on Wednesday it had struck ...": the day of saying may come between.)
  std::uint32_t after = verb + 1;
  for (const auto& t : times_in(after, after + 2))
    if ((t.first_token == after || (t.first_token == after + 1 && doc_.form_of(after) == "on")) && t.last_token < t0)
      after = t.last_token;
  for (std::uint32_t k = after; k < t0 && k <= after + 2; ++k) {
    const auto w = doc_.form_of(k);
    // "it had moved troops", "it could impose sanctions"; not "it could
    // impose sanctions on commanders responsible for attacks".
    // ("it had agreed to impose additional sanctions": further off, the
    // pronoun must be the subject of the trigger's own verb.)
    if (w == "it" || w == "they") return t0 - k <= 3 || subject_of_verb_at(k, t0);
    if (w != "that" && w != ",") return false;
  }
  return false;
}

// "Armenian officials said", "President Joe Biden said": a reporting
// verb within five words, after a name and before any other comma.
bool recognition::reporting_clause_at(std::uint32_t from, std::uint32_t to) const {
  for (std::uint32_t k = from; k < to && k < from + 6; ++k) {
    const auto w = doc_.form_of(k);
    // ", though Lavrov said ...": a clause of its own, not an aside.
    if (w == "," || w == "though" || w == "although" || w == "while" || w == "but" || w == "and" || w == "as")
      return false;
    if (reporting_verb(w)) return k > from;
  }
  return false;
}

// A threat, demand or rejection is made by whoever says it, when it is
// said: "Blinken repeated that on Friday, saying ... committed 'if Russia
// decides to pursue aggression, to a united, swift and severe response'".
void recognition::add_speaker(event& e, std::uint32_t s, std::uint32_t t0) {
  static constexpr std::string_view verbs[] = {
      "said", "says", "saying", "told", "tells", "repeated", "repeats", "warned", "warns", "warning", "threatened",
      "vowed", "vows", "promised", "stressed", "insisted", "added", "declared", "announced", "reiterated"};
  const auto& sent = doc_.sentences[s];
  std::uint32_t verb = t0;
  for (std::uint32_t k = t0; k > sent.first_token && verb == t0; --k)
    for (const auto v : verbs)
      if (doc_.form_of(k - 1) == v) { verb = k - 1; break; }
  if (verb == t0) return;
  // The speaker: the nearest name before the verb, or after it ("..., Blinken said").
  const actor_mention* speaker = nullptr;
  for (const auto& m : actors_in(sent.first_token, sent.last_token)) {
    if (m.sentence != s || m.locative) continue;
    if (m.last_token <= verb && verb - m.last_token <= 6) speaker = &m;
  }
  if (!speaker)
    for (const auto& m : actors_in(sent.first_token, sent.last_token))
      if (m.sentence == s && !m.locative && m.first_token > verb && m.first_token <= verb + 2) { speaker = &m; break; }
  if (speaker) add_group(e, *speaker, participant_role::source);
  if (e.when.dated() || e.when.resolvable()) return;
  // The day it was said, when the trigger's own clause gives none.
  const time_mention* best = nullptr;
  std::uint32_t best_d = 7;
  for (const auto& t : times_in(sent.first_token, sent.last_token)) {
    if (t.sentence != s || t.duration || t.value.grain == granularity::year) continue;
    const std::uint32_t d = t.first_token > verb ? t.first_token - verb : verb - t.last_token + 1;
    if (d < best_d) { best_d = d; best = &t; }
  }
  if (best) e.when = best->value;
}

// "the standoff over Ukraine", "a session with Lavrov": a name governed by
// a preposition is no subject of what follows.
bool recognition::after_preposition(const actor_mention& m, std::uint32_t clause_begin) const {
  if (m.first_token == clause_begin) return false;
  // "two divisions of Russian troops": whose troops they are.
  if (m.last_token < doc_.tokens.size()) {
    static const word_set forces{"troops", "forces", "soldiers", "units", "warships", "reservists",
                                 "conscripts", "fighters", "marines", "sailors", "paratroopers", "tanks"};
    if (forces.has(doc_, m.last_token)) return false;
  }
  std::uint32_t k = m.first_token - 1;
  const auto det = doc_.form_of(k);
  if ((det == "the" || det == "a" || det == "an" || det == "its" || det == "their") && k > clause_begin) --k;
  const auto w = doc_.form_of(k);
  // "officials in Seoul" act for Seoul.
  if (w == "in" && k > clause_begin) {
    const auto who = doc_.form_of(k - 1);
    if (who == "officials" || who == "diplomats" || who == "authorities" || who == "leaders" || who == "sources")
      return false;
  }
  static constexpr std::string_view prepositions[] = {
      "over", "of", "on", "about", "against", "into", "from", "with", "for", "between", "toward", "towards",
      "by", "across", "along", "near", "at", "in", "to", "through", "inside", "within"};
  for (const auto p : prepositions)
    if (w == p) return true;
  return false;
}

// A reporting verb between a name and the trigger, unless a time
// adjunct follows it ("Blinken told reporters after a session with Lavrov":
// the speaker took part).
// "Pakistan denied that the raid ...", "Kyiv claimed that the strike ...":
// a verb of saying with a that-clause reports what another did; without one
// ("Iran denied attacking", "Hamas claimed the attack") its subject acts.
bool recognition::reports_that(std::uint32_t k) const {
  return k + 1 < doc_.tokens.size() && doc_.form_of(k + 1) == "that" && doc_.class_of(k) == word_class::verb &&
         reporting_lemma(doc_.lemma_of(k));
}

// "The US struck Yemen, warning that Houthi targets will be pounded": who
// warns makes the threat.
void recognition::add_warner(event& e, std::uint32_t t0) {
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  std::int32_t owner = cl.parent;
  if (cl.opener != no_token && cl.opener > 0) owner = doc_.clause_of_token(cl.opener - 1);
  if (owner == no_index) return;
  const auto subject = doc_.clauses[static_cast<std::size_t>(owner)].subject;
  if (subject == no_index) return;
  const auto& ch = doc_.chunks[static_cast<std::size_t>(subject)];
  for (const auto& m : actors_in(ch.first_token, ch.last_token)) {
    if (m.last_token > ch.last_token || m.locative) continue;
    bool known = false;
    for (auto& p : e.actors)
      if (p.actor_id == m.actor_id) {
        p.role = participant_role::source;
        known = true;
      }
    if (!known) add_group(e, m, participant_role::source);
  }
}

// Whether token k heads the subject of t0's clause, whose verb is t0 or
// stands at most three words before it.
bool recognition::subject_of_verb_at(std::uint32_t k, std::uint32_t t0) const {
  const auto c = doc_.clause_of_token(t0);
  if (c == no_index) return false;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(c)];
  return cl.subject != no_index && doc_.chunks[static_cast<std::size_t>(cl.subject)].head == k &&
         cl.verb != no_token && cl.verb <= t0 && t0 - cl.verb <= 3;
}

// "Putin said in a video of a meeting with ...", "Ruto said at talks in
// Doha": who speaks at a meeting or on a call takes part in it, when nothing
// ("that", a comma) opens a report between.
bool recognition::spoke_at(std::uint32_t from, std::uint32_t to) const {
  for (std::uint32_t k = from; k + 1 < to; ++k) {
    if (!reporting_verb(doc_.form_of(k))) continue;
    // ("Putin told Trump in a phone call": past whom it was told to.)
    std::uint32_t after = k + 1;
    for (const auto& m : actors_in(after, after + 1))
      if (m.first_token == after && m.last_token < to) after = m.last_token;
    const auto p = doc_.form_of(after);
    if (p != "at" && p != "in" && p != "during" && p != "on") continue;
    for (std::uint32_t j = after + 1; j < to; ++j)
      if (doc_.form_of(j) == "that" || doc_.form_of(j) == ",") return false;
    return true;
  }
  return false;
}

bool recognition::speech_between(std::uint32_t from, std::uint32_t to) const {
  bool speech = false;
  for (std::uint32_t k = from; k < to; ++k) {
    const auto w = doc_.form_of(k);
    if (reporting_verb(w) || reports_that(k)) speech = true;
    if (speech && (w == "after" || w == "before" || w == "following" || w == "during")) return false;
  }
  return speech;
}

}  // namespace recognition_detail
}  // namespace eventgraph
