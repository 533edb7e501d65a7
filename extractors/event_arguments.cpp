// Who takes part in a report: the subject side and the object side of its
// trigger, the clause's roles, recipients and destinations (speakers are in
// event_speakers.cpp).

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

// "Germany will send Leopard tanks to Ukraine": equipment, not forces,
// sent to another state is aid to it; forces sent there are a deployment.
void recognition::retype_materiel_for_a_state(event& e, const clause_span& c, std::uint32_t t0, std::uint32_t t1) {
  static constexpr std::string_view giving[] = {"send", "deliver", "supply", "provide", "ship", "transfer", "give"};
  static constexpr std::string_view personnel[] = {"troop",     "force",      "soldier",  "sailor",     "marine",
                                                   "personnel", "unit",       "battalion", "brigade",   "division",
                                                   "contingent", "reservist", "mercenary", "peacekeeper", "paratrooper",
                                                   "reinforcement", "army", "police", "officer", "gendarme",
                                                   "commando", "guard"};
  const auto in = [](const auto& list, std::string_view w) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
  if (!in(giving, doc_.lemma_of(t0))) return;
  for (const auto& p : places_in(t1, c.end)) {
    if (p.first_token < t1 || p.first_token > t1 + 12 || p.first_token == 0) continue;
    if (doc_.form_of(p.first_token - 1) != "to") continue;
    const auto it = doc_.actors.find(p.country);
    if (it == doc_.actors.end() || it->second.kind != actor_kind::state || it->second.name != p.name) return;
    for (const auto& a : e.actors)
      if (a.actor_id == p.country && a.role == participant_role::source) return;
    for (std::uint32_t k = t1; k < p.first_token; ++k)
      if (in(personnel, doc_.lemma_of(k))) return;
    e.type = event_type::military_aid;
    e.cameo = std::string(default_cameo(e.type));
    add(e, p.country, participant_role::target);
    return;
  }
}

// "Western allies were supplying weapons to Ukraine. Britain sent anti-tank
// missiles earlier this week": aid that names no recipient goes to the one
// the aid told just before (in this or the previous sentence) went to.
void recognition::add_running_recipient(event& e, std::uint32_t s) {
  const auto has_target = [](const event& x) {
    return std::any_of(x.actors.begin(), x.actors.end(),
                       [](const participant& p) { return p.role == participant_role::target; });
  };
  if (has_target(e)) return;
  for (auto it = doc_.events.rbegin(); it != doc_.events.rend(); ++it) {
    if (it->mentions.empty() || it->mentions.front().sentence + 1 < s) break;
    if (it->type != event_type::military_aid) continue;
    for (const auto& p : it->actors)
      if (p.role == participant_role::target &&
          std::none_of(e.actors.begin(), e.actors.end(), [&](const participant& q) { return q.actor_id == p.actor_id; }))
        e.actors.push_back(p);
    return;
  }
}

// Places after a trigger joined by "and" or commas, before any clause barrier.
std::vector<const place_mention*> recognition::destinations(const clause_span& c, std::uint32_t t1) const {
  std::vector<const place_mention*> out;
  std::uint32_t edge = t1;
  for (const auto& p : places_in(t1, c.end)) {
    if (p.first_token < t1 || p.last_token > c.end) continue;
    if (p.first_token > edge + 8 || clause_barrier_between(edge, edge, p.first_token, p.last_token)) break;
    if (!out.empty()) {
      bool joined = false;
      for (std::uint32_t k = edge; k < p.first_token; ++k) {
        const auto w = doc_.form_of(k);
        if (w == "and" || w == ",") joined = true;
      }
      if (!joined) break;
    }
    out.push_back(&p);
    edge = p.last_token;
  }
  return out;
}

void recognition::add(event& e, const std::string& id, participant_role r) {
  for (auto& p : e.actors)
    if (p.actor_id == id) return;
  e.actors.push_back({id, r});
}

void recognition::add_group(event& e, const actor_mention& m, participant_role r) {
  add(e, m.actor_id, r);
  for (const auto& extra : m.also) add(e, extra, r);
}

// Actors on the subject side (nearest mention before the trigger and those
// conjoined with it) and on the object side (mentions after it).
// Returns the number of subject-side mentions.
std::size_t recognition::add_actors(event& e, const clause_span& c, std::uint32_t t0, std::uint32_t t1) {
  const bool symmetric = e.type == event_type::meeting || e.type == event_type::call;
  const participant_role left_role = symmetric ? participant_role::participant : participant_role::source;
  const participant_role right_role = symmetric ? participant_role::participant : participant_role::target;
  const bool locative_ok = e.type == event_type::attack || e.type == event_type::military_aid ||
                           e.type == event_type::visit || e.type == event_type::sanctions_threat ||
                           e.type == event_type::sanctions_imposed;
  // Left: the nearest mention, then walk left over "and" / "," joins.
  int left = -1;
  std::size_t subjects = 0;
  // "took him to Berlin": the actor named inside the trigger words.
  for (const auto& m : actors_in(t0, t1))
    if (m.first_token >= t0 && m.last_token <= t1) {
      add_group(e, m, left_role);
      ++subjects;
    }
  // ("Israel urged Lebanese villagers to flee": who is told to leave is
  // inside the words, who tells them stands before.)
  if (subjects > 0 && e.type != event_type::evacuation) {
    add_objects(e, c, t1, right_role, locative_ok);
    return subjects;
  }
  if (e.type == event_type::attack)
    if (const auto part = whole_of_part(t0); part != no_token) return add_actors(e, c, part, part + 1);
  if (!symmetric && t1 < c.end && doc_.form_of(t1) == "between")
    if (const auto parties = add_between(e, c, t1); parties > 0) return parties;
  bool defends = false;
  const bool onlooked_type = e.type == event_type::attack || e.type == event_type::troop_deployment ||
                             e.type == event_type::military_exercise;
  const auto onlooker = onlooked_type ? onlooker_verb(t0, defends) : no_token;
  if (onlooker != no_token) return add_onlooked(e, c, t0, t1, onlooker, defends, locative_ok);
  // "..., who visited Kyiv and held talks in Berlin before traveling to
  // Geneva": an adjunct's subject is the relative clause's antecedent.
  if (const auto* who = relative_antecedent(c, t0)) {
    add_group(e, *who, left_role);
    add_objects(e, c, t1, right_role, locative_ok);
    return 1;
  }
  // "a warning to Iran, which has been providing military support to the
  // Houthis": in a relative clause's predicate, the antecedent is the
  // subject, whatever preposition governs it in the clause around.
  const auto own_clause = doc_.clause_of_token(t0);
  // "Blinken met the king in Washington and spoke by phone with Shoukry":
  // a verb coordinated with the one before shares its subject, and the
  // names between belong to the first verb.
  if (const auto who = coordinated_subject(own_clause, t0); !who.empty()) {
    for (const auto* m : who) add_group(e, *m, left_role);
    add_objects(e, c, t1, right_role, locative_ok);
    return who.size();
  }
  if (const auto who = relative_subject(own_clause, t0); !who.empty()) {
    for (const auto* m : who) add_group(e, *m, left_role);
    add_objects(e, c, t1, right_role, locative_ok);
    return who.size();
  }
  std::uint32_t subject_edge = t0;  // the subject is sought before this token
  // "Israel bombed Lebanon after a Hezbollah drone attack": what came before
  // has only the names of its own phrase; the clause's subject is not its.
  // (A meeting, call or visit after which the subject speaks is the
  // subject's, unless its phrase names its own parties: "Blinken told
  // reporters after talks with Lavrov".)
  std::uint32_t sequence = sequence_preposition(t1);
  // ("Islamabad vowed to retaliate for the strikes": nor is what is
  // retaliated for the retaliator's.)
  if (sequence == no_token && retaliated_for(t0))
    for (std::uint32_t k = t0; k > c.begin && sequence == no_token; --k)
      if (doc_.form_of(k - 1) == "for" || doc_.form_of(k - 1) == "to") sequence = k - 1;
  // ("The UN evacuated staff after drone strikes hit the city": a clause
  // of time or cause with a subject of its own has its own actors.)
  if (sequence == no_token)
    if (const auto k = own_clause; k != no_index) {
      const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
      if (cl.kind == clause_kind::subordinate && cl.opener != no_token && cl.subject != no_index &&
          doc_.class_of(doc_.chunks[static_cast<std::size_t>(cl.subject)].head) != word_class::pronoun)
        sequence = cl.opener;
    }
  bool own_names = false;
  // (A mention starting at t0 or later ends after subject_edge, and sorted,
  // those before the clause come last: the walk is over the clause's.)
  const auto before_trigger = actors_in(0, t0);
  const int last = actors_sorted_ ? static_cast<int>(before_trigger.size()) : static_cast<int>(doc_.actor_mentions.size());
  for (int k = last - 1; k >= 0; --k) {
    const auto& m = doc_.actor_mentions[k];
    if (actors_sorted_ && m.first_token < c.begin) break;
    if (sequence != no_token && m.first_token < sequence &&
        (own_names || !(symmetric || e.type == event_type::visit)))
      continue;
    // "its backing of pro-Russian separatists battling Ukrainian troops": the
    // name right before the trigger is its subject, whatever governs it.
    if (m.last_token > subject_edge || m.first_token < c.begin || m.locative || made_by(m)) continue;
    // "participate in a NATO maritime exercise": a name inside the trigger's
    // noun phrase takes part, and the subject is further left.
    if (modifies_trigger(m, t0)) {
      add_group(e, m, left_role);
      own_names = true;
      subject_edge = m.first_token - 1;
      continue;
    }
    // "a symbol of the Kremlin's 2014 annexation": a possessor right
    // before the trigger is its own, whatever preposition governs it.
    if (after_preposition(m, c.begin) && !possessor_of(m, t0)) continue;
    left = k;
    break;
  }
  // "joint military drills" in a place: the host state is a partner, and
  // where the drills are.
  if (e.type == event_type::military_exercise && joint_before(t0, c.begin))
    for (const auto& m : doc_.actor_mentions)
      if (m.locative && m.first_token >= c.begin && m.last_token <= t0 && t0 - m.last_token <= 6) {
        add_group(e, m, participant_role::participant);
        if (const auto it = doc_.actors.find(m.actor_id); it != doc_.actors.end()) host_ = it->second.name;
      }
  // "Kirby said the exercise ...", "the U.S. has warned that troops massed":
  // who speaks is not who acts.
  // Threats, demands, rejections and statements are speech: there the speaker acts.
  if (left >= 0 && !speech_act(e.type) && !threat_formula_ && speech_between(doc_.actor_mentions[left].last_token, t0) &&
      !speaker_resumed(doc_.actor_mentions[left], t0) &&
      !(symmetric && spoke_at(doc_.actor_mentions[left].last_token, t0))) {
    // "officials they blamed for the seizure": the accused stand before
    // whoever blames them.
    const auto& accuser = doc_.actor_mentions[left];
    bool accusation = false;
    for (std::uint32_t k = accuser.last_token; k < t0 && k <= accuser.last_token + 1; ++k) {
      const auto w = doc_.form_of(k);
      accusation = accusation || w == "blamed" || w == "blames" || w == "accused" || w == "accuses";
    }
    int accused = -1;
    if (accusation)
      for (int k = left - 1; k >= 0; --k) {
        const auto& m = doc_.actor_mentions[k];
        if (m.first_token < c.begin) break;
        if (m.locative || m.last_token > accuser.first_token || accuser.first_token - m.last_token > 2) continue;
        accused = k;
        break;
      }
    left = accused;
  }
  // "Putin told Trump in a phone call": who tells it on the call is on it too.
  if (left >= 0 && symmetric && doc_.actor_mentions[left].first_token > c.begin + 1) {
    const auto verb = doc_.actor_mentions[left].first_token - 1;
    if (reporting_verb(doc_.form_of(verb)) && spoke_at(verb, t0))
      for (int k = left - 1; k >= 0; --k) {
        const auto& m = doc_.actor_mentions[k];
        if (m.first_token < c.begin || m.last_token + 1 < verb) break;
        if (m.last_token == verb && !m.locative) {
          add_group(e, m, left_role);
          ++subjects;
          break;
        }
      }
  }
  if (left >= 0) {
    add_group(e, doc_.actor_mentions[left], left_role);
    ++subjects;
    std::uint32_t edge = doc_.actor_mentions[left].first_token;
    for (int k = left - 1; k >= 0; --k) {
      const auto& m = doc_.actor_mentions[k];
      if (m.first_token < c.begin || m.locative) break;
      bool joined = true;
      for (std::uint32_t j = m.last_token; j < edge; ++j) {
        const auto w = doc_.lower_of(doc_.tokens[j]);
        // ("eight Japanese and four US jets": a count may stand before each.)
        if (!(w == "and" || w == "," || w == "-" || w == "\xE2\x80\x93" || w == "'s" || w == "\xE2\x80\x99s" || w == "the" || w == "top" ||
              w == "its" || w == "allies" || doc_.class_of(j) == word_class::number)) { joined = false; break; }
      }
      if (!joined && !describing_join(m.last_token, edge)) break;
      add_group(e, m, left_role);
      ++subjects;
      edge = m.first_token;
    }
  }
  add_objects(e, c, t1, right_role, locative_ok);
  return subjects;
}

// The actors of a trigger that an onlooker's verb governs (see
// onlooker_verb): only the names of its own phrase act ("backed a separatist
// insurgency"); a defender's subject is the target ("Kyiv repelled the
// assault"). Returns the number of subject-side mentions.
std::size_t recognition::add_onlooked(event& e, const clause_span& c, std::uint32_t t0, std::uint32_t t1,
                                      std::uint32_t verb, bool defends, bool locative_ok) {
  std::size_t subjects = 0;
  for (const auto& m : actors_in(verb + 1, t0))
    if (m.first_token > verb && m.last_token <= t0 && !m.locative && !made_by(m) && !after_preposition(m, verb + 1)) {
      add_group(e, m, participant_role::source);
      ++subjects;
    }
  if (defends) {
    const auto& cl = doc_.clauses[static_cast<std::size_t>(doc_.clause_of_token(t0))];
    if (cl.subject != no_index) {
      const auto& who = doc_.chunks[static_cast<std::size_t>(cl.subject)];
      for (const auto& m : actors_in(who.first_token, who.last_token))
        if (m.first_token >= who.first_token && m.last_token <= who.last_token && !m.locative)
          add_group(e, m, participant_role::target);
    }
  }
  add_objects(e, c, t1, participant_role::target, locative_ok);
  return subjects;
}

// "backed a separatist insurgency in eastern Ukraine, part of a conflict
// that has killed 14,000": the whole a happening is part of has its
// parties. Returns the head of the part told before the comma, or no_token.
std::uint32_t recognition::whole_of_part(std::uint32_t t0) const {
  // Back over the whole's modifiers ("a simmering but largely stalemated",
  // "a decade-long border").
  std::uint32_t k = t0;
  while (k > 0 && t0 - k < 8) {
    const auto cls = doc_.class_of(k - 1);
    if (cls != word_class::adjective && cls != word_class::adverb && cls != word_class::determiner &&
        cls != word_class::conjunction && cls != word_class::noun && cls != word_class::number &&
        !(cls == word_class::verb && doc_.verb_form_of(k - 1) != verb_form::base))
      break;
    --k;
  }
  if (k < 3 || doc_.form_of(k - 1) != "of" || doc_.form_of(k - 2) != "part" || doc_.form_of(k - 3) != ",")
    return no_token;
  const auto s = doc_.sentence_of_token(t0);
  // Back over the part's own phrases ("in eastern Ukraine") to its head.
  for (auto ch = doc_.chunk_of_token(k - 4); ch >= 0; --ch) {
    const auto& c = doc_.chunks[static_cast<std::size_t>(ch)];
    if (c.sentence != s) return no_token;
    if (c.preposition == no_token) return doc_.class_of(c.head) == word_class::noun ? c.head : no_token;
  }
  return no_token;
}

// "Israel and the two Gulf states of the UAE and Bahrain", "Biden and the
// leaders of France": a coordination whose second part describes the names
// that follow it, so both sides are the subject.
bool recognition::describing_join(std::uint32_t from, std::uint32_t to) const {
  if (to <= from + 2 || to - from > 7) return false;
  const auto first = doc_.form_of(from);
  if (first != "and" && first != ",") return false;
  if (doc_.form_of(to - 1) != "of" && !(doc_.form_of(to - 1) == "the" && to - from > 3 && doc_.form_of(to - 2) == "of"))
    return false;
  for (std::uint32_t j = from + 1; j < to; ++j) {
    const auto w = doc_.form_of(j);
    const auto c = doc_.class_of(j);
    if (!(w == "the" || w == "of" || c == word_class::number || c == word_class::noun || c == word_class::adjective ||
          c == word_class::proper_noun))
      return false;
  }
  return true;
}

// The roles of the trigger's clause, from the linguistic layer:
// - "was attacked by PLA troops", "were hosted by Oman": the passive
//   agent acts and the subject undergoes (or, for a meeting, takes part);
// - "Pence briefed Pelosi on an evening phone call", "Erdogan hosted
//   Putin for talks": a meeting or call told as a phrase of the clause
//   has the clause's subject and object among its parties.
// Returns the number of parties added on the subject side.
std::size_t recognition::add_clause_roles(event& e, std::uint32_t t0, std::uint32_t t1) {
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return 0;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  const bool symmetric = e.type == event_type::meeting || e.type == event_type::call;
  const auto actors_of_chunk = [&](std::int32_t ch) {
    std::vector<const actor_mention*> out;
    for (; ch != no_index; ch = doc_.chunks[static_cast<std::size_t>(ch)].next_conjunct) {
      // "a patrol of Indian soldiers", "delegations of Russia and Ukraine":
      // the chunks after "of" name who the head is.
      auto last = static_cast<std::size_t>(ch);
      while (last + 1 < doc_.chunks.size() && doc_.chunks[last + 1].preposition != no_token &&
             doc_.form_of(doc_.chunks[last + 1].preposition) == "of" &&
             doc_.chunks[last + 1].preposition == doc_.chunks[last].last_token)
        ++last;
      const auto& c = doc_.chunks[static_cast<std::size_t>(ch)];
      const auto end = doc_.chunks[last].last_token;
      for (const auto& m : actors_in(c.first_token, end))
        if (m.last_token <= end && !m.locative) out.push_back(&m);
    }
    return out;
  };
  const bool trigger_is_verb = cl.verb >= t0 && cl.verb < t1;
  std::size_t added = 0;
  // Gives m's actor the role, adding it when proximity missed it; returns whether it was added.
  const auto take = [&](const actor_mention& m, participant_role role) {
    bool known = false;
    for (auto& p : e.actors)
      if (p.actor_id == m.actor_id) {
        p.role = role;
        known = true;
      }
    if (!known) add_group(e, m, role);
    return !known;
  };
  if (trigger_is_verb && cl.voice == verb_voice::passive && cl.agent != no_index) {
    const auto agents = actors_of_chunk(cl.agent);
    if (!agents.empty()) {
      const auto subject_role = symmetric ? participant_role::participant : participant_role::target;
      for (const auto* m : actors_of_chunk(cl.subject)) take(*m, subject_role);
      for (const auto* m : agents)
        if (take(*m, symmetric ? participant_role::participant : participant_role::source)) ++added;
    }
  }
  // "Houthi targets will be pounded": without an agent, the subject of a
  // passive attack is its target all the same.
  if (trigger_is_verb && cl.voice == verb_voice::passive && cl.agent == no_index && e.type == event_type::attack)
    for (const auto* m : actors_of_chunk(cl.subject))
      for (auto& p : e.actors)
        if (p.actor_id == m->actor_id) p.role = participant_role::target;
  // "Kyiv said its air defences shot down two helicopters": a possessive
  // pronoun opening the subject of a reported clause is the speaker's.
  if (trigger_is_verb && cl.voice == verb_voice::active && cl.subject != no_index && cl.parent != no_index &&
      cl.kind == clause_kind::complement && actors_of_chunk(cl.subject).empty()) {
    const auto det = doc_.form_of(doc_.chunks[static_cast<std::size_t>(cl.subject)].first_token);
    const auto& parent = doc_.clauses[static_cast<std::size_t>(cl.parent)];
    if ((det == "its" || det == "their") && parent.verb != no_token && parent.subject != no_index &&
        reporting_lemma(doc_.lemma_of(parent.verb)))
      for (const auto* m : actors_of_chunk(parent.subject))
        if (take(*m, symmetric ? participant_role::participant : participant_role::source)) ++added;
  }
  // "Soleimani was killed in an airstrike", "the port was damaged in a
  // drone attack": who the passive harms is the attack's target.
  static constexpr std::string_view harms[] = {"kill", "wound", "injure", "destroy", "damage", "hit", "target"};
  if (e.type == event_type::attack && !trigger_is_verb && cl.voice == verb_voice::passive && cl.verb != no_token &&
      cl.verb < t0 &&
      std::find(std::begin(harms), std::end(harms), std::string_view(doc_.lemma_of(cl.verb))) != std::end(harms)) {
    // (The position before the trigger said source.)
    for (const auto* m : actors_of_chunk(cl.subject)) take(*m, participant_role::target);
  }
  // "the U.S. killed Soleimani in an airstrike": the active clause's subject
  // made the attack and its object suffered it.
  if (e.type == event_type::attack && !trigger_is_verb && cl.voice == verb_voice::active && cl.verb != no_token &&
      cl.verb < t0 &&
      std::find(std::begin(harms), std::end(harms), std::string_view(doc_.lemma_of(cl.verb))) != std::end(harms)) {
    for (const auto* m : actors_of_chunk(cl.subject))
      if (m->last_token <= cl.verb && take(*m, participant_role::source)) ++added;
    // (Whatever stands between the verb and the trigger is its object:
    // "killed top Iranian Gen. Qassem Soleimani in an airstrike".)
    for (const auto& m : actors_in(cl.verb + 1, t0))
      if (m.first_token > cl.verb && m.last_token <= t0 && !m.locative) take(m, participant_role::target);
  }
  if (symmetric && !trigger_is_verb && cl.verb != no_token && cl.verb < t0 && !reporting_lemma(doc_.lemma_of(cl.verb))) {
    // The trigger must be a phrase of this clause's verb, after its object.
    for (const auto role : {cl.subject, cl.object}) {
      if (role == no_index) continue;
      for (const auto* m : actors_of_chunk(role)) {
        const bool known = std::any_of(e.actors.begin(), e.actors.end(),
                                       [&](const participant& p) { return p.actor_id == m->actor_id; });
        if (!known) {
          add_group(e, *m, participant_role::participant);
          ++added;
        }
      }
    }
  }
  return added;
}

// A verb of warning or threat within the twelve words before t0.
bool recognition::warned_before(std::uint32_t s, std::uint32_t t0) const {
  static constexpr std::string_view verbs[] = {"warned", "warns", "warning", "threatened", "threatens", "threatening"};
  const std::uint32_t first = doc_.sentences[s].first_token;
  for (std::uint32_t k = t0; k > first && t0 - k < 12; --k)
    for (const auto v : verbs)
      if (doc_.form_of(k - 1) == v) return true;
  return false;
}

// A name within three words after the trigger, in its clause: "called
// Putin", "called his Ukrainian counterpart".
bool recognition::object_follows(const clause_span& c, std::uint32_t t1) const {
  const std::uint32_t reach = std::min(c.end, t1 + 3);
  for (const auto& m : actors_in(t1, reach))
    if (m.first_token >= t1 && m.first_token < reach && !m.locative) return true;
  return false;
}

// "fighting between Armenia and Azerbaijan": the names after "between" are
// the parties, whoever the sentence is about ("Russia sent peacekeepers
// under a deal that ended six weeks of fighting between ...").
std::size_t recognition::add_between(event& e, const clause_span& c, std::uint32_t t1) {
  std::size_t n = 0;
  const std::uint32_t reach = std::min(c.end, t1 + 12);
  for (const auto& m : actors_in(t1 + 1, reach)) {
    if (m.first_token <= t1 || m.first_token >= reach) continue;
    if (m.first_token > t1 + 1 && clause_barrier_between(t1, t1 + 1, m.first_token, m.last_token)) break;
    add_group(e, m, participant_role::participant);
    ++n;
  }
  return n;
}

// Right: mentions after the trigger in the clause, within reach.
void recognition::add_objects(event& e, const clause_span& c, std::uint32_t t1, participant_role role, bool locative_ok) {
  // Names near the trigger; a list of names goes on further (below).
  const std::uint32_t near = t1 + 14;
  std::uint32_t reach = std::min(c.end, t1 + 48);
  // "Ecowas, which met in Accra on Sunday, agreed to close borders with
  // Mali": a relative clause ends where the clause it interrupted resumes.
  if (const auto k = doc_.clause_of_token(t1 - 1); k != no_index) {
    const auto& own = doc_.clauses[static_cast<std::size_t>(k)];
    // (Not a reduced relative: "jets supplied by NATO members have arrived
    // in Ukraine" tells where the aid went.)
    if (own.kind == clause_kind::relative && own.opener != no_token && own.last_token > t1) reach = std::min(reach, own.last_token);
  }
  // "the meeting comes after Biden ...": the subordinate clause has its own actors.
  for (std::uint32_t k = t1; k < reach; ++k) {
    const auto w = doc_.form_of(k);
    // "did more to persuade Netanyahu in a single meeting than Biden could": a comparison's other side.
    if (w == "than") { reach = k; break; }
    // "met the king in Washington and spoke by phone with Shoukry": the next
    // verb's names are its own.
    if (k > t1 && doc_.class_of(k) == word_class::conjunction && k + 1 < reach &&
        coordination_start(doc_.clause_of_token(k + 1)) == k) {
      reach = k;
      break;
    }
    if (k > t1 && (w == "that" || w == "which")) { reach = k; break; }
    // "supplied Azerbaijan with drones, Armenian officials said": who says it is no party.
    // (Without a subject, as in "systems are being dispatched to Belarus,
    // Russia's Defense Ministry said", the speaker is all the text gives.)
    if (w == "," && !e.actors.empty() && reporting_clause_at(k + 1, reach)) { reach = k; break; }
    // "to send battle tanks as it tries to take back territory from Russia":
    // "as" before a pronoun opens a clause of its own.
    if (w == "as" && k + 1 < reach && doc_.class_of(k + 1) == word_class::pronoun) {
      reach = k;
      break;
    }
    // "reluctance to send Leopards, fearing it could escalate tensions with
    // Moscow", "struck Kharkiv, killing five": a participle set off by a
    // comma says more about the subject; its names are not the trigger's.
    if (w == "," && k + 1 < reach && doc_.class_of(k + 1) == word_class::verb &&
        doc_.verb_form_of(k + 1) == verb_form::gerund && doc_.form_of(k + 1) != "including") {
      reach = k;
      break;
    }
    // ("following the Hamas assault", "since the invasion", "amid fighting
    // with Hamas": so has what came before or around it.)
    // ("shelled camps in retaliation for an airstrike by Kenya": what is
    // retaliated for is another happening, with its own actors.)
    // (Nor is it the retaliation's own: "a retaliation for the airstrike by Kenya".)
    const auto retaliating = [&](std::string_view x) {
      return x == "retaliation" || x == "response" || x == "revenge" || x == "reprisal" || x == "reprisals";
    };
    if (k > t1 && doc_.form_of(k - 1) == "in" && retaliating(w)) {
      reach = k - 1;
      break;
    }
    if (k == t1 && (w == "for" || w == "to") && retaliating(doc_.form_of(t1 - 1))) {
      reach = k;
      break;
    }
    if (w == "after" || w == "before" || w == "while" || w == "because" || w == "although" || w == "who" ||
        w == "whose" || w == "when" || ((w == "following" || w == "since" || w == "until" || w == "amid" ||
                                        w == "despite") && doc_.class_of(k) == word_class::preposition)) {
      reach = k;
      break;
    }
  }
  reach = listed_names_end(t1, std::min(reach, near), reach);
  for (const auto& m : actors_in(t1, reach)) {
    if (m.first_token < t1 || m.first_token >= reach) continue;
    if (m.locative && !locative_ok) continue;
    if (made_by(m)) continue;
    // "an airstrike ordered by Trump", "an attack by Russian forces": the
    // agent after the trigger made it.
    // So does an ally fighting "alongside", and where missiles were launched
    // "from" ("from inside Iran").
    // (Over an article: "alongside the SAF", "by the Israeli military".)
    std::uint32_t b = m.first_token;
    if (b > t1 + 1 && doc_.form_of(b - 1) == "the") --b;
    const auto before = b > t1 ? doc_.form_of(b - 1) : std::string_view{};
    const bool from_inside = before == "inside" && m.first_token > t1 + 1 && doc_.form_of(m.first_token - 2) == "from";
    const bool agent = role == participant_role::target && m.first_token > t1 &&
                       (before == "by" || before == "alongside" ||
                        (e.type == event_type::attack && (before == "from" || from_inside)));
    add_group(e, m, agent || deployed_forces_of(e, m, t1) ? participant_role::source : role);
  }
  if (!locative_ok) return;
  // "weapons to Kyiv": a capital named as the place stands for its state.
  for (const auto& p : places_in(t1, reach)) {
    if (p.first_token < t1 || p.first_token >= reach || p.country.empty()) continue;
    if (doc_.actors.count(p.country)) add(e, p.country, role);
  }
}

// "the deployment of 3,000 Russian troops", "sending Turkish troops":
// whose forces are deployed deploys them.
bool recognition::deployed_forces_of(const event& e, const actor_mention& m, std::uint32_t t1) const {
  if (e.type != event_type::troop_deployment || t1 > m.first_token || m.last_token >= doc_.tokens.size())
    return false;
  for (std::uint32_t k = doc_.form_of(t1) == "of" ? t1 + 1 : t1; k < m.first_token; ++k) {
    const auto cls = doc_.class_of(k);
    if (cls != word_class::determiner && cls != word_class::number && cls != word_class::adjective) return false;
  }
  static const word_set forces{"troops", "forces", "soldiers", "units", "warships", "reservists", "battalions",
                               "brigades", "marines", "paratroopers", "tanks", "jets", "personnel"};
  return forces.has(doc_, m.last_token);
}

// "meets with A, B's adviser C, D, left, and E": a list of names with their
// titles and captions runs on past the words near the trigger; it ends at
// the first word that is no part of a list of names, their titles and
// captions (a verb, a preposition, a number).
std::uint32_t recognition::listed_names_end(std::uint32_t t1, std::uint32_t near, std::uint32_t limit) const {
  std::uint32_t end = near;
  std::uint32_t last = no_token;  // where the last name read ends
  for (const auto& m : actors_in(t1, limit)) {
    if (m.first_token < t1 || m.last_token > limit) continue;
    if (m.first_token < near) {
      last = m.last_token;
      continue;
    }
    if (last == no_token || m.first_token - last > 8) break;
    for (std::uint32_t k = last; k < m.first_token; ++k) {
      const auto cls = doc_.class_of(k);
      const auto f = doc_.form_of(k);
      if (f == "," || f == "and") continue;
      if (cls == word_class::verb || cls == word_class::preposition || cls == word_class::subordinator ||
          cls == word_class::relative || cls == word_class::number || (cls == word_class::punctuation && f != "'s"))
        return end;
    }
    last = m.last_token;
    end = last;
  }
  return end;
}

// "US-made ATACMS missiles", "Iranian-designed drones": who made the
// weapon is no party to what is done with it.
bool recognition::made_by(const actor_mention& m) const {
  const auto k = m.last_token;
  if (k + 1 >= doc_.tokens.size() || doc_.form_of(k) != "-" || doc_.tokens[k].space_before) return false;
  static const word_set making{"made", "built", "designed", "manufactured", "produced", "supplied", "provided",
                               "donated", "funded", "backed", "owned", "flagged"};
  return making.has(doc_, k + 1);
}

// "The US condemned the attack", "Iran backs the Houthi offensive": the
// subject of a verb of stance or support whose object is the trigger
// neither made nor suffered it; "Kyiv repelled the assault": the subject
// of a verb of defence suffered it. Returns that verb, or no_token.
std::uint32_t recognition::onlooker_verb(std::uint32_t t0, bool& defends) const {
  defends = false;
  if (doc_.class_of(t0) == word_class::verb) return no_token;
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return no_token;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.verb == no_token || cl.verb >= t0 || cl.voice != verb_voice::active || cl.object == no_index) return no_token;
  // The trigger heads the object or a phrase of it after "of" ("condemned the wave of attacks").
  auto ch = static_cast<std::size_t>(cl.object);
  bool in_object = false;
  for (;; ++ch) {
    const auto& c = doc_.chunks[ch];
    if (c.first_token <= t0 && t0 < c.last_token) {
      in_object = true;
      break;
    }
    if (ch + 1 >= doc_.chunks.size() || doc_.chunks[ch + 1].preposition == no_token ||
        doc_.form_of(doc_.chunks[ch + 1].preposition) != "of" || doc_.chunks[ch + 1].preposition != c.last_token)
      break;
  }
  if (!in_object) return no_token;
  static const word_set onlookers{"condemn", "denounce", "decry", "deplore", "criticize", "criticise", "welcome",
                                  "praise", "hail", "applaud", "mourn", "investigate", "probe", "protest", "oppose"};
  static const word_set defenders{"repel", "repulse", "thwart", "foil", "survive", "withstand"};
  // ("to support combat operations": who supports them without naming who
  // makes them takes part; "backed a separatist insurgency" does not.)
  static const word_set backers{"back", "support", "fund", "finance", "sponsor", "bankroll", "arm"};
  if (defenders.has_lemma(doc_, cl.verb)) {
    defends = true;
    return cl.verb;
  }
  if (onlookers.has_lemma(doc_, cl.verb)) return cl.verb;
  if (!backers.has_lemma(doc_, cl.verb)) return no_token;
  for (const auto& m : actors_in(cl.verb + 1, t0))
    if (m.first_token > cl.verb && m.last_token <= t0 && !m.locative) return cl.verb;
  return no_token;
}

std::uint32_t recognition::coordination_start(std::int32_t k) const {
  if (k == no_index) return no_token;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.kind != clause_kind::main || cl.opener != no_token || cl.subject == no_index || cl.verb == no_token ||
      doc_.class_of(cl.first_token) != word_class::conjunction)
    return no_token;
  // (The subject is the earlier verb's, before the conjunction.)
  if (doc_.chunks[static_cast<std::size_t>(cl.subject)].last_token > cl.first_token) return no_token;
  return cl.first_token;
}

std::vector<const actor_mention*> recognition::coordinated_subject(std::int32_t k, std::uint32_t t0) const {
  std::vector<const actor_mention*> out;
  const auto from = coordination_start(k);
  if (from == no_token) return out;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.voice != verb_voice::active || t0 < cl.verb) return out;
  // ("denied the plan and said Russian troops ...": who says it is not who acts.)
  if (t0 > cl.verb && reporting_lemma(doc_.lemma_of(cl.verb))) return out;
  const auto& who = doc_.chunks[static_cast<std::size_t>(cl.subject)];
  for (const auto& m : actors_in(who.first_token, who.last_token))
    if (m.first_token >= who.first_token && m.last_token <= who.last_token && !m.locative) out.push_back(&m);
  return out;
}

std::vector<const actor_mention*> recognition::relative_subject(std::int32_t k, std::uint32_t t0) const {
  std::vector<const actor_mention*> out;
  if (k == no_index) return out;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.kind != clause_kind::relative || cl.subject == no_index || cl.opener == no_token || cl.verb == no_token ||
      cl.voice != verb_voice::active || t0 < cl.verb)
    return out;
  const auto& who = doc_.chunks[static_cast<std::size_t>(cl.subject)];
  if (who.last_token > cl.opener) return out;  // a subject of its own: "which Russia seized"
  // (A name after "to" or "in" is the subject all the same: "aid to Ukraine, which has ...".)
  for (const auto& m : actors_in(who.first_token, who.last_token))
    if (m.first_token >= who.first_token && m.last_token <= who.last_token) out.push_back(&m);
  return out;
}

const actor_mention* recognition::relative_antecedent(const clause_span& c, std::uint32_t t0) const {
  if (t0 <= c.begin) return nullptr;
  const auto w = doc_.form_of(t0);
  const auto before = doc_.form_of(t0 - 1);
  if (w.size() < 5 || w.substr(w.size() - 3) != "ing" ||
      !(before == "before" || before == "after" || before == "while" || before == "since" || before == "upon"))
    return nullptr;
  for (std::uint32_t k = t0; k > c.begin + 1; --k) {
    if (doc_.form_of(k - 1) != "who") continue;
    const std::uint32_t end = doc_.form_of(k - 2) == "," ? k - 2 : k - 1;
    for (const auto& m : doc_.actor_mentions)
      if (m.last_token == end) return &m;
    return nullptr;
  }
  return nullptr;
}

// m right before t0, or its possessive ("Russia's", "the Kremlin's 2014"
// before "annexation", with at most an adjective or a year between).
bool recognition::possessor_of(const actor_mention& m, std::uint32_t t0) const {
  if (m.last_token == t0) return true;
  if (m.last_token >= t0) return false;
  const auto p = doc_.form_of(m.last_token);
  if (p != "'s" && p != "\xE2\x80\x99s") return false;
  // ("Russia's February 2022 invasion": a date between is the trigger's own.)
  std::uint32_t from = m.last_token + 1;
  for (const auto& t : times_in(from, t0))
    if (t.first_token == from && t.last_token <= t0) from = t.last_token;
  for (std::uint32_t k = from; k < t0; ++k) {
    if (k > from + 1) return false;
    const auto c = doc_.class_of(k);
    if (c != word_class::adjective && c != word_class::number) return false;
  }
  return true;
}

bool recognition::modifies_trigger(const actor_mention& m, std::uint32_t t0) const {
  // Only a noun has modifiers: before a verb ("the ELN made a deal") a name is its subject.
  if (doc_.class_of(t0) == word_class::verb) return false;
  if (m.last_token > t0 || t0 - m.last_token > 2 || m.first_token == 0) return false;
  for (std::uint32_t k = m.last_token; k < t0; ++k)
    if (doc_.tokens[k].capitalized || doc_.tokens[k].kind != token_kind::word) return false;
  const auto d = doc_.form_of(m.first_token - 1);
  return d == "a" || d == "an" || d == "the";
}

bool recognition::joint_before(std::uint32_t t0, std::uint32_t begin) const {
  for (std::uint32_t k = t0; k > begin && t0 - k < 3; --k)
    if (doc_.form_of(k - 1) == "joint") return true;
  return false;
}

}  // namespace recognition_detail

}  // namespace eventgraph
