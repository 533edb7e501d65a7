#include "extractors/actor_recognizer.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "extractors/calendar_words.h"
#include "extractors/utf8.h"
#include "extractors/word_list.h"

namespace eventgraph {
namespace {

constexpr std::array<std::string_view, 16> locative_words{
    "in", "to", "into", "at", "from", "near", "toward", "towards", "across", "inside", "outside", "within",
    "via", "through", "around", "visited"};
constexpr std::array<std::string_view, 16> speech_verbs{
    "said", "says", "say", "told", "tells", "added", "adds", "tweeted", "wrote", "stressed",
    "noted", "explained", "insisted", "argued", "asked", "warned"};
constexpr std::array<std::string_view, 14> name_particles{
    "bin", "al", "el", "von", "der", "de", "da", "van", "la", "le", "del", "di", "dos", "ibn"};
constexpr std::array<std::string_view, 8> title_modifiers{
    "former", "acting", "top", "then", "senior", "chief", "interim", "outgoing"};
// "Second Thomas Shoal, the ...", "the Massive Ordnance Penetrator, a
// 30,000-pound bomb": a name ending in a word for a place or a thing, or
// described as one, is no person, whatever the apposition says.
constexpr std::array<std::string_view, 40> thing_nouns{
    "shoal", "reef", "island", "islands", "atoll", "strait", "sea", "bay", "gulf", "river", "lake", "valley",
    "mountain", "mountains", "peninsula", "desert", "canal", "airport", "airbase", "base", "port", "bridge",
    "palace", "square", "street", "province", "region", "district", "city", "town", "village", "bomb",
    "missile", "weapon", "rocket", "ship", "vessel", "aircraft", "submarine", "facility"};
constexpr std::array<std::string_view, 40> not_names{
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their", "Its", "Our",
    "This", "That", "These", "Those", "There", "But", "And", "Yet", "So", "In", "On", "At", "For",
    "After", "Before", "While", "When", "As", "If", "Meanwhile", "However", "Still", "Also", "Then", "Asked"};

class recognition {
 public:
  recognition(const actor_lexicon& lex, document& doc) : lex_(lex), doc_(doc) {}

  void run() {
    names_at_.assign(doc_.tokens.size(), unknown);
    titles_at_.assign(doc_.tokens.size(), unknown);
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const auto& sent = doc_.sentences[s];
      sentence_end_ = sent.last_token;
      for (std::uint32_t i = sent.first_token; i < sent.last_token;) i += step(s, i, sent.last_token);
    }
    std::sort(doc_.actor_mentions.begin(), doc_.actor_mentions.end(),
              [](const actor_mention& a, const actor_mention& b) { return a.first_token < b.first_token; });
  }

 private:
  word_view low(std::uint32_t i) const { return doc_.lower_of(doc_.tokens[i]); }

  // The longest name or title at token i: the rules below ask for the same
  // tokens several times, so each answer up to the sentence's end is kept.
  static constexpr phrase_index::match unknown{0xFFFFFFFFu, 0};
  phrase_index::match longest(const phrase_index& index, std::vector<phrase_index::match>& known, std::uint32_t i,
                              std::uint32_t end) const {
    if (end != sentence_end_ || i >= end) return index.longest_at(doc_, i, end);
    if (known[i].length == unknown.length) known[i] = index.longest_at(doc_, i, end);
    return known[i];
  }
  phrase_index::match name_at(std::uint32_t i, std::uint32_t end) const { return longest(lex_.names(), names_at_, i, end); }
  phrase_index::match title_at(std::uint32_t i, std::uint32_t end) const { return longest(lex_.titles(), titles_at_, i, end); }
  word_view txt(std::uint32_t i) const { return doc_.text_of(doc_.tokens[i]); }
  bool is_word(std::uint32_t i, std::uint32_t end) const {
    return i < end && doc_.tokens[i].kind == token_kind::word;
  }
  bool is_possessive(std::uint32_t i, std::uint32_t end) const {
    if (i >= end) return false;
    const auto t = doc_.form_of(i);
    return t == "'s" || t == "'";
  }

  // Capitalised word that may be part of a person's name.
  bool name_word(std::uint32_t i, std::uint32_t end) const {
    if (!is_word(i, end) || !doc_.tokens[i].capitalized) return false;
    if (const auto c = calendar_word_of(doc_, i); c.month || c.weekday >= 0) return false;
    if (one_of(not_names, txt(i))) return false;
    if (is_possessive(i, end)) return false;
    return true;
  }

  // Length in tokens of a person's name starting at i (0 if none).
  std::uint32_t name_length(std::uint32_t i, std::uint32_t end) const {
    if (!name_word(i, end)) return 0;
    if (title_at(i, end).length) return 0;
    std::uint32_t j = i + 1;
    while (j < end && j - i < 7) {
      const auto& t = doc_.tokens[j];
      const auto l = low(j);
      if (name_word(j, end) && !title_at(j, end).length) {
        // A name word after a space, or glued after a hyphen.
        ++j;
        continue;
      }
      if (!t.space_before && (l == "-") && j + 1 < end && !doc_.tokens[j + 1].space_before &&
          is_word(j + 1, end)) {
        j += 2;
        continue;
      }
      if (!t.space_before && l == "." && doc_.tokens[j - 1].where.size() == 1) {  // middle initial J.
        ++j;
        continue;
      }
      if (one_of(name_particles, l) && name_word(j + 1, end)) {
        ++j;
        continue;
      }
      if ((l == "jr" || l == "jr.") && j + 1 <= end) {
        ++j;
        if (j < end && low(j) == ".") ++j;
        break;
      }
      break;
    }
    // Do not end on a hyphen or particle.
    while (j > i + 1 && (low(j - 1) == "-" || one_of(name_particles, low(j - 1)))) --j;
    return j - i;
  }

  std::string text_between(std::uint32_t a, std::uint32_t b) const {
    if (a >= b) return {};
    std::string out;
    for (std::uint32_t k = a; k < b; ++k) {
      if (k > a && doc_.tokens[k].space_before) out += ' ';
      out += txt(k);
    }
    return out;
  }

  actor_mention& emit(std::uint32_t s, std::uint32_t a, std::uint32_t b, const std::string& id, mention_form f) {
    actor_mention m;
    m.where = {doc_.tokens[a].where.begin, doc_.tokens[b - 1].where.end};
    m.first_token = a;
    m.last_token = b;
    m.sentence = s;
    m.actor_id = id;
    m.form = f;
    doc_.actor_mentions.push_back(std::move(m));
    return doc_.actor_mentions.back();
  }

  void emit_place(std::uint32_t s, std::uint32_t a, std::uint32_t b, const std::string& name, const std::string& country) {
    place_mention p;
    p.where = {doc_.tokens[a].where.begin, doc_.tokens[b - 1].where.end};
    p.first_token = a;
    p.last_token = b;
    p.sentence = s;
    p.name = name;
    p.country = country;
    doc_.place_mentions.push_back(std::move(p));
    // The place's state is known to the document, so that an event there
    // can name it ("missiles struck Kharkiv": Ukraine) without the text
    // naming it.
    if (!country.empty() && !doc_.actors.count(country))
      if (const actor* state = lex_.find(country)) know_lexicon_actor(*state);
  }

  // A lexicon actor (with its gender, for a person), copied into the
  // document the first time only: states carry long alias lists.
  void know_lexicon_actor(const actor& a) {
    const auto it = doc_.actors.lower_bound(a.id);
    if (it == doc_.actors.end() || it->first != a.id) {  // copied in place, at the spot just found
      auto& known = doc_.actors.emplace_hint(it, a.id, a)->second;
      if (a.kind == actor_kind::person) known.gender = lex_.gender(a.id);
      file_surnames(known);
      return;
    }
    // Known already, and always from a copy of this lexicon entry (ids of
    // the lexicon are its own): its roles are there; only blanks are filled.
    if (it->second.country.empty()) it->second.country = a.country;
    if (a.kind == actor_kind::person && it->second.gender == '?') it->second.gender = lex_.gender(a.id);
  }

  // An actor copied into the document only when new to it (a lexicon state
  // named again and again is looked up, not copied with its aliases each
  // time); one already known takes in what this one adds.
  template <class A>  // actor& (copied if new) or actor&& (moved in if new)
  void know(A&& a) {
    const auto it = doc_.actors.lower_bound(a.id);
    if (it == doc_.actors.end() || it->first != a.id) {
      // (the key is made from a.id before the actor is moved: pair's members in order)
      file_surnames(doc_.actors.emplace_hint(it, a.id, std::forward<A>(a))->second);
      return;
    }
    actor& known = it->second;
    for (const auto& af : a.affiliations)
      if (std::find(known.affiliations.begin(), known.affiliations.end(), af) == known.affiliations.end())
        known.affiliations.push_back(af);
    if (known.country.empty()) known.country = a.country;
    if (known.gender == '?') known.gender = a.gender;
  }

  // A person new to the document, under the surnames person_by_surname asks for.
  void file_surnames(const actor& known) {
    if (known.kind != actor_kind::person) return;
    for (const auto& key : {surname_key(known.name), lex_.short_name_key(known.id)}) {
      if (key.empty()) continue;
      auto& ids = persons_by_surname_[key];
      if (!std::binary_search(ids.begin(), ids.end(), known.id))
        ids.insert(std::lower_bound(ids.begin(), ids.end(), known.id), known.id);
    }
  }

  // A person already known in this document or, uniquely, in the lexicon,
  // with this surname (and a compatible given name when one is written).
  std::string person_by_surname(std::string_view full) const {
    const auto sur = surname_key(full);
    const auto given = given_name_key(full);
    if (const auto known = persons_by_surname_.find(sur); known != persons_by_surname_.end())
      for (const auto& id : known->second) {
        const auto g = given_name_key(doc_.actors.at(id).name);
        if (given.empty() || g.empty() || g == given) return id;
      }
    const auto ids = lex_.persons_with_surname(sur);
    if (ids.size() == 1) {
      const actor* a = lex_.find(ids.front());
      const auto g = given_name_key(a->name);
      if (given.empty() || g == given) return ids.front();
      for (const auto& alias : a->aliases)
        if (given_name_key(alias) == given) return ids.front();
    }
    return {};
  }

  std::string new_person(const std::string& full, const std::string& country, const std::string& role, char gender) {
    actor a;
    const auto given = given_name_key(full);
    a.id = given.empty() ? surname_key(full) : slug(given + " " + surname_key(full));
    a.name = full;
    a.kind = actor_kind::person;
    a.country = country;
    a.gender = gender;
    if (!role.empty() || !country.empty()) a.affiliations.push_back({country, role, 0, 0});
    // A surname-only person already known under a fuller name in this document keeps that name.
    auto it = doc_.actors.find(a.id);
    if (it != doc_.actors.end() && it->second.name.size() > a.name.size()) a.name = it->second.name;
    know(a);
    return a.id;
  }

  // A state named at i (name, alias, adjective, metonym), with its length.
  std::pair<std::string, std::uint32_t> state_at(std::uint32_t i, std::uint32_t end) const {
    const auto m = name_at(i, end);
    if (!m.length) return {};
    const auto& e = lex_.name(m.payload);
    const actor* a = e.actor_id.empty() ? nullptr : lex_.find(e.actor_id);
    if (!a) return {};
    if (a->kind == actor_kind::state) return {a->id, m.length};
    if (a->kind == actor_kind::government_body && !a->country.empty()) return {a->country, m.length};
    return {};
  }

  // "Estonian Defense Minister Kalle Laanet", "Ms. Sherman", "State
  // Department spokesman Ned Price". Returns tokens consumed, 0 if no match.
  std::uint32_t title_person(std::uint32_t s, std::uint32_t i, std::uint32_t end) {
    std::uint32_t j = i;
    std::string country;
    if (auto [iso, len] = state_at(j, end); len) {
      country = iso;
      j += len;
      if (is_possessive(j, end)) ++j;
    }
    while (j < end && one_of(title_modifiers, low(j))) {
      ++j;
      if (j < end && low(j) == "-") ++j;
    }
    if (!country.empty() && j < end && low(j) == "counterpart") return counterpart(s, i, j, country);
    const auto t = title_at(j, end);
    if (!t.length) return 0;
    const auto& title = lex_.title(t.payload);
    // With or without the full stop: "Mr. Biden", "Mr Biden".
    std::string_view bare = title.title;
    if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
    const bool honorific = bare == "Mr" || bare == "Ms" || bare == "Mrs" || bare == "Dr";
    const char gender = bare == "Mr" ? 'm' : (bare == "Ms" || bare == "Mrs") ? 'f' : '?';
    std::uint32_t k = j + t.length;
    if (country.empty()) country = title.country;
    // A lexicon person right after the title.
    if (const auto m = name_at(k, end); m.length) {
      const auto& e = lex_.name(m.payload);
      const actor* a = e.actor_id.empty() ? nullptr : lex_.find(e.actor_id);
      if (a && a->kind == actor_kind::person) {
        know_lexicon_actor(*a);
        emit(s, i, k + m.length, a->id, mention_form::title);
        return k + m.length - i;
      }
    }
    const std::uint32_t n = name_length(k, end);
    if (n == 0) return holder_by_role(s, i, j, k, country, title.title, honorific);
    const std::string full = text_between(k, k + n);
    std::string id = person_by_surname(full);
    if (id.empty()) {
      if (n == 1 && !honorific) return 0;  // "President Said" is too weak without a surname we know
      id = new_person(full, country, honorific ? std::string() : title.title, gender);
    } else {
      actor known = doc_.actors.count(id) ? doc_.actors.at(id) : *lex_.find(id);
      if (!doc_.actors.count(id)) known.gender = lex_.gender(id);
      if (known.gender == '?') known.gender = gender;
      if (!honorific && !country.empty() && lex_.find(id) == nullptr)
        known.affiliations.push_back({country, title.title, 0, 0});
      if (n > 1 && known.name.size() < full.size() && lex_.find(id) == nullptr) known.name = full;
      std::string name = known.name;
      know(std::move(known));
      doc_.actors[id].name = std::move(name);
    }
    emit(s, i, k + n, id, n == 1 ? mention_form::surname : mention_form::title);
    return k + n - i;
  }

  // "Russia's foreign minister", "the Turkish president said": a state's
  // title with no name after it is the one person the lexicon has in that
  // office in the year of the article (none when two held it that year, or
  // the article has no date). The state is named as well, as it would be
  // without the title. Returns tokens consumed, 0 when nobody is known.
  std::uint32_t holder_by_role(std::uint32_t s, std::uint32_t i, std::uint32_t j, std::uint32_t k,
                               const std::string& country, std::string_view title, bool honorific) {
    if (honorific || country.empty() || doc_.published.is_special()) return 0;
    const actor* holder = lex_.office_holder(country, title, static_cast<int>(doc_.published.year()));
    if (!holder) return 0;
    name_state_prefix(s, i, j);
    know_lexicon_actor(*holder);
    emit(s, j, k, holder->id, mention_form::title);
    return k - i;
  }

  // "Lavrov met his Turkish counterpart": the one holder, that year, of the
  // office in which the person last named in the sentence meets him.
  std::uint32_t counterpart(std::uint32_t s, std::uint32_t i, std::uint32_t j, const std::string& country) {
    if (doc_.published.is_special()) return 0;
    const int year = static_cast<int>(doc_.published.year());
    const std::uint32_t first = doc_.sentences[s].first_token;
    for (auto it = doc_.actor_mentions.rbegin(); it != doc_.actor_mentions.rend() && it->first_token >= first; ++it) {
      const actor* a = lex_.find(it->actor_id);
      if (!a || a->kind != actor_kind::person) continue;
      for (const auto& f : a->affiliations)
        if (f.from_year > 0 && f.from_year <= year && (f.to_year == 0 || year <= f.to_year) && f.state != country)
          return holder_by_role(s, i, j, j + 1, country, f.role, false);
      return 0;
    }
    return 0;
  }

  // "Russia's foreign minister": the state before an office whose holder
  // is named from the lexicon is named too, as it would be without the title.
  void name_state_prefix(std::uint32_t s, std::uint32_t i, std::uint32_t j) {
    std::uint32_t at = i;
    while (at < j) {
      if (!is_word(at, j) || is_possessive(at, j)) { ++at; continue; }
      const auto n = lexicon_name(s, at, j);
      at += n ? n : 1;
    }
  }

  // Body whose state comes from the words before it.
  std::string context_state(std::uint32_t i, std::uint32_t sent_begin) const {
    if (i > sent_begin && is_possessive(i - 1, i)) {
      for (std::uint32_t b = i - 1; b > sent_begin && i - 1 - b < 4; --b)
        if (auto [iso, len] = state_at(b - 1, i - 1); len && b - 1 + len == i - 1) return iso;
    }
    for (std::uint32_t b = i; b > sent_begin && i - b < 4; --b)
      if (auto [iso, len] = state_at(b - 1, i); len && b - 1 + len == i) return iso;
    return {};
  }

  std::uint32_t lexicon_name(std::uint32_t s, std::uint32_t i, std::uint32_t end) {
    const auto m = name_at(i, end);
    if (!m.length) return 0;
    // "the UN Security Council": a name that starts inside this one ("the
    // UN") and runs further wins; step past the first word and let it match.
    for (std::uint32_t k = i + 1; k < i + m.length; ++k)
      if (k + name_at(k, end).length > i + m.length) return 1;
    const auto& e = lex_.name(m.payload);
    const std::uint32_t sent_begin = doc_.sentences[s].first_token;
    if (e.actor_id.empty()) {
      const auto iso = context_state(i, sent_begin);
      if (iso.empty()) return m.length;  // "the Defense Ministry" with no state: not resolvable here
      const actor body = lex_.context_body(e.context_id, iso);
      // "Syrian rebels": the adjective names where the group fights, not a
      // second party beside it ("the Malian junta" is the state's own rule).
      if (body.kind == actor_kind::group && !doc_.actor_mentions.empty() &&
          doc_.actor_mentions.back().last_token == i && doc_.actor_mentions.back().actor_id == iso)
        doc_.actor_mentions.pop_back();
      know(body);
      emit(s, i, i + m.length, body.id, e.form);
      return m.length;
    }
    const actor* a = lex_.find(e.actor_id);
    if (!a) return m.length;
    // "the Ain Assad airbase": a person's single name after a capitalised
    // word that is neither a title nor a state's is part of another name.
    if (a->kind == actor_kind::person && m.length == 1 && i > sent_begin && is_word(i - 1, end) &&
        doc_.tokens[i - 1].capitalized && !doc_.tokens[i - 1].all_caps && doc_.tokens[i].space_before &&
        !title_at(i - 1, end).length && !state_at(i - 1, i).second && !name_at(i - 1, end).length)
      return m.length;
    // "in neighboring Belarus", "to ally Belarus", "in eastern Ukraine".
    static constexpr std::array<std::string_view, 12> place_modifiers{
        "neighboring", "neighbouring", "ally", "allied", "eastern", "western", "northern", "southern", "central",
        "occupied", "annexed", "nearby"};
    std::uint32_t before = i;
    while (before > sent_begin + 1 && one_of(place_modifiers, low(before - 1))) --before;
    const bool after_locative = before > sent_begin && one_of(locative_words, low(before - 1));
    // "officials in Seoul" speak and act for the state: an actor, and a place.
    // So do "delegations from Armenia and Azerbaijan".
    static constexpr std::array<std::string_view, 16> people{
        "officials",   "diplomats",  "authorities",     "leaders",    "officers",  "sources",
        "lawmakers",   "ministers",  "commanders",      "delegations", "delegation", "representatives",
        "negotiators", "envoys",     "delegates",       "teams"};
    const bool people_of = after_locative && (low(i - 1) == "in" || low(i - 1) == "from") && i > sent_begin + 1 &&
                           one_of(people, low(i - 2));
    // ("... from Armenia and Azerbaijan": the second state as the first.)
    const bool and_people_of = i > sent_begin && low(i - 1) == "and" && !doc_.actor_mentions.empty() &&
                               doc_.actor_mentions.back().last_token + 1 == i && !doc_.actor_mentions.back().locative &&
                               !doc_.place_mentions.empty() && doc_.place_mentions.back().last_token + 1 == i &&
                               doc_.place_mentions.back().sentence == s;
    if (a->kind == actor_kind::state && (people_of || and_people_of)) {
      emit_place(s, i, i + m.length, a->name, a->id);
      know(*a);
      emit(s, i, i + m.length, a->id, e.form);
      return m.length;
    }
    // "to Berlin and Kyiv", "the Ukrainian capital of Kyiv": places too.
    // "areas of eastern Ukraine", "parts of Syria": the place, not the state acting.
    static constexpr std::array<std::string_view, 14> areas{
        "capital", "areas", "area", "parts", "part", "regions", "region", "territory", "territories", "swaths",
        "swathes", "stretches", "much", "most"};
    const bool place_context =
        after_locative || (before > sent_begin + 1 && low(before - 1) == "of" && one_of(areas, low(before - 2))) ||
        (i > sent_begin && low(i - 1) == "and" && !doc_.place_mentions.empty() &&
         doc_.place_mentions.back().sentence == s && doc_.place_mentions.back().last_token + 1 == i);
    // "Accra, the Ghanaian capital": a demonym on a city noun names where,
    // not who (an attack on "the Ukrainian capital" still reaches Ukraine,
    // since attacks take locative names).
    static constexpr std::array<std::string_view, 6> cities{"capital", "city", "town", "village", "port", "capitals"};
    if (a->kind == actor_kind::state && e.form == mention_form::adjective && i + m.length < end &&
        one_of(cities, low(i + m.length))) {
      know(*a);
      emit(s, i, i + m.length, a->id, e.form).locative = true;
      return m.length;
    }
    if (a->kind == actor_kind::state && place_context) {
      if (e.metonym) {
        emit_place(s, i, i + m.length, std::string(txt(i).size() ? text_between(i, i + m.length) : ""), a->id);
        know(*a);  // the place's state may take part ("weapons to Kyiv")
        return m.length;
      }
      emit_place(s, i, i + m.length, a->name, a->id);
      know(*a);
      emit(s, i, i + m.length, a->id, e.form).locative = true;
      return m.length;
    }
    know_lexicon_actor(*a);
    emit(s, i, i + m.length, a->id, e.form);
    return m.length;
  }

  // Persons not in the lexicon, from apposition and quote attribution, and
  // surname-only mentions of persons already known.
  std::uint32_t unknown_person(std::uint32_t s, std::uint32_t i, std::uint32_t end) {
    const std::uint32_t n = name_length(i, end);
    if (!n) return 0;
    const std::uint32_t sent_begin = doc_.sentences[s].first_token;
    const std::string full = text_between(i, i + n);
    // "the Blinken-Lavrov meeting": two people, not one double-barrelled name.
    if (n == 3 && low(i + 1) == "-") {
      const auto first = person_by_surname(text_between(i, i + 1));
      const auto second = person_by_surname(text_between(i + 2, i + 3));
      if (!first.empty() && !second.empty() && first != second) {
        for (const auto& id : {first, second})
          if (!doc_.actors.count(id)) know_lexicon_actor(*lex_.find(id));
        emit(s, i, i + 1, first, mention_form::surname);
        emit(s, i + 2, i + 3, second, mention_form::surname);
        return n;
      }
    }
    if (const auto id = person_by_surname(full); !id.empty()) {
      if (!doc_.actors.count(id)) know_lexicon_actor(*lex_.find(id));
      emit(s, i, i + n, id, n == 1 ? mention_form::surname : mention_form::name);
      return n;
    }
    const bool before_speech = i + n < end && one_of(speech_verbs, low(i + n));
    const bool after_speech = i > sent_begin && one_of(speech_verbs, low(i - 1)) &&
                              (i + n >= end || !is_word(i + n, end) || low(i + n) == "in" || low(i + n) == "on");
    const bool apposition = i + n + 1 < end && low(i + n) == "," &&
                            (low(i + n + 1) == "who" || low(i + n + 1) == "a" || low(i + n + 1) == "an" ||
                             low(i + n + 1) == "the" || low(i + n + 1) == "former");
    const bool starts_clause = i == sent_begin || !is_word(i - 1, end);
    // "the chairman of Russia's Investigative Committee, Alexander
    // Bastrykin,": a name set off by commas after a title names its holder.
    const bool titled_apposition = [&] {
      if (i < sent_begin + 3 || low(i - 1) != "," || (i + n < end && low(i + n) != "," && low(i + n) != "."))
        return false;
      for (std::uint32_t k = i - 1; k > sent_begin && i - k <= 8; --k) {
        if (low(k - 1) == "," || low(k - 1) == ".") return false;
        if (title_at(k - 1, i - 1).length) return true;
      }
      return false;
    }();
    const auto names_a_thing = [&] {
      if (one_of(thing_nouns, low(i + n - 1))) return true;
      if (!apposition) return false;
      for (std::uint32_t k = i + n + 2; k < end && k < i + n + 8; ++k) {
        if (low(k) == "," || low(k) == "." || low(k) == ";" || low(k) == "who") break;
        if (one_of(thing_nouns, low(k))) return true;
      }
      return false;
    };
    if (n >= 2 && (apposition || titled_apposition || ((before_speech && starts_clause) || after_speech)) &&
        !names_a_thing()) {
      std::string country;
      if (apposition)
        for (std::uint32_t k = i + n + 2; k < std::min(end, i + n + 8); ++k)
          if (auto [iso, len] = state_at(k, end); len) {
            country = iso;
            break;
          }
      emit(s, i, i + n, new_person(full, country, {}, '?'), mention_form::name);
      return n;
    }
    if (n == 1 && before_speech && i > sent_begin && !is_word(i - 1, end)) {
      emit(s, i, i + n, new_person(full, {}, {}, '?'), mention_form::surname);
      return n;
    }
    return 0;
  }

  // An armed group the lexicon lacks, named before the word that says what
  // it is: "the Fano militia", "Kachin rebels", "the Zetas cartel". Every
  // word of the name must be a name to the word classifier ("Armed rebels"
  // opening a sentence is no group), and a state right before it is where
  // the group fights ("Ethiopian Fano militias").
  std::uint32_t unknown_group(std::uint32_t s, std::uint32_t i, std::uint32_t end) {
    static constexpr std::array<std::string_view, 14> group_nouns{
        "militia", "militias", "rebels",  "insurgents", "militants", "cartel", "gang",
        "faction", "movement", "brigade", "brigades",   "fighters",  "guerrillas", "paramilitaries"};
    // Most capitalised words have no group noun after them: look for one
    // before measuring the name.
    bool noun_ahead = false;
    for (std::uint32_t k = i + 1; k < end && k <= i + 5 && !noun_ahead; ++k) noun_ahead = one_of(group_nouns, low(k));
    if (!noun_ahead) return 0;
    const std::uint32_t n = name_length(i, end);
    if (!n || n > 4 || i + n >= end || !one_of(group_nouns, low(i + n))) return 0;
    for (std::uint32_t k = i; k < i + n; ++k)
      if (doc_.class_of(k) != word_class::proper_noun && low(k) != "-") return 0;
    const std::string name = text_between(i, i + n);
    actor a;
    a.id = slug(name);
    a.name = name;
    a.kind = actor_kind::group;
    const std::uint32_t sent_begin = doc_.sentences[s].first_token;
    for (std::uint32_t b = i; b > sent_begin && i - b < 3; --b)
      if (auto [iso, len] = state_at(b - 1, i); len && b - 1 + len == i) a.country = iso;
    if (const auto* known = lex_.find(a.id); known) return 0;  // a lexicon id: not ours to make
    if (!a.country.empty() && !doc_.actor_mentions.empty() && doc_.actor_mentions.back().last_token == i &&
        doc_.actor_mentions.back().actor_id == a.country)
      doc_.actor_mentions.pop_back();  // the state names the theatre, not a second party
    know(std::move(a));
    emit(s, i, i + n + 1, slug(name), mention_form::name);
    return n + 1;
  }

  // A weapon's name and the words that say what it is: "S-400 air-defense
  // systems", "Javelin anti-tank missiles".
  std::uint32_t equipment(std::uint32_t s, std::uint32_t i, std::uint32_t j, std::uint32_t end) {
    static constexpr std::array<std::string_view, 16> heads{
        "systems", "system", "missiles", "missile", "launchers", "jets", "tanks", "rockets", "drones", "batteries",
        "interceptors", "howitzers", "aircraft", "fighters", "munitions", "vehicles"};
    std::uint32_t k = j;
    for (std::uint32_t look = j; look < end && look < j + 6; ++look) {
      if (doc_.tokens[look].capitalized && look > j) break;
      if (one_of(heads, low(look))) { k = look + 1; break; }
    }
    equipment_mention e;
    e.first_token = i;
    e.last_token = k;
    e.sentence = s;
    e.text = text_between(i, k);
    doc_.equipment_mentions.push_back(std::move(e));
    return k - i;
  }

  // "B-2s", "Su-35", "MiG-29s", "T-72B3": a model's letters and number,
  // glued by a hyphen, name a weapon whether or not the lexicon lists it.
  // (A single "G" is a group of states: "the G-7".)
  std::uint32_t designation_length(std::uint32_t i, std::uint32_t end) const {
    if (i + 2 >= end || !doc_.tokens[i].capitalized || doc_.tokens[i + 1].space_before || doc_.tokens[i + 2].space_before)
      return 0;
    const auto letters = txt(i), number = txt(i + 2);
    if (letters.size() > 3 || letters == "G" || txt(i + 1) != "-" || number.empty() || number.size() > 5) return 0;
    if (!std::all_of(letters.begin(), letters.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }))
      return 0;
    if (number.front() < '0' || number.front() > '9') return 0;
    if (!std::all_of(number.begin(), number.end(), [](char c) {
          return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }))
      return 0;
    return 3;
  }

  // "the USS Harry S Truman": a ship of the U.S. Navy acts for it.
  std::uint32_t named_warship(std::uint32_t s, std::uint32_t i, std::uint32_t end) {
    if (txt(i) != "USS" || !lex_.find("us_navy")) return 0;
    std::uint32_t j = i + 1;
    while (j < end && name_word(j, end)) ++j;
    if (j == i + 1) return 0;
    know_lexicon_actor(*lex_.find("us_navy"));
    emit(s, i, j, "us_navy", mention_form::name);
    return j - i;
  }

  std::uint32_t step(std::uint32_t s, std::uint32_t i, std::uint32_t end) {
    if (!is_word(i, end)) return 1;
    // Only a capitalised word, a lexicon entry or a title modifier ("former")
    // can start an actor or a place.
    if (!doc_.tokens[i].capitalized && !lex_.may_start_entry(doc_, i) && !one_of(title_modifiers, low(i))) return 1;
    if (const auto m = lex_.non_actors().longest_at(doc_, i, end); m.length) {
      if (lex_.non_actor_category(m.payload) == "weapon") return equipment(s, i, i + m.length, end);
      return m.length;
    }
    if (const auto n = designation_length(i, end)) return equipment(s, i, i + n, end);
    if (const auto n = named_warship(s, i, end)) return n;
    if (const auto n = title_person(s, i, end)) return n;
    // A place longer than any name at the same token wins ("Taiwan Strait" over "Taiwan"), and so
    // does a place as long as a name after "in", "to", ... ("talks in Brussels" is not the EU).
    const auto place = lex_.places().longest_at(doc_, i, end);
    const auto name_length = name_at(i, end).length;
    const bool where = place.length > 0 && place.length == name_length && i > doc_.sentences[s].first_token &&
                       one_of(locative_words, low(i - 1)) && !state_at(i, end).second;
    if (place.length <= name_length && !where)
      if (const auto n = lexicon_name(s, i, end)) return n;
    if (const auto m = place; m.length) {
      const auto& p = lex_.place(m.payload);
      emit_place(s, i, i + m.length, p.name, p.country);
      return m.length;
    }
    if (const auto n = unknown_group(s, i, end)) return n;
    if (const auto n = unknown_person(s, i, end)) return n;
    return 1;
  }

  const actor_lexicon& lex_;
  document& doc_;
  std::uint32_t sentence_end_ = 0;
  mutable std::vector<phrase_index::match> names_at_, titles_at_;  // per token; `unknown` until asked
  // Persons known in this document by surname, ids in order: the first
  // compatible one wins, as a scan of doc_.actors in id order would give.
  std::unordered_map<std::string, std::vector<std::string>> persons_by_surname_;
};

}  // namespace

actor_recognizer::actor_recognizer(std::shared_ptr<const actor_lexicon> lexicon) : lex_(std::move(lexicon)) {}

void actor_recognizer::operator()(document& doc) const {
  doc.actor_mentions.clear();
  doc.place_mentions.clear();
  doc.equipment_mentions.clear();
  recognition(*lex_, doc).run();
}

}  // namespace eventgraph
