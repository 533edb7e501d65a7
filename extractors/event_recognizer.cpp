#include "extractors/event_recognizer.h"

#include <algorithm>
#include <array>
#include <set>
#include <span>

#include "core/document.h"
#include "extractors/calendar_words.h"
#include "extractors/clause_analyzer.h"
#include "extractors/modality_classifier.h"
#include "extractors/phrase_index.h"
#include "extractors/word_set.h"

namespace eventgraph {
namespace {

// Quotation marks are no clause break: news quotes a word or two inside a
// clause ("held a “long and thorough” conversation").
bool clause_break(std::string_view t) {
  return t == ";" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == ":";
}

struct clause {
  std::uint32_t begin, end;
};

clause clause_of(const document& doc, std::uint32_t s, std::uint32_t t0, std::uint32_t t1) {
  const auto& sent = doc.sentences[s];
  clause c{sent.first_token, sent.last_token};
  for (std::uint32_t k = t0; k > sent.first_token; --k)
    if (clause_break(doc.lower_of(doc.tokens[k - 1]))) { c.begin = k; break; }
  for (std::uint32_t k = t1; k < sent.last_token; ++k)
    if (clause_break(doc.lower_of(doc.tokens[k]))) { c.end = k; break; }
  return c;
}

bool word_near(const document& doc, const std::vector<std::string>& words, std::uint32_t t0, std::uint32_t t1,
               int window, std::uint32_t sb, std::uint32_t se) {
  const std::uint32_t a = t0 > sb + static_cast<std::uint32_t>(window) ? t0 - static_cast<std::uint32_t>(window) : sb;
  const std::uint32_t b = std::min(se, t1 + static_cast<std::uint32_t>(window));
  for (std::uint32_t k = a; k < b; ++k) {
    if (k >= t0 && k < t1) continue;
    const std::string_view w = doc.form_of(k);
    const std::string_view lemma = doc.lemma_of(k);
    const bool own_lemma = lemma.data() != w.data();  // most tokens are their own lemma: compare once
    for (const auto& x : words)
      if (x == w || (own_lemma && x == lemma)) return true;
  }
  return false;
}

// A verb that reports speech: who says it may not be who does it.
bool reporting_verb(std::string_view w) {
  static constexpr std::string_view verbs[] = {"said",    "says",     "say",    "told",   "tells", "added",
                                               "adds",    "noted",    "stressed", "insisted", "argued", "warned",
                                               "warns",   "according"};
  return std::find(std::begin(verbs), std::end(verbs), w) != std::end(verbs);
}

}  // namespace

event_recognizer::event_recognizer(std::shared_ptr<const trigger_rules> rules) : rules_(std::move(rules)) {}

namespace {

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
bool by_first_token(const std::vector<M>& all) {
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

  void run() {
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const auto& sent = doc_.sentences[s];
      std::set<std::uint32_t> used;  // one event per trigger token
      for (std::uint32_t i = sent.first_token; i < sent.last_token; ++i) {
        if (used.count(i)) continue;
        const auto candidates = rules_.rules_starting_at(doc_, i);
        if (!candidates) continue;
        for (const auto idx : candidates) {
          const auto& rule = rules_.rules()[idx];
          if (!rule.trigger.matches_at(doc_, i, sent.last_token)) continue;
          std::uint32_t t1 = i;
          for (std::uint32_t k = i; k < sent.last_token && k - i < 12; ++k)
            if (rule.trigger.matches_at(doc_, i, k + 1)) { t1 = k + 1; break; }
          if (t1 == i) t1 = i + rule.trigger.length();
          if (!rule.requires_any.empty() &&
              !word_near(doc_, rule.requires_any, i, t1, rule.window, sent.first_token, sent.last_token))
            continue;
          if (!rule.excludes.empty() &&
              word_near(doc_, rule.excludes, i, t1, std::max(rule.window, 1), sent.first_token, sent.last_token))
            continue;
          if (rule.blocks || emit(rule, s, i, t1)) {
            for (std::uint32_t k = i; k < t1; ++k) used.insert(k);
            break;
          }
        }
      }
    }
  }

 private:
  bool emit(const trigger_rule& rule, std::uint32_t s, std::uint32_t t0, std::uint32_t t1) {
    const clause c = clause_of(doc_, s, t0, t1);
    event e;
    e.type = rule.type;
    e.cameo = rule.cameo.empty() ? std::string(default_cameo(rule.type)) : rule.cameo;
    host_.clear();
    std::size_t subjects = add_actors(e, c, t0, t1);
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
    if (e.type == event_type::military_aid) add_running_recipient(e, s);
    add_time(e, c, t0, t1);
    if (speech_act(e.type)) add_speaker(e, s, t0);
    if (!e.when.dated() && !e.when.resolvable()) add_narrative_time(e, s, t0);
    if (e.type != event_type::call) add_place(e, c, s, t0, t1);  // a call joins places, it has none
    if (e.type == event_type::troop_deployment) retype_materiel_for_a_state(e, c, t0, t1);
    add_attributes(e, c, t0, t1);
    modality m = classify_modality(doc_, rules_, s, t0, t1);
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
    if (e.type == event_type::military_aid && m == modality::planned && pledged(t0) &&
        !(e.when.dated() && !doc_.published.is_special() && e.when.start > doc_.published))
      m = modality::asserted;
    e.mod = m;
    if (m == modality::asserted && !e.when.dated() && !e.when.resolvable()) add_report_window(e, t0, t1);
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
    doc_.events.push_back(std::move(e));
    return true;
  }

  // "Burhan announced that the army is withdrawing", "said troops had
  // arrived": what a complement clause tells in the past, the present
  // perfect or the progressive is happening, whatever the verb that reports
  // it ("announced" makes only its own object planned: "announced a
  // withdrawal").
  bool told_as_happening(std::uint32_t t0) const {
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
  bool pledged(std::uint32_t t0) const {
    auto k = doc_.clause_of_token(t0);
    if (k == no_index) return false;
    const auto& c = doc_.clauses[static_cast<std::size_t>(k)];
    if (c.modal == no_token || doc_.lemma_of(c.modal) != "will" || c.negated) return false;
    for (; k != no_index; k = doc_.clauses[static_cast<std::size_t>(k)].parent) {
      const auto& x = doc_.clauses[static_cast<std::size_t>(k)];
      if (x.governor != no_token || x.kind == clause_kind::subordinate) return false;
      if (x.modal != no_token && &x != &c) return false;
    }
    return true;
  }

  // "Germany will send Leopard tanks to Ukraine": equipment, not forces,
  // sent to another state is aid to it; forces sent there are a deployment.
  void retype_materiel_for_a_state(event& e, const clause& c, std::uint32_t t0, std::uint32_t t1) {
    static constexpr std::string_view giving[] = {"send", "deliver", "supply", "provide", "ship", "transfer", "give"};
    static constexpr std::string_view personnel[] = {"troop",     "force",      "soldier",  "sailor",     "marine",
                                                     "personnel", "unit",       "battalion", "brigade",   "division",
                                                     "contingent", "reservist", "mercenary", "peacekeeper", "paratrooper",
                                                     "reinforcement", "army"};
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
  void add_running_recipient(event& e, std::uint32_t s) {
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
  std::vector<const place_mention*> destinations(const clause& c, std::uint32_t t1) const {
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

  void add(event& e, const std::string& id, participant_role r) {
    for (auto& p : e.actors)
      if (p.actor_id == id) return;
    e.actors.push_back({id, r});
  }

  void add_group(event& e, const actor_mention& m, participant_role r) {
    add(e, m.actor_id, r);
    for (const auto& extra : m.also) add(e, extra, r);
  }

  // Actors on the subject side (nearest mention before the trigger and those
  // conjoined with it) and on the object side (mentions after it).
  // Returns the number of subject-side mentions.
  std::size_t add_actors(event& e, const clause& c, std::uint32_t t0, std::uint32_t t1) {
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
    if (subjects > 0) {
      add_objects(e, c, t1, right_role, locative_ok);
      return subjects;
    }
    if (!symmetric && t1 < c.end && doc_.form_of(t1) == "between")
      if (const auto parties = add_between(e, c, t1); parties > 0) return parties;
    // "..., who visited Kyiv and held talks in Berlin before traveling to
    // Geneva": an adjunct's subject is the relative clause's antecedent.
    if (const auto* who = relative_antecedent(c, t0)) {
      add_group(e, *who, left_role);
      add_objects(e, c, t1, right_role, locative_ok);
      return 1;
    }
    std::uint32_t subject_edge = t0;  // the subject is sought before this token
    // (A mention starting at t0 or later ends after subject_edge, and sorted,
    // those before the clause come last: the walk is over the clause's.)
    const auto before_trigger = actors_in(0, t0);
    const int last = actors_sorted_ ? static_cast<int>(before_trigger.size()) : static_cast<int>(doc_.actor_mentions.size());
    for (int k = last - 1; k >= 0; --k) {
      const auto& m = doc_.actor_mentions[k];
      if (actors_sorted_ && m.first_token < c.begin) break;
      // "its backing of pro-Russian separatists battling Ukrainian troops": the
      // name right before the trigger is its subject, whatever governs it.
      if (m.last_token > subject_edge || m.first_token < c.begin || m.locative) continue;
      // "participate in a NATO maritime exercise": a name inside the trigger's
      // noun phrase takes part, and the subject is further left.
      if (modifies_trigger(m, t0)) {
        add_group(e, m, left_role);
        subject_edge = m.first_token - 1;
        continue;
      }
      if (after_preposition(m, c.begin) && m.last_token != t0) continue;
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
    if (left >= 0 && !speech_act(e.type) && speech_between(doc_.actor_mentions[left].last_token, t0) &&
        !speaker_resumed(doc_.actor_mentions[left], t0))
      left = -1;
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
          if (!(w == "and" || w == "," || w == "-" || w == "\xE2\x80\x93" || w == "'s" || w == "\xE2\x80\x99s" || w == "the" || w == "top" ||
                w == "its" || w == "allies")) { joined = false; break; }
        }
        if (!joined) break;
        add_group(e, m, left_role);
        ++subjects;
        edge = m.first_token;
      }
    }
    add_objects(e, c, t1, right_role, locative_ok);
    return subjects;
  }

  // The roles of the trigger's clause, from the linguistic layer:
  // - "was attacked by PLA troops", "were hosted by Oman": the passive
  //   agent acts and the subject undergoes (or, for a meeting, takes part);
  // - "Pence briefed Pelosi on an evening phone call", "Erdogan hosted
  //   Putin for talks": a meeting or call told as a phrase of the clause
  //   has the clause's subject and object among its parties.
  // Returns the number of parties added on the subject side.
  std::size_t add_clause_roles(event& e, std::uint32_t t0, std::uint32_t t1) {
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
    if (trigger_is_verb && cl.voice == verb_voice::passive && cl.agent != no_index) {
      const auto agents = actors_of_chunk(cl.agent);
      if (!agents.empty()) {
        const auto subject_role = symmetric ? participant_role::participant : participant_role::target;
        for (const auto* m : actors_of_chunk(cl.subject))
          for (auto& p : e.actors)
            if (p.actor_id == m->actor_id) p.role = subject_role;
        for (const auto* m : agents) {
          bool known = false;
          for (auto& p : e.actors)
            if (p.actor_id == m->actor_id) {
              p.role = symmetric ? participant_role::participant : participant_role::source;
              known = true;
            }
          if (!known) {
            add_group(e, *m, symmetric ? participant_role::participant : participant_role::source);
            ++added;
          }
        }
      }
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
  bool warned_before(std::uint32_t s, std::uint32_t t0) const {
    static constexpr std::string_view verbs[] = {"warned", "warns", "warning", "threatened", "threatens", "threatening"};
    const std::uint32_t first = doc_.sentences[s].first_token;
    for (std::uint32_t k = t0; k > first && t0 - k < 12; --k)
      for (const auto v : verbs)
        if (doc_.form_of(k - 1) == v) return true;
    return false;
  }

  // A name within three words after the trigger, in its clause: "called
  // Putin", "called his Ukrainian counterpart".
  bool object_follows(const clause& c, std::uint32_t t1) const {
    const std::uint32_t reach = std::min(c.end, t1 + 3);
    for (const auto& m : actors_in(t1, reach))
      if (m.first_token >= t1 && m.first_token < reach && !m.locative) return true;
    return false;
  }

  // "fighting between Armenia and Azerbaijan": the names after "between" are
  // the parties, whoever the sentence is about ("Russia sent peacekeepers
  // under a deal that ended six weeks of fighting between ...").
  std::size_t add_between(event& e, const clause& c, std::uint32_t t1) {
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

  // "Pakistan's army said it had moved troops": the speaker, named again by
  // a pronoun right after the reporting verb, is who acts. Only "it" and
  // "they", which stand for a state or a body, never for a person.
  bool speaker_resumed(const actor_mention& speaker, std::uint32_t t0) const {
    const auto it = doc_.actors.find(speaker.actor_id);
    if (it == doc_.actors.end() || it->second.kind == actor_kind::person) return false;
    std::uint32_t verb = t0;
    for (std::uint32_t k = speaker.last_token; k < t0; ++k)
      if (reporting_verb(doc_.form_of(k))) verb = k;
    if (verb == t0) return false;
    for (std::uint32_t k = verb + 1; k < t0 && k <= verb + 3; ++k) {
      const auto w = doc_.form_of(k);
      // "it had moved troops", "it could impose sanctions"; not "it could
      // impose sanctions on commanders responsible for attacks".
      if (w == "it" || w == "they") return t0 - k <= 3;
      if (w != "that" && w != ",") return false;
    }
    return false;
  }

  // "Armenian officials said", "President Joe Biden said": a reporting
  // verb within five words, after a name and before any other comma.
  bool reporting_clause_at(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t k = from; k < to && k < from + 6; ++k) {
      const auto w = doc_.form_of(k);
      // ", though Lavrov said ...": a clause of its own, not an aside.
      if (w == "," || w == "though" || w == "although" || w == "while" || w == "but" || w == "and" || w == "as")
        return false;
      if (reporting_verb(w)) return k > from;
    }
    return false;
  }

  // Right: mentions after the trigger in the clause, within reach.
  void add_objects(event& e, const clause& c, std::uint32_t t1, participant_role role, bool locative_ok) {
    std::uint32_t reach = std::min(c.end, t1 + 14);
    // "the meeting comes after Biden ...": the subordinate clause has its own actors.
    for (std::uint32_t k = t1; k < reach; ++k) {
      const auto w = doc_.form_of(k);
      if (k > t1 && (w == "that" || w == "which")) { reach = k; break; }
      // "supplied Azerbaijan with drones, Armenian officials said": who says it is no party.
      // (Without a subject, as in "systems are being dispatched to Belarus,
      // Russia's Defense Ministry said", the speaker is all the text gives.)
      if (w == "," && !e.actors.empty() && reporting_clause_at(k + 1, reach)) { reach = k; break; }
      if (w == "after" || w == "before" || w == "while" || w == "because" || w == "although" || w == "who" ||
          w == "whose" || w == "when") {
        reach = k;
        break;
      }
    }
    for (const auto& m : actors_in(t1, reach)) {
      if (m.first_token < t1 || m.first_token >= reach) continue;
      if (m.locative && !locative_ok) continue;
      add_group(e, m, role);
    }
    if (!locative_ok) return;
    // "weapons to Kyiv": a capital named as the place stands for its state.
    for (const auto& p : places_in(t1, reach)) {
      if (p.first_token < t1 || p.first_token >= reach || p.country.empty()) continue;
      if (doc_.actors.count(p.country)) add(e, p.country, role);
    }
  }

  const actor_mention* relative_antecedent(const clause& c, std::uint32_t t0) const {
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

  bool modifies_trigger(const actor_mention& m, std::uint32_t t0) const {
    if (m.last_token > t0 || t0 - m.last_token > 2 || m.first_token == 0) return false;
    for (std::uint32_t k = m.last_token; k < t0; ++k)
      if (doc_.tokens[k].capitalized || doc_.tokens[k].kind != token_kind::word) return false;
    const auto d = doc_.form_of(m.first_token - 1);
    return d == "a" || d == "an" || d == "the";
  }

  bool joint_before(std::uint32_t t0, std::uint32_t begin) const {
    for (std::uint32_t k = t0; k > begin && t0 - k < 3; --k)
      if (doc_.form_of(k - 1) == "joint") return true;
    return false;
  }

  // A meeting, call or visit told in the past tense with no date of its own
  // happened on the day the narrative is at: the last day named in this or
  // the previous sentence ("Blinken repeated that on Friday ... Blinken spoke
  // by phone with Kuleba"). The value is marked anchored.
  void add_narrative_time(event& e, std::uint32_t s, std::uint32_t t0) {
    if (e.type != event_type::meeting && e.type != event_type::call && e.type != event_type::visit) return;
    static constexpr std::string_view past[] = {"met", "spoke", "held", "talked", "took", "sat", "flew", "rang", "visited",
                                                "called", "phoned", "traveled", "travelled", "arrived"};
    const auto w = doc_.form_of(t0);
    if (std::find(std::begin(past), std::end(past), w) == std::end(past)) return;
    const std::uint32_t from = s > 0 ? s - 1 : 0;
    const time_mention* last = nullptr;
    for (const auto& t : doc_.time_mentions) {
      if (t.sentence < from || t.sentence > s || (t.sentence == s && t.first_token >= t0)) continue;
      if (t.duration || (t.value.grain != granularity::day && t.value.relative.what != relative_time::unit::weekday))
        continue;
      last = &t;
    }
    if (!last) return;
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
  void add_report_window(event& e, std::uint32_t t0, std::uint32_t t1) const {
    if (doc_.published.is_special()) return;
    const auto k = doc_.clause_of_token(t0);
    if (k == no_index) return;
    const auto& c = doc_.clauses[static_cast<std::size_t>(k)];
    if (c.kind == clause_kind::subordinate) return;
    // Not a noun in a phrase of purpose or topic ("troops for exercises",
    // "talk about a summit"): that one has not happened yet.
    const auto ch = doc_.chunk_of_token(t0);
    if (ch != no_index) {
      const auto p = doc_.chunks[static_cast<std::size_t>(ch)].preposition;
      if (p != no_token) {
        const auto w = doc_.form_of(p);
        if (w == "for" || w == "to" || w == "about" || w == "over" || w == "toward" || w == "towards") return;
      }
    }
    const bool recent = c.tense == verb_tense::past ||
                        (c.tense == verb_tense::present && (c.aspect != verb_aspect::simple || (c.verb >= t0 && c.verb < t1)));
    if (!recent) return;
    e.when = interval_value(doc_.published - boost::gregorian::days(1), doc_.published, granularity::interval,
                            time_resolution::reported);
  }

  bool presupposed(std::uint32_t s, std::uint32_t t0) const {
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

  static bool speech_act(event_type t) {
    return t == event_type::sanctions_threat || t == event_type::demand || t == event_type::rejection ||
           t == event_type::statement;
  }

  // A threat, demand or rejection is made by whoever says it, when it is
  // said: "Blinken repeated that on Friday, saying ... committed 'if Russia
  // decides to pursue aggression, to a united, swift and severe response'".
  void add_speaker(event& e, std::uint32_t s, std::uint32_t t0) {
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
  bool after_preposition(const actor_mention& m, std::uint32_t clause_begin) const {
    if (m.first_token == clause_begin) return false;
    // "two divisions of Russian troops": whose troops they are.
    if (m.last_token < doc_.tokens.size()) {
      const auto next = doc_.form_of(m.last_token);
      if (next == "troops" || next == "forces" || next == "soldiers" || next == "units" || next == "warships")
        return false;
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
  bool speech_between(std::uint32_t from, std::uint32_t to) const {
    bool speech = false;
    for (std::uint32_t k = from; k < to; ++k) {
      const auto w = doc_.form_of(k);
      if (reporting_verb(w)) speech = true;
      if (speech && (w == "after" || w == "before" || w == "following" || w == "during")) return false;
    }
    return speech;
  }

  // A determiner or possessive right before a trigger noun: "the drills",
  // "their talks", "Friday's meeting".
  bool definite_before(std::uint32_t t0, std::uint32_t t1, std::uint32_t first, std::uint32_t last) const {
    if (t0 == first) return false;
    // "her meeting with Ryabkov" says who: new information, not a reference back.
    if (t1 < last && (doc_.form_of(t1) == "with" || doc_.form_of(t1) == "between")) return false;
    const auto w = doc_.form_of(t0 - 1);
    static constexpr std::string_view determiners[] = {"the", "this", "these", "those", "their",
                                                       "its", "his", "her", "'s", "\xE2\x80\x99s"};
    for (const auto d : determiners)
      if (w == d) return true;
    return false;
  }

  bool on_trigger_phrase(std::uint32_t t1, std::uint32_t k) const {
    if (k - t1 > 6) return false;
    for (std::uint32_t j = t1; j < k; ++j) {
      const auto w = doc_.form_of(j);
      if (!(w == "in" || w == "at" || w == "near" || w == "off" || w == "of" || w == "the" || w == "a" || w == "," ||
            doc_.tokens[j].capitalized))
        return false;
    }
    return true;
  }

  // A subordinate or relative clause between the trigger and a date or place
  // belongs to another happening: in "the meeting comes after Biden spent
  // Thursday ...", Thursday does not date the meeting.
  bool clause_barrier_between(std::uint32_t t0, std::uint32_t t1, std::uint32_t first, std::uint32_t last) const {
    static constexpr std::string_view barriers[] = {"after", "before", "since", "while", "when", "whereas",
                                                    "although", "because", "who", "which", "whose", "that"};
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

  void add_time(event& e, const clause& c, std::uint32_t t0, std::uint32_t t1) {
    const time_mention* best = nullptr;
    std::uint32_t best_d = ~0u;
    // "concluded the talks on Friday, agreeing to hold another round", "on
    // Monday they agreed to meet": a date before the verb an infinitive hangs
    // on dates that verb, not the happening the infinitive tells.
    std::uint32_t governed_from = 0;
    if (const auto k = doc_.clause_of_token(t0); k != no_index) {
      const auto& lc = doc_.clauses[static_cast<std::size_t>(k)];
      if (lc.governor != no_token && lc.governor < t0) governed_from = lc.governor;
    }
    for (const auto& t : times_in(c.begin, c.end)) {
      if (t.first_token < c.begin || t.last_token > c.end) continue;
      if (!t.duration && t.last_token <= governed_from) continue;
      if (!t.duration && clause_barrier_between(t0, t1, t.first_token, t.last_token)) continue;
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
    if (best) e.when = best->value;
  }

  // Whether an event trigger starts in [from, to).
  // A word that is a trigger only with words it lacks ("what officials called
  // a camp": "called" excludes "a") owns nothing.
  bool trigger_between(const clause& c, std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t k = from; k < to; ++k)
      if (const auto v = rules_.rules_starting_at(doc_, k))
        for (const auto idx : v) {
          const auto& r = rules_.rules()[idx];
          if (r.blocks || !r.trigger.matches_at(doc_, k, to)) continue;
          const std::uint32_t end = k + r.trigger.length();
          if (!r.requires_any.empty() && !word_near(doc_, r.requires_any, k, end, r.window, c.begin, c.end)) continue;
          if (!r.excludes.empty() && word_near(doc_, r.excludes, k, end, std::max(r.window, 1), c.begin, c.end)) continue;
          return true;
        }
    return false;
  }

  // The place of an event: after the trigger and close to it ("met in
  // Geneva", "drills near the Taiwan Strait"), right before it ("the Geneva
  // talks"), or opening the sentence ("In Geneva, ..."). A place named further
  // off is some other part of the sentence.
  void add_place(event& e, const clause& c, std::uint32_t s, std::uint32_t t0, std::uint32_t t1) {
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
      if (clause_barrier_between(t0, t1, p.first_token, p.last_token)) continue;
      if (p.first_token >= t1 ? trigger_between(c, t1, p.first_token) : false) continue;
      const std::uint32_t d = p.first_token >= t1 ? p.first_token - t1 : (t0 >= p.last_token ? (t0 - p.last_token) * 2 : 0);
      if (d < best_d) { best_d = d; best = &p; }
    }
    if (best) {
      e.location = best->name;
      // "troops sent to areas near Ukraine": by a state, its border.
      const bool state = doc_.actors.count(best->country) && doc_.actors.at(best->country).name == best->name;
      if (state && best->first_token > 0 && doc_.form_of(best->first_token - 1) == "near" &&
          (e.type == event_type::troop_deployment || e.type == event_type::attack))
        e.location = "border of " + best->name;
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
  std::string border_after(const clause& c, std::uint32_t t1, std::uint32_t reach) const {
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

  void add_attributes(event& e, const clause& c, std::uint32_t t0, std::uint32_t t1) {
    // Weapons and equipment named near the trigger, in its clause.
    for (const auto& m : equipment_in(c.begin, c.end)) {
      if (m.first_token < c.begin || m.last_token > c.end) continue;
      if (m.first_token >= t1 ? m.first_token - t1 > 8 : t0 - std::min(t0, m.last_token) > 8) continue;
      if (clause_barrier_between(t0, t1, m.first_token, m.last_token)) continue;
      auto& eq = e.attributes["equipment"];
      if (eq.find(m.text) == std::string::npos) eq += (eq.empty() ? "" : ", ") + m.text;
    }
    add_quantity(e, c);
  }

  // "100,000 troops", "1,00,000 Russian troops", "two divisions", "tens of
  // thousands of troops": the number, in digits, and what is counted.
  void add_quantity(event& e, const clause& c) {
    static const word_set counted{"troops", "soldiers", "forces", "divisions", "battalions", "brigades",
                                  "personnel", "warships", "tanks", "jets", "reservists", "servicemen",
                                  "sailors", "marines"};
    const auto counts = [&](std::uint32_t k) {
      // The counted noun, possibly after a demonym or "more": "100,000 Russian troops".
      for (std::uint32_t j = k; j < c.end && j < k + 3; ++j)
        if (counted.has(doc_, j)) return std::string(doc_.form_of(j));
      return std::string();
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
            if (!(unit.empty() && u.empty())) e.attributes["unit"] = unit.empty() ? u : unit;
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
      if (const auto unit = counts(k + 1); !unit.empty()) {
        e.attributes["quantity"] = number;
        e.attributes["unit"] = unit;
        found = true;
      }
    }
  }

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
};

}  // namespace

void event_recognizer::operator()(document& doc) const {
  doc.events.clear();
  recognition(doc, *rules_).run();
}

}  // namespace eventgraph
