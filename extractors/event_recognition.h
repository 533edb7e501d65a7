// The state and the steps of recognising the events of one document: the
// trigger scan and report building (event_recognizer.cpp), the parties of a
// report (event_arguments.cpp), and its time, place and attributes
// (event_anchoring.cpp). Internal to the extractors library.
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/document.h"
#include "extractors/trigger_rules.h"

namespace eventgraph::recognition_detail {
// Quotation marks are no clause break: news quotes a word or two inside a
// clause ("held a “long and thorough” conversation").
inline bool clause_break(std::string_view t) {
  return t == ";" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == ":";
}

// The stretch of a sentence between clause breaks (";", ":", dashes) that
// holds a trigger: what the proximity rules search.
struct clause_span {
  std::uint32_t begin, end;
};

inline clause_span clause_of(const document& doc, std::uint32_t s, std::uint32_t t0, std::uint32_t t1) {
  const auto& sent = doc.sentences[s];
  clause_span c{sent.first_token, sent.last_token};
  for (std::uint32_t k = t0; k > sent.first_token; --k)
    if (clause_break(doc.lower_of(doc.tokens[k - 1]))) { c.begin = k; break; }
  for (std::uint32_t k = t1; k < sent.last_token; ++k)
    if (clause_break(doc.lower_of(doc.tokens[k]))) { c.end = k; break; }
  return c;
}

inline bool word_near(const document& doc, const form_map<bool>& words, std::uint32_t t0, std::uint32_t t1,
                      int window, std::uint32_t sb, std::uint32_t se) {
  const std::uint32_t a = t0 > sb + static_cast<std::uint32_t>(window) ? t0 - static_cast<std::uint32_t>(window) : sb;
  const std::uint32_t b = std::min(se, t1 + static_cast<std::uint32_t>(window));
  for (std::uint32_t k = a; k < b; ++k) {
    if (k >= t0 && k < t1) continue;
    const std::uint64_t form = doc.form_hash_of(k);
    if (words.find_hashed(form, [&] { return std::string_view(doc.form_of(k)); })) return true;
    // (Most tokens are their own lemma, with its hash: asked once.)
    const std::uint64_t lemma = doc.lemma_hash_of(k);
    if (lemma != form && words.find_hashed(lemma, [&] { return std::string_view(doc.lemma_of(k)); })) return true;
  }
  return false;
}

// A verb that reports speech: who says it may not be who does it.
inline bool reporting_verb(std::string_view w) {
  static constexpr std::string_view verbs[] = {"said",    "says",     "say",    "told",   "tells", "added",
                                               "adds",    "noted",    "stressed", "insisted", "argued", "warned",
                                               "warns",   "according", "accused", "accuses", "blamed", "blames"};
  return std::find(std::begin(verbs), std::end(verbs), w) != std::end(verbs);
}




// The mentions whose first token is in [from, to) when `all` is sorted by
// first token; otherwise all of them. The rules below look at the mentions
// of one clause or sentence for each report, and a document has hundreds:
// every loop keeps its own tests, so the result is the same either way.
template <class M>
std::span<const M> starting_in(const std::vector<M>& all, bool sorted, std::uint32_t from, std::uint32_t to) {
  if (!sorted) return all;
  const auto by_first = [](const M& m, std::uint32_t t) { return m.first_token < t; };
  const auto a = std::lower_bound(all.begin(), all.end(), from, by_first);
  const auto b = std::lower_bound(a, all.end(), to, by_first);
  return {a, b};
}

template <class M>
inline bool by_first_token(const std::vector<M>& all) {
  return std::is_sorted(all.begin(), all.end(), [](const M& a, const M& b) { return a.first_token < b.first_token; });
}

class recognition {
 public:
  recognition(document& doc, const trigger_rules& rules)
      : doc_(doc),
        rules_(rules),
        actors_sorted_(by_first_token(doc.actor_mentions)),
        places_sorted_(by_first_token(doc.place_mentions)),
        times_sorted_(by_first_token(doc.time_mentions)),
        equipment_sorted_(by_first_token(doc.equipment_mentions)) {}

  void run();

 private:
  bool emit(const trigger_rule& rule, std::uint32_t s, std::uint32_t t0, std::uint32_t t1);

  bool told_as_happening(std::uint32_t t0) const;

  bool pledged(std::uint32_t t0) const;

  void retype_materiel_for_a_state(event& e, const clause_span& c, std::uint32_t t0, std::uint32_t t1);

  void add_running_recipient(event& e, std::uint32_t s);

  std::vector<const place_mention*> destinations(const clause_span& c, std::uint32_t t1) const;

  void add(event& e, const std::string& id, participant_role r);

  void add_group(event& e, const actor_mention& m, participant_role r);

  std::size_t add_actors(event& e, const clause_span& c, std::uint32_t t0, std::uint32_t t1);

  std::size_t add_clause_roles(event& e, std::uint32_t t0, std::uint32_t t1);

  bool warned_before(std::uint32_t s, std::uint32_t t0) const;

  bool object_follows(const clause_span& c, std::uint32_t t1) const;

  std::size_t add_between(event& e, const clause_span& c, std::uint32_t t1);

  bool speaker_resumed(const actor_mention& speaker, std::uint32_t t0) const;

  bool reporting_clause_at(std::uint32_t from, std::uint32_t to) const;

  void add_objects(event& e, const clause_span& c, std::uint32_t t1, participant_role role, bool locative_ok);

  const actor_mention* relative_antecedent(const clause_span& c, std::uint32_t t0) const;
  // Where clause k begins, at its "and", when it is a verb coordinated with
  // the one before and shares its subject; no_token otherwise.
  std::uint32_t coordination_start(std::int32_t k) const;
  // The actors of that shared subject, when t0 is in clause k's active predicate.
  std::vector<const actor_mention*> coordinated_subject(std::int32_t k, std::uint32_t t0) const;
  // The actors of a relative clause's antecedent, when t0 is in the active
  // predicate of clause k, a relative clause with no subject of its own.
  std::vector<const actor_mention*> relative_subject(std::int32_t k, std::uint32_t t0) const;

  bool possessor_of(const actor_mention& m, std::uint32_t t0) const;
  bool modifies_trigger(const actor_mention& m, std::uint32_t t0) const;

  bool joint_before(std::uint32_t t0, std::uint32_t begin) const;

  void add_narrative_time(event& e, std::uint32_t s, std::uint32_t t0);

  void add_report_window(event& e, std::uint32_t t0, std::uint32_t t1) const;

  bool presupposed(std::uint32_t s, std::uint32_t t0) const;

  static bool speech_act(event_type t) {
    return t == event_type::sanctions_threat || t == event_type::demand || t == event_type::rejection ||
           t == event_type::statement;
  }

  void add_speaker(event& e, std::uint32_t s, std::uint32_t t0);

  bool after_preposition(const actor_mention& m, std::uint32_t clause_begin) const;

  bool reports_that(std::uint32_t k) const;
  bool possible_in_clause(std::uint32_t t0) const;
  bool provided_for(std::uint32_t t0, event_type type) const;
  bool proposed_in_infinitive(std::uint32_t t0) const;
  bool retaliated_for(std::uint32_t t0) const;
  std::uint32_t sequence_preposition(std::uint32_t t1) const;
  bool inside_name(std::uint32_t i) const;
  bool ends_hyphenated_modifier(std::uint32_t i) const;
  bool participle_modifier(std::uint32_t i) const;
  bool inside_time(std::uint32_t k) const;
  void add_unnamed_counterpart(event& e, const clause_span& c, std::uint32_t t1);
  bool describing_join(std::uint32_t from, std::uint32_t to) const;
  bool purpose_of_journey(std::uint32_t t0) const;
  bool future_in_clause_of_time(std::uint32_t t0, std::uint32_t t1) const;
  bool on_sidelines_of_named(std::uint32_t t0) const;
  bool imagined_gerund(std::uint32_t t0, std::uint32_t t1) const;
  bool people_moved(const clause_span& c) const;
  static bool has_role(const event& e, participant_role r);
  const actor_mention* quote_speaker(std::uint32_t s) const;
  // "for the first time since March 7" in the trigger's clause, after it: that time.
  const time_mention* first_since(const clause_span& c, std::uint32_t t0, std::uint32_t t1) const;
  bool locative_opening(std::uint32_t first, std::uint32_t sentence_first) const;
  bool equipment_near(std::uint32_t t0, std::uint32_t t1, int window, std::uint32_t sb, std::uint32_t se) const;
  bool word_in_object(const form_map<bool>& words, std::uint32_t t0, std::uint32_t t1) const;
  std::uint32_t elided_head(std::size_t k) const;
  bool materiel_subject(std::uint32_t t0) const;
  // The report names no person, and the trigger verb's subject is a state's name alone.
  bool state_subject_only(const event& e, std::uint32_t t0) const;
  // Token t is "ship" or "ships" read as a noun.
  bool vessel_not_shipping(std::uint32_t t) const;
  // A place starts right after the trigger, or one word after it.
  bool place_right_after(std::uint32_t t1) const;
  // A person of the report is from a state other than that of its place.
  bool visitor_abroad(const event& e) const;
  bool held_remotely(std::uint32_t s, std::uint32_t t0, std::uint32_t t1) const;
  bool warned_future(std::uint32_t t0) const;
  void add_warner(event& e, std::uint32_t t0);
  bool subject_of_verb_at(std::uint32_t k, std::uint32_t t0) const;
  const time_mention* time_of_antecedent(std::uint32_t t0) const;
  bool in_nested_infinitive(std::int32_t own, std::uint32_t at) const;
  bool in_participle_on_other_noun(std::int32_t own, std::uint32_t t1, std::uint32_t at) const;
  bool speech_between(std::uint32_t from, std::uint32_t to) const;
  bool spoke_at(std::uint32_t from, std::uint32_t to) const;
  bool made_by(const actor_mention& m) const;
  bool deployed_forces_of(const event& e, const actor_mention& m, std::uint32_t t1) const;
  bool response_between(std::uint32_t from, std::uint32_t to) const;
  std::uint32_t whole_of_part(std::uint32_t t0) const;
  std::uint32_t onlooker_verb(std::uint32_t t0, bool& defends) const;
  std::size_t add_onlooked(event& e, const clause_span& c, std::uint32_t t0, std::uint32_t t1, std::uint32_t verb,
                           bool defends, bool locative_ok);

  bool topic_of_discussion(std::uint32_t t0) const;
  bool announced_now(std::uint32_t t0) const;
  bool definite_before(std::uint32_t t0, std::uint32_t t1, std::uint32_t first, std::uint32_t last) const;

  bool on_trigger_phrase(std::uint32_t t1, std::uint32_t k) const;

  bool clause_barrier_between(std::uint32_t t0, std::uint32_t t1, std::uint32_t first, std::uint32_t last) const;

  void add_time(event& e, const clause_span& c, std::uint32_t t0, std::uint32_t t1);

  bool trigger_between(const clause_span& c, std::uint32_t from, std::uint32_t to) const;

  void add_place(event& e, const clause_span& c, std::uint32_t s, std::uint32_t t0, std::uint32_t t1);

  std::string border_after(const clause_span& c, std::uint32_t t1, std::uint32_t reach) const;

  void add_attributes(event& e, const clause_span& c, std::uint32_t t0, std::uint32_t t1);

  void add_quantity(event& e, const clause_span& c);

  void add_unnamed_target(event& e, const clause_span& c, std::uint32_t t1);

  // Where a list of names that began before near ends (near if none runs on).
  std::uint32_t listed_names_end(std::uint32_t t1, std::uint32_t near, std::uint32_t limit) const;

  // Mentions in a clause or sentence: see starting_in.
  std::span<const actor_mention> actors_in(std::uint32_t from, std::uint32_t to) const {
    return starting_in(doc_.actor_mentions, actors_sorted_, from, to);
  }
  std::span<const place_mention> places_in(std::uint32_t from, std::uint32_t to) const {
    return starting_in(doc_.place_mentions, places_sorted_, from, to);
  }
  std::span<const time_mention> times_in(std::uint32_t from, std::uint32_t to) const {
    return starting_in(doc_.time_mentions, times_sorted_, from, to);
  }
  std::span<const equipment_mention> equipment_in(std::uint32_t from, std::uint32_t to) const {
    return starting_in(doc_.equipment_mentions, equipment_sorted_, from, to);
  }

  document& doc_;
  const trigger_rules& rules_;
  const bool actors_sorted_, places_sorted_, times_sorted_, equipment_sorted_;
  std::string host_;  // the host state of joint drills being emitted, for their place
  // The rule being emitted is a formula of threat ("would be in danger"):
  // who says it threatens, as the speaker of a demand demands.
  bool threat_formula_ = false;
  std::string place_country_;  // the state of the place add_place chose for the report being emitted
};

}  // namespace eventgraph::recognition_detail
