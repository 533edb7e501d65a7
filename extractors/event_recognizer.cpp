#include "extractors/event_recognizer.h"

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

void recognition::run() {
  for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
    const auto& sent = doc_.sentences[s];
    std::set<std::uint32_t> used;  // one event per trigger token
    for (std::uint32_t i = sent.first_token; i < sent.last_token; ++i) {
      if (used.count(i)) continue;
      const auto candidates = rules_.rules_starting_at(doc_, i);
      if (!candidates) continue;
      // "the Popular Mobilization Forces", "the Rapid Support Forces": a word
      // of a name reports nothing.
      if (inside_name(i)) continue;
      // "a fast-attack submarine", "the post-invasion years": the end of a
      // hyphenated word that qualifies a noun reports nothing.
      if (ends_hyphenated_modifier(i)) continue;
      // "the occupied territories", "its annexed peninsula": a participle
      // between a determiner and its noun describes the noun.
      if (participle_modifier(i)) continue;
      // An idiom that blocks is tried first: "battle tanks" keeps "battle" off.
      bool done = false;
      for (int pass = 0; pass < 2 && !done; ++pass)
      for (const auto idx : candidates) {
        const auto& rule = rules_.rules()[idx];
        if (rule.blocks != (pass == 0)) continue;
        if (!rule.trigger.matches_at(doc_, i, sent.last_token)) continue;
        std::uint32_t t1 = i;
        for (std::uint32_t k = i; k < sent.last_token && k - i < 12; ++k)
          if (rule.trigger.matches_at(doc_, i, k + 1)) { t1 = k + 1; break; }
        if (t1 == i) t1 = i + rule.trigger.length();
        if ((!rule.requires_any.empty() || rule.equipment_counts) &&
            !word_near(doc_, rule.requires_set, i, t1, rule.window, sent.first_token, sent.last_token) &&
            !word_in_object(rule.requires_set, i, t1) &&
            !(rule.equipment_counts && equipment_near(i, t1, rule.window, sent.first_token, sent.last_token)))
          continue;
        if (!rule.excludes.empty() &&
            word_near(doc_, rule.excludes_set, i, t1, std::max(rule.window, 1), sent.first_token, sent.last_token))
          continue;
        if (rule.blocks || emit(rule, s, i, t1)) {
          for (std::uint32_t k = i; k < t1; ++k) used.insert(k);
          done = true;
          break;
        }
      }
    }
  }
}

bool recognition::emit(const trigger_rule& rule, std::uint32_t s, std::uint32_t t0, std::uint32_t t1) {
  // "he and Lavrov also discussed talks in Vienna": what a clause discusses
  // is its topic, not a happening it reports (and not theirs).
  if (topic_of_discussion(t0)) return false;
  if (rule.type == event_type::military_aid && vessel_not_shipping(t0)) return false;
  // ("is in talks", "was in doubt": only a place after it can be a visit.)
  if (rule.needs_abroad && !place_right_after(t1)) return false;
  // "Zelensky met Modi on the sidelines of the summit": the summit named
  // again is where the meeting was, not a report of the summit; one named
  // anew ("on the margins of a NATO summit") still is one.
  if (rule.type == event_type::meeting && on_sidelines_of_named(t0)) return false;
  const clause_span c = clause_of(doc_, s, t0, t1);
  // "The first F-16 jets have arrived in Ukraine": what arrives is materiel,
  // not a visitor.
  if (rule.type == event_type::visit && materiel_subject(t0)) return false;
  event e;
  e.type = rule.type;
  e.cameo = rule.cameo.empty() ? std::string(default_cameo(rule.type)) : rule.cameo;
  // "Held virtually, the summit ...", "a summit by video link": a meeting
  // not in person is a call.
  if (e.type == event_type::meeting && held_remotely(s, t0, t1)) {
    e.type = event_type::call;
    e.cameo = std::string(default_cameo(e.type));
  }
  host_.clear();
  threat_formula_ = rule.implied == modality::threatened && e.type == event_type::attack;
  std::size_t subjects = add_actors(e, c, t0, t1);
  // "ships entering the area would be in danger": who is threatened is
  // described, not named.
  if (threat_formula_ && !has_role(e, participant_role::target))
    if (const auto k = doc_.clause_of_token(t0); k != no_index) {
      const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
      if (cl.subject != no_index)
        e.attributes["target"] = std::string(doc_.form_of(doc_.chunks[static_cast<std::size_t>(cl.subject)].head));
    }
  subjects += add_clause_roles(e, t0, t1);
  const bool anaphoric = definite_before(t0, t1, doc_.sentences[s].first_token, doc_.sentences[s].last_token);
  if ((e.actors.empty() && !anaphoric) || (rule.needs_pair && subjects < 2)) return false;
  if (rule.needs_object && !object_follows(c, t1)) return false;
  // An attack is made by or on a state, force or group, never by diplomats alone.
  if (e.type == event_type::attack && !e.actors.empty() &&
      std::none_of(e.actors.begin(), e.actors.end(), [&](const participant& p) {
        const auto it = doc_.actors.find(p.actor_id);
        return it != doc_.actors.end() && it->second.kind != actor_kind::person;
      }))
    return false;
  // "President Ghani flew out of the country": without the word itself, an
  // evacuation is of people named as a group; one who leaves is not evacuated.
  if (e.type == event_type::evacuation && !doc_.form_of(t0).starts_with("evacua") && !people_moved(c)) return false;
  // "Ukraine received F-16 jets from Denmark": who receives is the
  // recipient, and who it comes from gave it.
  if (e.type == event_type::military_aid && doc_.lemma_of(t0) == std::string_view("receive"))
    for (auto& p : e.actors) {
      if (p.role == participant_role::source) p.role = participant_role::target;
      else if (p.role == participant_role::target) p.role = participant_role::source;
    }
  if (e.type == event_type::military_aid) add_running_recipient(e, s);
  add_time(e, c, t0, t1);
  if (speech_act(e.type)) add_speaker(e, s, t0);
  if (!e.when.dated() && !e.when.resolvable()) add_narrative_time(e, s, t0);
  place_country_.clear();
  if (e.type != event_type::call) add_place(e, c, s, t0, t1);  // a call joins places, it has none
  if (rule.needs_abroad && !visitor_abroad(e)) return false;
  // "North Korean troops have arrived in Russia's Kursk region": forces sent
  // into another state's territory concern that state; so does a strike or
  // a capture there ("Russian missiles struck Kharkiv", "Goma fell to M23").
  if ((e.type == event_type::troop_deployment || e.type == event_type::attack) && !place_country_.empty()) {
    const auto it = doc_.actors.find(place_country_);
    const bool foreign = it != doc_.actors.end() && it->second.kind == actor_kind::state &&
                         std::none_of(e.actors.begin(), e.actors.end(), [&](const participant& p) {
                           if (p.actor_id == place_country_) return true;
                           const auto a = doc_.actors.find(p.actor_id);  // "the Pentagon sent troops to Texas"
                           if (a == doc_.actors.end() || a->second.country != place_country_) return false;
                           // "M23 rebels seized Goma": a rebel group's attack in its own
                           // country is on that state all the same.
                           return e.type != event_type::attack || a->second.kind != actor_kind::group;
                         });
    if (foreign && !e.actors.empty()) add(e, place_country_, participant_role::target);
  }
  // "France arrived in Mali in 2013": a state that arrives somewhere is its
  // forces; a visit is made by people ("Iran's delegation arrived").
  if (e.type == event_type::visit && state_subject_only(e, t0)) return false;
  // "to resupply troops stationed at the shoal": a participle after the
  // forces it describes tells where they are, not that they were moved.
  if (e.type == event_type::troop_deployment && t0 > doc_.sentences[s].first_token &&
      doc_.verb_form_of(t0) == verb_form::past && doc_.class_of(t0 - 1) == word_class::noun &&
      (doc_.form_of(t0) == "stationed" || doc_.form_of(t0) == "based"))
    return false;
  // "the Joint Forces, a rebel group fighting alongside the army": allies
  // fighting no one named tell an alliance, not an attack.
  if (e.type == event_type::attack && t1 < doc_.tokens.size() && doc_.form_of(t1) == "alongside" &&
      std::none_of(e.actors.begin(), e.actors.end(),
                   [](const participant& p) { return p.role == participant_role::target; }))
    return false;
  if (e.type == event_type::troop_deployment) retype_materiel_for_a_state(e, c, t0, t1);
  add_attributes(e, c, t0, t1);
  modality m = classify_modality(doc_, rules_, s, t0, t1);
  // "Washington could impose sanctions": a possibility, where no cue of a
  // warning or claim has said more.
  if (m == modality::asserted && possible_in_clause(t0)) m = modality::hypothetical;
  // "Zelensky is traveling to Washington to meet Biden": what a journey
  // under way or to come is for has not happened yet.
  if (m == modality::asserted && purpose_of_journey(t0)) m = modality::planned;
  if (m == modality::asserted && future_in_clause_of_time(t0, t1)) m = modality::planned;
  // "North Koreans fighting alongside Russians would mark a milestone",
  // "sending troops could escalate the war": a happening named by a gerund
  // that is the subject of a "would" or "could" is only imagined.
  if (m == modality::asserted && imagined_gerund(t0, t1)) m = modality::hypothetical;
  if (m == modality::asserted && provided_for(t0, rule.type)) m = modality::planned;
  if ((m == modality::asserted || m == modality::planned) && proposed_in_infinitive(t0)) m = modality::hypothetical;
  // "warning that Shabaab camps will be pounded": what a warning says will
  // happen is a threat, not a claim.
  if ((m == modality::claimed || m == modality::asserted || m == modality::planned) && warned_future(t0)) {
    m = modality::threatened;
    add_warner(e, t0);
  }
  // "warned that 100,000 troops massed near the border is a sign ...": the
  // massing is taken as given; what is warned about is what it signifies.
  // So is "separatists battling Ukrainian troops", and "its 2014 invasion".
  if (m != modality::denied && m != modality::conditional && presupposed(s, t0)) m = modality::asserted;
  if (rule.implied && modality_rank(*rule.implied) > modality_rank(m)) m = *rule.implied;
  // A threat is conditional and future by nature, and "the threat of
  // sanctions" is the threat itself: only a denial says more.
  if (rule.type == event_type::sanctions_threat && m != modality::denied) m = modality::threatened;
  // "Washington warned that it could impose sanctions": sanctions only
  // warned of are a threat, not sanctions imposed.
  if (e.type == event_type::sanctions_imposed && m != modality::asserted && m != modality::denied &&
      m != modality::planned && warned_before(s, t0)) {
    e.type = event_type::sanctions_threat;
    e.cameo = std::string(default_cameo(e.type));
    m = modality::threatened;
  }
  if (m == modality::asserted && e.when.dated() && !doc_.published.is_special() && e.when.start > doc_.published)
    m = modality::planned;
  if (m == modality::planned && told_as_happening(t0)) m = modality::asserted;
  // "Biden announced sanctions on Myanmar", "unveiled a $2 billion package":
  // announcing sanctions or aid is imposing or pledging them.
  if (m == modality::planned && (e.type == event_type::sanctions_imposed || e.type == event_type::military_aid) &&
      announced_now(t0))
    m = modality::asserted;
  if (e.type == event_type::military_aid && m == modality::planned && pledged(t0) &&
      !(e.when.dated() && !doc_.published.is_special() && e.when.start > doc_.published))
    m = modality::asserted;
  e.mod = m;
  // "“... or they'll get hit again,” Trump said": a threat of force is made
  // by whoever voices it, in this sentence or as the speaker of the quote
  // it continues.
  // "they'll get hit again": what gets hit suffers the attack.
  if (e.type == event_type::attack && t0 > doc_.sentences[s].first_token) {
    const auto aux = doc_.form_of(t0 - 1);
    if (aux == "get" || aux == "gets" || aux == "got" || aux == "getting")
      for (auto& p : e.actors)
        if (p.role == participant_role::source) p.role = participant_role::target;
  }
  if (m == modality::threatened && e.type == event_type::attack && !has_role(e, participant_role::source)) {
    add_speaker(e, s, t0);
    if (!has_role(e, participant_role::source))
      if (const auto* who = quote_speaker(s)) add_group(e, *who, participant_role::source);
  }
  // (What one side claims happened, told by its verb, is news of the day
  // too: "media reported that the army was abandoning positions"; a
  // happening it warns is planned is not.)
  const bool claimed_done = m == modality::claimed && [&] {
    const auto k = doc_.clause_of_token(t0);
    if (k == no_index) return false;
    const auto v = doc_.clauses[static_cast<std::size_t>(k)].verb;
    return v != no_token && v >= t0 && v < t1;
  }();
  if ((m == modality::asserted || claimed_done) && !e.when.dated() && !e.when.resolvable())
    add_report_window(e, t0, t1);
  e.confidence = std::min(0.95, 0.5 + 0.15 * static_cast<double>(e.actors.size()) + (e.when.dated() ? 0.1 : 0.0));
  mention mm;
  mm.doc_id = doc_.id();
  mm.sentence = s;
  mm.where = {doc_.tokens[t0].where.begin, doc_.tokens[t1 - 1].where.end};
  mm.rule = rule.id;
  mm.mod = m;
  mm.evidence = std::string(doc_.text_of(doc_.sentences[s].where));
  mm.anaphoric = anaphoric;
  e.mentions.push_back(std::move(mm));
  // "took him to Berlin and Kyiv": one visit per destination.
  if (e.type == event_type::visit) {
    const auto places = destinations(c, t1);
    if (places.size() > 1) {
      for (const auto* p : places) {
        event one = e;
        one.location = p->name;
        doc_.events.push_back(std::move(one));
      }
      return true;
    }
  }
  // "met face to face for the first time since March 7", "the first
  // summit since 2019": the happening had a predecessor on that day.
  const time_mention* since = first_since(c, t0, t1);
  std::optional<event> earlier;
  if (since && (e.type == event_type::meeting || e.type == event_type::call || e.type == event_type::visit)) {
    earlier = e;
    earlier->mod = modality::asserted;
    earlier->mentions.back().mod = modality::asserted;
    earlier->mentions.back().rule += ".since";
    // ("since 2019" runs to the day of the report: the predecessor is in 2019.)
    earlier->when = since->value;
    const date from = since->value.start;
    if (since->value.grain == granularity::year)
      earlier->when.end = date(from.year(), 12, 31);
    else if (since->value.grain == granularity::month)
      earlier->when.end = from.end_of_month();
    else if (since->value.grain == granularity::day)
      earlier->when.end = from;
    earlier->when.how = time_resolution::anchored;
    earlier->location.clear();
    earlier->location_country.clear();
    earlier->attributes.clear();
  }
  doc_.events.push_back(std::move(e));
  if (earlier) doc_.events.push_back(std::move(*earlier));
  return true;
}

const time_mention* recognition::first_since(const clause_span& c, std::uint32_t t0, std::uint32_t t1) const {
  // ("since" opens a clause of its own: the sentence, to its next comma, is searched.)
  const auto& sent = doc_.sentences[doc_.sentence_of_token(t0)];
  std::uint32_t end = t1;
  while (end < sent.last_token && end < t1 + 12 && doc_.form_of(end) != "," && doc_.form_of(end) != ";") ++end;
  std::uint32_t first = end;
  for (std::uint32_t k = c.begin; k < end; ++k)
    if (doc_.form_of(k) == "first") { first = k; break; }
  if (first == end) return nullptr;
  for (std::uint32_t k = std::max(first, t1); k + 1 < end; ++k) {
    if (doc_.form_of(k) != "since") continue;
    // (The time may take "since" in: "since 2019".)
    for (const auto& t : times_in(k, k + 2))
      if ((t.first_token == k + 1 || t.first_token == k) && !t.duration && t.value.dated() &&
          (doc_.published.is_special() || t.value.start < doc_.published) && t0 < k)
        return &t;
    return nullptr;
  }
  return nullptr;
}

// A determiner or possessive right before a trigger noun: "the drills",
// "their talks", "Friday's meeting".
bool recognition::definite_before(std::uint32_t t0, std::uint32_t t1, std::uint32_t first, std::uint32_t last) const {
  if (t0 == first) return false;
  // "her meeting with Ryabkov" says who: new information, not a reference back.
  if (t1 < last && (doc_.form_of(t1) == "with" || doc_.form_of(t1) == "between")) return false;
  // So does "the airstrike by Kenya": an agent named after it.
  if (t1 + 1 < last && doc_.form_of(t1) == "by")
    for (const auto& m : actors_in(t1 + 1, t1 + 2))
      if (m.first_token == t1 + 1) return false;
  // "the first round", "their latest meeting": an ordinal between still refers back.
  std::uint32_t k = t0 - 1;
  static constexpr std::string_view ordinals[] = {"first", "second", "third", "last", "previous", "latest", "earlier",
                                                  "recent"};
  if (k > first && std::find(std::begin(ordinals), std::end(ordinals), doc_.form_of(k)) != std::end(ordinals)) --k;
  const auto w = doc_.form_of(k);
  static constexpr std::string_view determiners[] = {"the", "this", "these", "those", "their",
                                                     "its", "his", "her", "'s", "\xE2\x80\x99s"};
  for (const auto d : determiners)
    if (w == d) return true;
  return false;
}

// ("a strike on its diplomatic building in Syria, which killed ...": the
// trigger's own noun phrase runs over its modifiers and prepositional phrases.)
bool recognition::on_trigger_phrase(std::uint32_t t1, std::uint32_t k) const {
  if (k - t1 > 8) return false;
  for (std::uint32_t j = t1; j < k; ++j) {
    const auto w = doc_.form_of(j);
    const auto c = doc_.class_of(j);
    if (!(w == "in" || w == "at" || w == "near" || w == "off" || w == "of" || w == "on" || w == "against" ||
          w == "the" || w == "a" || w == "," || doc_.tokens[j].capitalized || c == word_class::noun ||
          c == word_class::adjective || c == word_class::determiner || c == word_class::number))
      return false;
  }
  return true;
}

// A subordinate or relative clause between the trigger and a date or place
// belongs to another happening: in "the meeting comes after Biden spent
// Thursday ...", Thursday does not date the meeting.
bool recognition::clause_barrier_between(std::uint32_t t0, std::uint32_t t1, std::uint32_t first, std::uint32_t last) const {
  static constexpr std::string_view barriers[] = {"after", "before", "since", "while", "when", "whereas",
                                                  "although", "because", "who", "which", "whose", "that", "where"};
  const std::uint32_t from = first >= t1 ? t1 : last, to = first >= t1 ? first : t0;
  for (std::uint32_t k = from; k < to && k < doc_.tokens.size(); ++k) {
    const auto w = doc_.lower_of(doc_.tokens[k]);
    // "drills that start Feb. 10", "an exercise in the Mediterranean, which
    // will continue through February 4": a relative clause on the trigger's
    // own noun phrase dates it.
    if ((w == "that" || w == "which") && k >= t1 && on_trigger_phrase(t1, k)) continue;
    // "..., Biden said, as fighting ... entered its second week": ", as" opens another clause.
    if (w == "as" && k > 0 && doc_.form_of(k - 1) == ",") return true;
    for (auto b : barriers)
      if (w == b) return true;
  }
  return false;
}

// Whether an event trigger starts in [from, to).
// A word that is a trigger only with words it lacks ("what officials called
// a camp": "called" excludes "a") owns nothing.
bool recognition::trigger_between(const clause_span& c, std::uint32_t from, std::uint32_t to) const {
  for (std::uint32_t k = from; k < to; ++k)
    if (const auto v = rules_.rules_starting_at(doc_, k))
      for (const auto idx : v) {
        const auto& r = rules_.rules()[idx];
        if (r.blocks || !r.trigger.matches_at(doc_, k, to)) continue;
        if (r.type == event_type::military_aid && vessel_not_shipping(k)) continue;  // reports nothing (see emit)
        if (r.type == event_type::meeting && on_sidelines_of_named(k)) continue;  // reports nothing (see emit)
        const std::uint32_t end = k + r.trigger.length();
        if (!r.requires_any.empty() && !word_near(doc_, r.requires_set, k, end, r.window, c.begin, c.end)) continue;
        if (!r.excludes.empty() && word_near(doc_, r.excludes_set, k, end, std::max(r.window, 1), c.begin, c.end)) continue;
        return true;
      }
  return false;
}

// Whether the trigger at t0 is in the object of a verb of discussing
// ("discussed talks in Vienna", "raised the sanctions", "reviewed the drills").
bool recognition::topic_of_discussion(std::uint32_t t0) const {
  static constexpr std::string_view verbs[] = {"discuss", "raise", "address", "review", "mention", "debate"};
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return false;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.verb == no_token || cl.object == no_index || cl.verb >= t0) return false;
  if (std::find(std::begin(verbs), std::end(verbs), std::string_view(doc_.lemma_of(cl.verb))) == std::end(verbs))
    return false;
  for (auto ch = cl.object; ch != no_index; ch = doc_.chunks[static_cast<std::size_t>(ch)].next_conjunct) {
    const auto& chunk = doc_.chunks[static_cast<std::size_t>(ch)];
    if (t0 >= chunk.first_token && t0 < chunk.last_token) return true;
  }
  return false;
}

bool recognition::materiel_subject(std::uint32_t t0) const {
  static constexpr std::string_view things[] = {"jet",   "tank",     "weapon",   "missile", "batch",    "shipment",
                                                "aircraft", "warplane", "system", "delivery", "consignment", "aid",
                                                "ammunition", "munition", "drone", "howitzer"};
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return false;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.subject == no_index || cl.verb == no_token || cl.verb > t0) return false;
  const auto head = std::string_view(doc_.lemma_of(doc_.chunks[static_cast<std::size_t>(cl.subject)].head));
  return std::find(std::begin(things), std::end(things), head) != std::end(things);
}

bool recognition::state_subject_only(const event& e, std::uint32_t t0) const {
  if (std::any_of(e.actors.begin(), e.actors.end(), [&](const participant& p) {
        const auto a = doc_.actors.find(p.actor_id);
        return a == doc_.actors.end() || a->second.kind == actor_kind::person;
      }))
    return false;
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return false;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.subject == no_index || cl.verb != t0) return false;
  const auto& subject = doc_.chunks[static_cast<std::size_t>(cl.subject)];
  for (const auto& m : actors_in(subject.first_token, subject.last_token))
    if (m.first_token == subject.first_token && m.last_token == subject.last_token) {
      const auto a = doc_.actors.find(m.actor_id);
      return a != doc_.actors.end() && a->second.kind == actor_kind::state;
    }
  return false;
}

// "missiles at commercial ships": "ship" as a noun is a vessel, not the
// verb of sending ("supplies of weapons", a noun, still are aid).
bool recognition::vessel_not_shipping(std::uint32_t t) const {
  if (doc_.class_of(t) == word_class::verb) return false;
  const auto w = doc_.form_of(t);
  return w == "ship" || w == "ships";
}

// The place is what the trigger is about: "was in Doha", "is in the Qatari capital".
bool recognition::place_right_after(std::uint32_t t1) const {
  const auto after = places_in(t1, t1 + 2);
  return std::any_of(after.begin(), after.end(),
                     [&](const place_mention& p) { return p.first_token == t1 || p.first_token == t1 + 1; });
}

bool recognition::visitor_abroad(const event& e) const {
  if (e.location.empty() || e.location_country.empty()) return false;
  return std::any_of(e.actors.begin(), e.actors.end(), [&](const participant& p) {
    const auto a = doc_.actors.find(p.actor_id);
    return a != doc_.actors.end() && a->second.kind == actor_kind::person && !a->second.country.empty() &&
           a->second.country != e.location_country;
  });
}

// Near the trigger, within its sentence ("Held virtually, the summit ..."
// puts it in an aside); "met in person and held virtual talks" is not.
bool recognition::held_remotely(std::uint32_t s, std::uint32_t t0, std::uint32_t t1) const {
  const auto& sent = doc_.sentences[s];
  const std::uint32_t from = t0 > sent.first_token + 8 ? t0 - 8 : sent.first_token;
  const std::uint32_t to = std::min(sent.last_token, t1 + 8);
  bool remote = false;
  for (std::uint32_t k = from; k < to; ++k) {
    const auto w = doc_.form_of(k);
    if (w == "person" && k > 0 && doc_.form_of(k - 1) == "in") return false;
    if (w == "virtually" || w == "virtual" || w == "online" || w == "videoconference" || w == "video-conference" ||
        (w == "video" && k + 1 < to && (doc_.form_of(k + 1) == "link" || doc_.form_of(k + 1) == "conference")))
      remote = true;
  }
  return remote;
}

bool recognition::has_role(const event& e, participant_role r) {
  return std::any_of(e.actors.begin(), e.actors.end(), [&](const participant& p) { return p.role == r; });
}

// Sentence s opens with a quotation mark and names no speaker: the speaker
// of the quote the sentence before attributes ("“Fordow is gone,” Trump
// declared. “Iran should make peace ...”").
const actor_mention* recognition::quote_speaker(std::uint32_t s) const {
  static const word_set speech{"said", "says", "declared", "added", "told", "wrote", "posted", "warned", "stated"};
  static const word_set opening{"\xE2\x80\x9C", "\""};
  if (s == 0) return nullptr;
  const auto& sent = doc_.sentences[s];
  static const word_set closing{"\xE2\x80\x9D", "\""};
  if (sent.first_token >= sent.last_token) return nullptr;
  // Inside a quote: it opens the sentence, or the sentence closes one it did not open.
  bool inside = opening.has(doc_, sent.first_token);
  for (std::uint32_t k = sent.first_token; k < sent.last_token && !inside; ++k) {
    if (doc_.form_of(k) == "\xE2\x80\x9C") break;
    inside = closing.has(doc_, k) && doc_.form_of(k) != "\"";
  }
  if (!inside) return nullptr;
  for (std::uint32_t k = sent.first_token; k < sent.last_token; ++k)
    if (speech.has(doc_, k)) return nullptr;
  // The attribution in one of the three sentences before: the name right
  // before or after a verb of speech.
  for (std::uint32_t back = 1; back <= 3 && back <= s; ++back) {
    const auto& prev = doc_.sentences[s - back];
    for (std::uint32_t k = prev.first_token; k < prev.last_token; ++k) {
      if (!speech.has(doc_, k)) continue;
      for (const auto& m : actors_in(prev.first_token, prev.last_token))
        if (m.sentence == s - back && !m.locative &&
            ((m.last_token <= k && k - m.last_token <= 1) || (m.first_token > k && m.first_token <= k + 2)))
          return &m;
    }
  }
  return nullptr;
}

bool recognition::people_moved(const clause_span& c) const {
  static const word_set people{"staff", "citizens", "nationals", "diplomats", "people", "civilians", "families",
                               "personnel", "residents", "workers", "evacuees", "foreigners", "dependents",
                               "children", "students", "tourists", "refugees", "americans", "britons", "employees",
                               "passengers", "troops", "soldiers", "hundreds", "thousands", "dozens",
                               "villagers", "inhabitants", "population", "locals", "crews", "officials"};
  for (std::uint32_t k = c.begin; k < c.end; ++k)
    if (people.has(doc_, k)) return true;
  return false;
}

bool recognition::on_sidelines_of_named(std::uint32_t t0) const {
  const std::uint32_t first = doc_.sentences[doc_.sentence_of_token(t0)].first_token;
  if (t0 < first + 3) return false;
  const auto det = doc_.form_of(t0 - 1);
  if (det != "the" && det != "this" && det != "that" && det != "its" && det != "their") return false;
  const auto place = doc_.form_of(t0 - 3);
  return doc_.form_of(t0 - 2) == "of" &&
         (place == "sidelines" || place == "sideline" || place == "margins" || place == "margin");
}

bool recognition::purpose_of_journey(std::uint32_t t0) const {
  static const word_set journeys{"travel", "fly", "head", "go", "come", "arrive", "return", "leave", "journey"};
  if (t0 < 2 || doc_.form_of(t0 - 1) != "to") return false;
  const auto first = doc_.sentences[doc_.sentence_of_token(t0)].first_token;
  for (std::uint32_t j = t0 - 1; j > first && t0 - j < 10;) {
    --j;
    const auto w = doc_.form_of(j);
    if (w == ";" || w == ":") return false;
    if (doc_.class_of(j) != word_class::verb) continue;
    // The nearest verb decides: "agreed to meet" is the agreement's business.
    if (!journeys.has_lemma(doc_, j)) return false;
    const auto form = doc_.verb_form_of(j);
    if (form == verb_form::past) return false;
    if (form == verb_form::gerund && j > first && (doc_.form_of(j - 1) == "was" || doc_.form_of(j - 1) == "were"))
      return false;
    return true;
  }
  return false;
}

bool recognition::participle_modifier(std::uint32_t i) const {
  if (i == 0 || i + 1 >= doc_.tokens.size()) return false;
  const auto w = doc_.form_of(i);
  if (w.size() < 5 || w.substr(w.size() - 2) != "ed") return false;
  const auto before = doc_.class_of(i - 1);
  const auto b = doc_.form_of(i - 1);
  if (before != word_class::determiner && b != "'s" && b != "the") return false;
  const auto next = doc_.class_of(i + 1);
  return next == word_class::noun || next == word_class::proper_noun || next == word_class::adjective;
}

// The word a rule requires may stand further off as the head of what the
// trigger's verb acts on: "Iran fired "more than a dozen" ballistic
// missiles" fires missiles, however long the object's count.
bool recognition::word_in_object(const form_map<bool>& words, std::uint32_t t0, std::uint32_t t1) const {
  const auto ci = doc_.clause_of_token(t0);
  if (ci == no_index) return false;
  const clause& c = doc_.clauses[static_cast<std::size_t>(ci)];
  if (c.verb < t0 || c.verb >= t1) return false;
  const auto has = [&](std::uint32_t h) {
    return words.find(doc_.form_of(h), doc_.form_hash_of(h)) || words.find(doc_.lemma_of(h), doc_.lemma_hash_of(h));
  };
  // "100,000 troops have been sent, and more were moving into Belarus": a
  // subject that is only a quantity moves what the clause before moved.
  if (c.voice == verb_voice::active && c.object == no_index && c.subject != no_index && ci > 0)
    if (const auto h = elided_head(static_cast<std::size_t>(ci)); h != no_token && has(h)) return true;
  const auto role = c.voice == verb_voice::passive ? c.subject : c.object;
  if (role == no_index) return false;
  return has(doc_.chunks[static_cast<std::size_t>(role)].head);
}

// The head an elliptical subject ("more", "thousands more", "others")
// leaves out: the subject of the clause before in the sentence; no_token
// when clause k's subject names its own.
std::uint32_t recognition::elided_head(std::size_t k) const {
  const clause& c = doc_.clauses[k];
  const auto& who = doc_.chunks[static_cast<std::size_t>(c.subject)];
  static const word_set quantities{"more", "others", "some", "many", "several", "most"};
  if (!quantities.has(doc_, who.head)) return no_token;
  for (auto j = who.first_token; j < who.head; ++j)
    if (doc_.class_of(j) != word_class::number && doc_.class_of(j) != word_class::determiner) return no_token;
  const clause& before = doc_.clauses[k - 1];
  if (before.sentence != c.sentence || before.subject == no_index) return no_token;
  const auto h = doc_.chunks[static_cast<std::size_t>(before.subject)].head;
  return quantities.has(doc_, h) ? no_token : h;
}

bool recognition::equipment_near(std::uint32_t t0, std::uint32_t t1, int window, std::uint32_t sb,
                                 std::uint32_t se) const {
  const auto w = static_cast<std::uint32_t>(window);
  const std::uint32_t a = t0 > sb + w ? t0 - w : sb, b = std::min(se, t1 + w);
  return std::any_of(doc_.equipment_mentions.begin(), doc_.equipment_mentions.end(),
                     [&](const equipment_mention& m) { return m.first_token < b && m.last_token > a; });
}

bool recognition::ends_hyphenated_modifier(std::uint32_t i) const {
  const auto& t = doc_.tokens;
  if (i < 2 || i + 1 >= t.size() || t[i].space_before || t[i - 1].space_before) return false;
  if (doc_.lower_of(t[i - 1]) != "-" || t[i - 2].kind != token_kind::word || t[i + 1].kind != token_kind::word) return false;
  // (The next word is not glued on: "fast-attack-class" is rare, "-" begins a new one.)
  const auto next = doc_.class_of(i + 1);
  return t[i + 1].space_before && (next == word_class::noun || next == word_class::proper_noun);
}

bool recognition::inside_name(std::uint32_t i) const {
  const auto from = i >= 8 ? i - 8 : 0;
  for (const auto& m : actors_in(from, i + 1))
    if (m.first_token <= i && i < m.last_token && m.last_token - m.first_token > 1 &&
        (m.form == mention_form::name || m.form == mention_form::alias))
      return true;
  return false;
}

}  // namespace recognition_detail

event_recognizer::event_recognizer(std::shared_ptr<const trigger_rules> rules) : rules_(std::move(rules)) {}

void event_recognizer::operator()(document& doc) const {
  doc.events.clear();
  recognition_detail::recognition(doc, *rules_).run();
}

}  // namespace eventgraph
