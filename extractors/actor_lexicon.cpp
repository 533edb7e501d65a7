#include "extractors/actor_lexicon.h"

#include <algorithm>
#include <charconv>

#include "core/error.h"
#include "extractors/tsv_table.h"
#include "extractors/utf8.h"

namespace eventgraph {

std::string slug(std::string_view name) {
  std::string f = utf8::fold(name), out;
  for (char c : f) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) out += c;
    else if (!out.empty() && out.back() != '_') out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

namespace {
// "RUS|foreign minister": an office of a state, its title in lower case.
std::string office_key(std::string_view state, std::string_view office) {
  std::string key(state);
  key += '|';
  for (const char c : office) key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return key;
}
}  // namespace

namespace {
// The words of a folded name, as views into it (asked for every person a
// document names, so no string per word).
bool is_suffix_word(std::string_view w) { return w == "jr." || w == "jr" || w == "sr." || w == "sr" || w == "iii" || w == "ii"; }

int parse_year(std::string_view s, const tsv_table& t, const tsv_table::row& r) {
  if (s.empty()) return 0;
  int y = 0;
  auto res = std::from_chars(s.data(), s.data() + s.size(), y);
  if (res.ec != std::errc{} || res.ptr != s.data() + s.size() || y < 1900 || y > 2100)
    t.fail(r, "bad year '" + std::string(s) + "' in roles (expected Title@YYYY-YYYY)");
  return y;
}
}  // namespace

// (Both run for every person mention: words are found in place, not listed.)
std::string surname_key(std::string_view full_name) {
  const std::string folded = utf8::fold(full_name);
  std::string_view rest = folded;
  for (;;) {  // the last word, unless it is a suffix with a word before it
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    if (rest.empty()) return {};
    const auto space = rest.rfind(' ');
    const std::string_view word = space == std::string_view::npos ? rest : rest.substr(space + 1);
    rest = space == std::string_view::npos ? std::string_view{} : rest.substr(0, space);
    if (rest.find_first_not_of(' ') == std::string_view::npos || !is_suffix_word(word)) return std::string(word);
  }
}

std::string given_name_key(std::string_view full_name) {
  const std::string folded = utf8::fold(full_name);
  const auto start = folded.find_first_not_of(' ');
  if (start == std::string::npos) return {};
  const auto space = folded.find(' ', start);
  if (space == std::string::npos || folded.find_first_not_of(' ', space) == std::string::npos) return {};  // one word
  std::string g = folded.substr(start, space - start);
  // Transliteration variants: Sergey/Sergei, Dmitry/Dmitri, Yevgeny/Yevgeni.
  if (g.size() > 3 && g.back() == 'y') g.back() = 'i';
  return g;
}

void actor_lexicon::add_name(std::string_view phrase, name_entry e, bool case_insensitive) {
  name_entries_.push_back(std::move(e));
  const auto payload = static_cast<std::uint32_t>(name_entries_.size() - 1);
  names_.add(phrase, payload, case_insensitive);
  // "the alliance", "the West" also open a sentence.
  if (!case_insensitive && phrase.substr(0, 4) == "the ")
    names_.add("The " + std::string(phrase.substr(4)), payload, false);
}

actor_lexicon actor_lexicon::load(const lexicon_files& files) {
  actor_lexicon lex;
  {
    const auto t = tsv_table::parse(files.content("states.tsv"), files.origin("states.tsv"),
                                    {"iso3", "name", "variants", "adjectives", "metonyms"});
    for (const auto& r : t.rows()) {
      const auto& iso3 = t.get(r, "iso3");
      if (iso3.size() != 3) t.fail(r, "iso3 must be three letters, found '" + iso3 + "'");
      if (t.get(r, "name").empty()) t.fail(r, "empty name");
      if (lex.actors_.count(iso3)) t.fail(r, "duplicate state " + iso3);
      actor a{iso3, t.get(r, "name"), actor_kind::state, iso3, {}, {}};
      lex.add_name(a.name, {iso3, {}, mention_form::name, false});
      for (const auto& v : split_alternatives(t.get(r, "variants"))) {
        a.aliases.push_back(v);
        lex.add_name(v, {iso3, {}, mention_form::alias, false});
      }
      for (const auto& v : split_alternatives(t.get(r, "adjectives"))) {
        a.aliases.push_back(v);
        lex.add_name(v, {iso3, {}, mention_form::adjective, false});
      }
      for (const auto& v : split_alternatives(t.get(r, "metonyms"))) {
        a.aliases.push_back(v);
        lex.add_name(v, {iso3, {}, mention_form::metonym, true});
      }
      lex.actors_.emplace(iso3, std::move(a));
    }
  }
  {
    const auto t = tsv_table::parse(files.content("organisations.tsv"), files.origin("organisations.tsv"),
                                    {"id", "kind", "name", "variants", "country"});
    for (const auto& r : t.rows()) {
      const auto& id = t.get(r, "id");
      const auto kind = parse_actor_kind(t.get(r, "kind"));
      if (id.empty()) t.fail(r, "empty id");
      if (!kind || *kind == actor_kind::state || *kind == actor_kind::person)
        t.fail(r, "unknown kind '" + t.get(r, "kind") + "' (organisation, government_body, armed_force or group)");
      if (lex.actors_.count(id) || lex.context_bodies_.count(id)) t.fail(r, "duplicate id " + id);
      const auto& country = t.get(r, "country");
      if (!country.empty() && country != "*" && !lex.actors_.count(country))
        t.fail(r, "unknown country '" + country + "' (an iso3 code from states.tsv, or *)");
      actor a{id, t.get(r, "name"), *kind, country == "*" ? "" : country, split_alternatives(t.get(r, "variants")), {}};
      const bool contextual = country == "*";
      auto entry = [&](mention_form f) {
        return contextual ? name_entry{{}, id, f, false} : name_entry{id, {}, f, false};
      };
      lex.add_name(a.name, entry(mention_form::name));
      for (const auto& v : a.aliases) lex.add_name(v, entry(mention_form::alias));
      (contextual ? lex.context_bodies_ : lex.actors_).emplace(id, std::move(a));
    }
  }
  {
    const auto t = tsv_table::parse(files.content("persons.tsv"), files.origin("persons.tsv"),
                                    {"id", "name", "variants", "country", "gender", "roles"});
    for (const auto& r : t.rows()) {
      const auto& id = t.get(r, "id");
      if (id.empty() || t.get(r, "name").empty()) t.fail(r, "empty id or name");
      if (lex.actors_.count(id)) t.fail(r, "duplicate id " + id);
      const auto& country = t.get(r, "country");
      if (!country.empty() && !lex.actors_.count(country)) t.fail(r, "unknown country '" + country + "'");
      const auto& g = t.get(r, "gender");
      if (g != "m" && g != "f" && !g.empty()) t.fail(r, "gender must be m or f, found '" + g + "'");
      actor a{id, t.get(r, "name"), actor_kind::person, country, split_alternatives(t.get(r, "variants")), {}};
      for (const auto& role : split_alternatives(t.get(r, "roles"))) {
        const auto at = role.find('@');
        affiliation af{country, role.substr(0, at), 0, 0};
        if (at != std::string::npos) {
          const std::string_view years = std::string_view(role).substr(at + 1);
          const auto dash = years.find('-');
          af.from_year = parse_year(years.substr(0, dash), t, r);
          if (dash != std::string_view::npos) af.to_year = parse_year(years.substr(dash + 1), t, r);
          else af.to_year = af.from_year;
        }
        a.affiliations.push_back(af);
      }
      lex.add_name(a.name, {id, {}, mention_form::name, false});
      for (const auto& v : a.aliases) lex.add_name(v, {id, {}, mention_form::alias, false});
      lex.surnames_[surname_key(a.name)].push_back(id);
      if (const auto& sh = t.get(r, "short"); !sh.empty()) {
        lex.short_names_[id] = surname_key(sh);
        auto& ids = lex.surnames_[surname_key(sh)];
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
      }
      for (const auto& v : a.aliases) {
        const auto s = surname_key(v);
        auto& ids = lex.surnames_[s];
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
      }
      lex.genders_[id] = g.empty() ? '?' : g[0];
      lex.actors_.emplace(id, std::move(a));
    }
  }
  {
    const auto t = tsv_table::parse(files.content("titles.tsv"), files.origin("titles.tsv"), {"title", "country"});
    for (const auto& r : t.rows()) {
      const auto& c = t.get(r, "country");
      if (!c.empty() && !lex.actors_.count(c)) t.fail(r, "unknown country '" + c + "'");
      lex.title_entries_.push_back({t.get(r, "title"), c});
      if (!lex.titles_.add(t.get(r, "title"), static_cast<std::uint32_t>(lex.title_entries_.size() - 1)))
        t.fail(r, "empty title");
    }
  }
  {
    const auto t = tsv_table::parse(files.content("non_actors.tsv"), files.origin("non_actors.tsv"),
                                    {"phrase", "category"});
    for (const auto& r : t.rows()) {
      if (!lex.non_actors_.add(t.get(r, "phrase"), static_cast<std::uint32_t>(lex.non_actor_categories_.size())))
        t.fail(r, "empty phrase");
      lex.non_actor_categories_.push_back(t.get(r, "category"));
    }
  }
  {
    const auto t = tsv_table::parse(files.content("places.tsv"), files.origin("places.tsv"),
                                    {"name", "kind", "country", "variants"});
    for (const auto& r : t.rows()) {
      const auto& c = t.get(r, "country");
      if (!c.empty() && !lex.actors_.count(c)) t.fail(r, "unknown country '" + c + "'");
      lex.place_entries_.push_back({t.get(r, "name"), c});
      const auto payload = static_cast<std::uint32_t>(lex.place_entries_.size() - 1);
      if (!lex.places_.add(t.get(r, "name"), payload)) t.fail(r, "empty place name");
      for (const auto& v : split_alternatives(t.get(r, "variants"))) lex.places_.add(v, payload);
    }
  }
  for (const auto* index : {&lex.names_, &lex.titles_, &lex.non_actors_, &lex.places_})
    for (const auto& form : index->first_forms()) lex.entry_starts_[form] = true;
  for (const auto& [id, a] : lex.actors_) {
    lex.by_id_[id] = &a;
    if (a.kind != actor_kind::person) continue;
    for (const auto& f : a.affiliations)
      if (f.from_year > 0) lex.offices_[office_key(f.state, f.role)].push_back({&a, f.from_year, f.to_year});
  }
  return lex;
}

const actor* actor_lexicon::office_holder(const std::string& state, std::string_view office, int year) const {
  const auto* tenures = offices_.find(office_key(state, office));
  if (!tenures) return nullptr;
  const actor* holder = nullptr;
  for (const auto& t : *tenures) {
    if (t.from_year > year || (t.to_year != 0 && year > t.to_year) || t.person == holder) continue;
    if (holder) return nullptr;  // two held it that year
    holder = t.person;
  }
  return holder;
}

const actor* actor_lexicon::find(const std::string& id) const {
  const actor* const* a = by_id_.find(id);
  return a ? *a : nullptr;
}

std::vector<std::string> actor_lexicon::persons_with_surname(const std::string& folded_surname) const {
  auto it = surnames_.find(folded_surname);
  return it == surnames_.end() ? std::vector<std::string>{} : it->second;
}

std::string actor_lexicon::short_name_key(const std::string& person_id) const {
  const auto it = short_names_.find(person_id);
  return it == short_names_.end() ? std::string() : it->second;
}

char actor_lexicon::gender(const std::string& person_id) const {
  auto it = genders_.find(person_id);
  return it == genders_.end() ? '?' : it->second;
}

actor actor_lexicon::context_body(const std::string& stem, const std::string& iso3) const {
  actor a;
  auto it = context_bodies_.find(stem);
  const actor* state = find(iso3);
  if (it == context_bodies_.end() || !state) return a;
  a = it->second;
  a.id = stem + "_" + iso3;
  a.country = iso3;
  const std::string base = a.name;
  a.name = base + " of " + state->name;
  for (auto& alias : a.aliases) alias += " of " + state->name;
  a.aliases.push_back(base);
  return a;
}

}  // namespace eventgraph
