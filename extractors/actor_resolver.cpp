#include "extractors/actor_resolver.h"

#include <algorithm>
#include <iterator>
#include <optional>

#include "core/document.h"
#include "extractors/word_set.h"

namespace eventgraph {
namespace {

char pronoun_gender(std::string_view w) {
  if (w == "he" || w == "him" || w == "his") return 'm';
  if (w == "she" || w == "her" || w == "hers") return 'f';
  return 0;
}

bool compatible(const document& doc, const std::string& id, char g) {
  auto it = doc.actors.find(id);
  if (it == doc.actors.end() || it->second.kind != actor_kind::person) return false;
  return it->second.gender == '?' || it->second.gender == g;
}

// What a pair reference can stand for: "the two men" are persons, "both
// countries" states, "both sides" two parties (states, bodies, groups; a
// person quoted just before is more often the speaker than a side).
enum class group_kind { none, persons, states, parties };

group_kind group_of(std::string_view noun) {
  if (noun == "men" || noun == "women" || noun == "leaders" || noun == "ministers" || noun == "presidents")
    return group_kind::persons;
  if (noun == "countries" || noun == "nations" || noun == "governments" || noun == "neighbours" || noun == "neighbors" ||
      noun == "states")
    return group_kind::states;
  // "both delegations", "the two negotiating teams": who a state sends stands for it.
  if (noun == "sides" || noun == "parties" || noun == "delegations" || noun == "negotiators" || noun == "teams")
    return group_kind::parties;
  return group_kind::none;
}

bool fits(actor_kind k, group_kind g) {
  switch (g) {
    case group_kind::persons: return k == actor_kind::person;
    case group_kind::states: return k == actor_kind::state;
    case group_kind::parties: return k != actor_kind::person;
    case group_kind::none: return false;
  }
  return false;
}

// A name in a prepositional phrase ("a session with Russian Foreign Minister
// Sergei Lavrov"): a pronoun further on more often means the sentence's subject.
bool oblique(const document& doc, const actor_mention& m, std::uint32_t sentence_first) {
  std::uint32_t k = m.first_token;
  for (int steps = 0; k > sentence_first && steps < 5; ++steps) {
    const auto& t = doc.tokens[k - 1];
    const auto w = doc.lower_of(t);
    if (w == "with" || w == "to" || w == "from" || w == "by" || w == "for" || w == "of" || w == "against" ||
        w == "about" || w == "at") return true;
    const auto text = doc.text_of(t);
    if (text.empty() || !(text[0] >= 'A' && text[0] <= 'Z')) return false;  // only title words may intervene
    --k;
  }
  return false;
}

// Whether mention m is what "its" at token i refers to: m is a possessor
// with no verb between ("Russia's aggression against its"), or the subject
// of the clause of i, or of the clause reporting it.
bool owns_its(const document& doc, const actor_mention& m, std::uint32_t i) {
  if (m.last_token < doc.tokens.size()) {
    const auto w = doc.lower_of(doc.tokens[m.last_token]);
    if (w == "'s" || w == "\xE2\x80\x99s") {
      bool verb = false;
      for (std::uint32_t k = m.last_token + 1; k < i && !verb; ++k) verb = doc.class_of(k) == word_class::verb;
      if (!verb && i - m.last_token < 10) return true;
    }
  }
  const auto subject_has = [&](std::int32_t k) {
    if (k == no_index) return false;
    const auto& cl = doc.clauses[static_cast<std::size_t>(k)];
    if (cl.subject == no_index) return false;
    const auto& who = doc.chunks[static_cast<std::size_t>(cl.subject)];
    return who.first_token <= m.first_token && m.last_token <= who.last_token;
  };
  const auto k = doc.clause_of_token(i);
  if (k == no_index) return false;
  return subject_has(k) || subject_has(doc.clauses[static_cast<std::size_t>(k)].parent);
}

// The actors of the subject of the latest clause before token `before`,
// from sentence `from_sentence` on, whose subject is a coordination ("Biden,
// Scholz and Macron"), in text order; empty when there is none.
std::vector<std::string> coordinated_subject(const document& doc, std::uint32_t before, std::uint32_t from_sentence) {
  // (From the last clause that starts before `before`: a search, not a scan.)
  const auto starts = std::lower_bound(doc.clauses.begin(), doc.clauses.end(), before,
                                       [](const clause& c, std::uint32_t t) { return c.first_token < t; });
  for (auto c = std::make_reverse_iterator(starts); c != doc.clauses.rend(); ++c) {
    if (c->subject == no_index) continue;
    if (c->sentence < from_sentence) break;
    const auto& head = doc.chunks[static_cast<std::size_t>(c->subject)];
    if (head.next_conjunct == no_index || head.first_token >= before) continue;
    std::vector<std::string> ids;
    for (std::int32_t k = c->subject; k != no_index; k = doc.chunks[static_cast<std::size_t>(k)].next_conjunct) {
      const auto& ch = doc.chunks[static_cast<std::size_t>(k)];
      // (Mentions are in token order.)
      auto m = std::lower_bound(doc.actor_mentions.begin(), doc.actor_mentions.end(), ch.first_token,
                                [](const actor_mention& x, std::uint32_t t) { return x.first_token < t; });
      for (; m != doc.actor_mentions.end() && m->first_token < ch.last_token; ++m)
        if (m->last_token <= ch.last_token && !m->locative &&
            std::find(ids.begin(), ids.end(), m->actor_id) == ids.end())
          ids.push_back(m->actor_id);
    }
    return ids;
  }
  return {};
}

// "Trump's Middle East envoy met Netanyahu" where the document also says
// "Trump's Middle East envoy, Steve Witkoff": a role owned by a name and
// followed by no name of its own is the person the document introduces with
// that role and owner (or, without an owner, of the owner's state). At the
// possessive token i; nothing when the document names no such person.
std::optional<actor_mention> role_holder_reference(const document& doc, std::uint32_t i, std::uint32_t s) {
  static const word_set roles{"envoy", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson",
                              "negotiator", "ambassador", "representative", "aide", "commander"};
  const auto& sent = doc.sentences[s];
  const auto& named = doc.actor_mentions;
  const auto ending_at = [&](std::uint32_t k) -> const actor_mention* {
    for (const auto& m : named)
      if (m.last_token == k && !m.locative) return &m;
    return nullptr;
  };
  const auto* owner = ending_at(i);
  if (!owner) return std::nullopt;
  // The role word within a few modifiers ("Middle East", "special", "top").
  std::uint32_t role = no_token;
  for (std::uint32_t k = i + 1; k < sent.last_token && k <= i + 4; ++k) {
    if (roles.has(doc, k)) { role = k; break; }
    const auto c = doc.class_of(k);
    if (c != word_class::proper_noun && c != word_class::adjective && c != word_class::noun) break;
  }
  if (role == no_token) return std::nullopt;
  // ("Trump's envoy Steve Witkoff", "Trump's envoy, Steve Witkoff": named here.)
  if (role + 1 < sent.last_token && doc.tokens[role + 1].capitalized) return std::nullopt;
  if (role + 2 < sent.last_token && doc.form_of(role + 1) == ",")
    for (const auto& m : named)
      if (m.first_token == role + 2) return std::nullopt;
  const auto country_of = [&](const std::string& id) -> std::string {
    const auto a = doc.actors.find(id);
    if (a == doc.actors.end()) return {};
    return a->second.kind == actor_kind::person ? a->second.country : a->second.country.empty() ? id : a->second.country;
  };
  const std::string owner_country = country_of(owner->actor_id);
  const std::string_view role_word = doc.form_of(role);
  const actor_mention* best = nullptr;
  std::uint32_t best_d = ~0u;
  for (const auto& m : named) {
    if (m.form != mention_form::name || m.first_token < 2) continue;
    const auto a = doc.actors.find(m.actor_id);
    if (a == doc.actors.end() || a->second.kind != actor_kind::person) continue;
    std::uint32_t r = m.first_token - 1;
    if (doc.form_of(r) == ",") --r;
    if (doc.form_of(r) != role_word) continue;
    // Its owner, when the introduction names one, is this one's.
    const actor_mention* its_owner = nullptr;
    for (std::uint32_t k = r; k > 0 && r - k < 5; --k) {
      const auto f = doc.form_of(k - 1);
      if (f == "'s" || f == "\xE2\x80\x99s") { its_owner = ending_at(k - 1); break; }
    }
    const bool same_owner = its_owner ? its_owner->actor_id == owner->actor_id
                                      : !owner_country.empty() && a->second.country == owner_country;
    if (!same_owner) continue;
    const std::uint32_t d = m.first_token > i ? m.first_token - i : i - m.first_token;
    if (d < best_d) { best_d = d; best = &m; }
  }
  if (!best) return std::nullopt;
  actor_mention out;
  out.first_token = role;
  out.last_token = role + 1;
  out.where = doc.tokens[role].where;
  out.sentence = s;
  out.form = mention_form::title;
  out.actor_id = best->actor_id;
  return out;
}

}  // namespace

void actor_resolver::operator()(document& doc) const {
  std::vector<actor_mention> added;
  const auto& named = doc.actor_mentions;  // sorted by position
  auto person_before = [&](std::uint32_t tok, char g, std::uint32_t min_sentence) -> const actor_mention* {
    for (auto it = named.rbegin(); it != named.rend(); ++it)
      if (it->last_token <= tok && it->sentence >= min_sentence && compatible(doc, it->actor_id, g)) return &*it;
    return nullptr;
  };
  // The latest person before token tok whose role names this title.
  auto holder_of = [&](std::string_view title, std::uint32_t tok) -> const actor_mention* {
    for (auto it = named.rbegin(); it != named.rend(); ++it) {
      if (it->last_token > tok) continue;
      const auto a = doc.actors.find(it->actor_id);
      if (a == doc.actors.end() || a->second.kind != actor_kind::person) continue;
      for (const auto& af : a->second.affiliations) {
        std::string role = af.role;
        for (auto& c : role) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (role.find(title) != std::string::npos && role.find("vice") == std::string::npos) return &*it;
      }
    }
    return nullptr;
  };
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& sent = doc.sentences[s];
    const std::uint32_t window = s >= 3 ? s - 3 : 0;
    for (std::uint32_t i = sent.first_token; i < sent.last_token; ++i) {
      // Only these words open a reference resolved below (one hashed lookup
      // per token, most of which are none of them).
      static const word_set openers{"he", "him", "his", "she", "her", "hers", "the", "both", "their", "they",
                                    "its", "'s", "\xE2\x80\x99s"};
      if (!openers.has(doc, i)) continue;
      const auto w = doc.lower_of(doc.tokens[i]);
      if (w == "'s" || w == "\xE2\x80\x99s") {
        if (auto m = role_holder_reference(doc, i, s)) added.push_back(std::move(*m));
        continue;
      }
      // Only these words open a reference resolved below.
      const char gender = pronoun_gender(w);
      if (!gender && w != "the" && w != "both" && w != "their" && w != "they" && w != "its") continue;
      actor_mention m;
      m.where = doc.tokens[i].where;
      m.first_token = i;
      m.last_token = i + 1;
      m.sentence = s;
      m.form = mention_form::pronoun;
      // "the president", "the chancellor": the person last named with that
      // role in this document, when the words are not part of a name.
      if (w == "the" && i + 1 < sent.last_token && !(i + 2 < sent.last_token && doc.tokens[i + 2].capitalized)) {
        const auto role = doc.lower_of(doc.tokens[i + 1]);
        if (role == "president" || role == "chancellor" || role == "premier" || role == "king" || role == "emir" ||
            role == "pope") {
          if (const auto* who = holder_of(role, i)) {
            m.last_token = i + 2;
            m.where.end = doc.tokens[i + 1].where.end;
            m.form = mention_form::title;
            m.actor_id = who->actor_id;
            added.push_back(m);
            ++i;
            continue;
          }
        }
      }
      // "the bloc", "the bloc's leaders": the organisation last named.
      if (w == "the" && i + 1 < sent.last_token && doc.lower_of(doc.tokens[i + 1]) == "bloc") {
        for (auto it = named.rbegin(); it != named.rend(); ++it) {
          if (it->last_token > i || it->locative) continue;
          const auto a = doc.actors.find(it->actor_id);
          if (a == doc.actors.end() || a->second.kind != actor_kind::organisation) continue;
          m.last_token = i + 2;
          m.where.end = doc.tokens[i + 1].where.end;
          m.form = mention_form::alias;
          m.actor_id = it->actor_id;
          added.push_back(m);
          break;
        }
        ++i;
        continue;
      }
      // "the administration": the state whose administration the document
      // last named ("the Trump administration", "the Lula administration").
      if (w == "the" && i + 1 < sent.last_token && doc.lower_of(doc.tokens[i + 1]) == "administration") {
        for (auto it = named.rbegin(); it != named.rend(); ++it) {
          // (The name may take the word in: "the Biden administration" as one mention.)
          const bool of_administration =
              it->last_token <= i && ((it->last_token < doc.tokens.size() &&
                                       doc.lower_of(doc.tokens[it->last_token]) == "administration") ||
                                      doc.lower_of(doc.tokens[it->last_token - 1]) == "administration");
          if (!of_administration) continue;
          const auto a = doc.actors.find(it->actor_id);
          if (a == doc.actors.end()) break;
          const std::string state = a->second.kind == actor_kind::person ? a->second.country : it->actor_id;
          // (A state the document never names stays unknown to it: no guess.)
          if (state.empty() || !doc.actors.count(state)) break;
          m.last_token = i + 2;
          m.where.end = doc.tokens[i + 1].where.end;
          m.form = mention_form::alias;
          m.actor_id = state;
          added.push_back(m);
          break;
        }
        ++i;
        continue;
      }
      if (const char g = gender) {
        // Fronted clause: "Following her meeting with X, Sherman said": look ahead past the comma.
        const actor_mention* target = nullptr;
        const auto first = doc.lower_of(doc.tokens[sent.first_token]);
        if (first == "following" || first == "after" || first == "before" || first == "during" || first == "in") {
          std::uint32_t comma = i;
          while (comma < sent.last_token && doc.lower_of(doc.tokens[comma]) != ",") ++comma;
          for (const auto& n : named)
            if (n.sentence == s && n.first_token > comma && compatible(doc, n.actor_id, g)) { target = &n; break; }
        }
        if (!target) target = person_before(i, g, window);
        if (!target) continue;
        // (In the sentence before as in this one: "Zelensky is traveling to
        // Washington to meet with Biden. This will be his first trip" is
        // Zelensky's.)
        const std::uint32_t target_first = doc.sentences[target->sentence].first_token;
        if ((target->sentence == s || target->sentence + 1 == s) && oblique(doc, *target, target_first)) {
          for (const auto& n : named) {
            if (n.sentence != target->sentence || n.first_token >= target->first_token) continue;
            if (compatible(doc, n.actor_id, g) && !oblique(doc, n, target_first)) { target = &n; break; }
          }
        }
        m.actor_id = target->actor_id;
        added.push_back(m);
        continue;
      }
      // "Russia's aggression against its neighbours", "Russia said its
      // troops would stay": "its" is the state, body or group last named,
      // when that one owns the phrase before or is the subject of its
      // clause (or of the clause that reports it). ("Moscow wants NATO to
      // promise that it pull back its forces": not one named in passing.)
      if (w == "its") {
        for (auto it = named.rbegin(); it != named.rend(); ++it) {
          if (it->last_token > i) continue;
          if (it->sentence != s) break;
          const auto a = doc.actors.find(it->actor_id);
          if (it->locative || a == doc.actors.end() || a->second.kind == actor_kind::person) continue;
          if (owns_its(doc, *it, i)) {
            m.actor_id = it->actor_id;
            added.push_back(m);
          }
          break;
        }
        continue;
      }
      // "Biden, Scholz and Macron agreed ... During a videoconference, they
      // also spoke about ...": "they" is the coordinated subject of the
      // clause before, in this sentence or the last one, when it names two
      // or more.
      if (w == "they") {
        if (const auto group = coordinated_subject(doc, i, s > 0 ? s - 1 : 0); group.size() >= 2) {
          m.form = mention_form::group_reference;
          m.actor_id = group.back();
          m.also.assign(group.begin(), group.end() - 1);
          added.push_back(m);
        }
        continue;
      }
      // "the two men", "both men", "both sides", "the two countries", "the two", "both of whom"
      std::uint32_t len = 0;
      const auto w1 = i + 1 < sent.last_token ? doc.lower_of(doc.tokens[i + 1]) : std::string_view{};
      const auto w2 = i + 2 < sent.last_token ? doc.lower_of(doc.tokens[i + 2]) : std::string_view{};
      std::string_view noun;
      if (w == "the" && w1 == "two") { len = 3; noun = w2; }
      else if (w == "both") { len = 2; noun = w1; }
      else if (w == "their" && (w1 == "countries" || w1 == "governments" || w1 == "nations")) { len = 2; noun = w1; }
      group_kind kind = group_of(noun);
      if (kind == group_kind::none) {
        len = 0;
        // "the two would meet", "a call between the two.", "the two, who ...": the two people.
        const bool ends = w2.empty() || w2 == "." || w2 == "," || w2 == ";" || w2 == "and" || w2 == "on" || w2 == "in" ||
                          w2 == "at" || w2 == "said" || w2 == "met" || w2 == "spoke";
        if (w == "the" && w1 == "two" && (ends || w2 == "would" || w2 == "have" || w2 == "had" || w2 == "will" || w2 == "agreed")) {
          len = 2;
          kind = group_kind::persons;
        }
      }
      if (!len) continue;
      std::vector<std::string> pair;
      for (auto it = named.rbegin(); it != named.rend() && pair.size() < 2; ++it) {
        if (it->last_token > i || it->sentence < window || it->locative) continue;
        auto a = doc.actors.find(it->actor_id);
        if (a == doc.actors.end() || !fits(a->second.kind, kind)) continue;
        if (std::find(pair.begin(), pair.end(), it->actor_id) == pair.end()) pair.push_back(it->actor_id);
      }
      // "Blinken and Lavrov ... said their countries would ...": the states of the two people.
      if (kind == group_kind::states && w == "their") {
        std::vector<std::string> states = std::move(pair);
        pair.clear();
        for (auto it = named.rbegin(); it != named.rend() && pair.size() < 2; ++it) {
          if (it->last_token > i || it->sentence < window) continue;
          const auto a = doc.actors.find(it->actor_id);
          if (a == doc.actors.end() || a->second.kind != actor_kind::person || a->second.country.empty()) continue;
          if (!doc.actors.count(a->second.country)) continue;
          if (std::find(pair.begin(), pair.end(), a->second.country) == pair.end()) pair.push_back(a->second.country);
        }
        if (pair.size() < 2) pair = std::move(states);
      }
      if (pair.size() < 2) continue;
      m.last_token = i + len;
      m.where.end = doc.tokens[i + len - 1].where.end;
      m.form = mention_form::group_reference;
      m.actor_id = pair[1];
      m.also = {pair[0]};
      added.push_back(m);
      i += len - 1;
    }
  }
  if (added.empty()) return;
  // Both runs are in token order (the loop above walks the tokens): merged,
  // not sorted, and the named mention stays before a resolved one at its token.
  const auto named_count = static_cast<std::ptrdiff_t>(doc.actor_mentions.size());
  for (auto& m : added) doc.actor_mentions.push_back(std::move(m));
  std::inplace_merge(doc.actor_mentions.begin(), doc.actor_mentions.begin() + named_count, doc.actor_mentions.end(),
                     [](const actor_mention& a, const actor_mention& b) { return a.first_token < b.first_token; });
}

}  // namespace eventgraph
