// The actor lexicon: states (with variants, adjectives and metonyms),
// organisations, government bodies, armed forces, groups and persons, plus
// the role titles that introduce persons, the names that are not actors
// (outlets, weapons) and places. Built from lexicon files (validated, errors
// as file:line: reason); immutable afterwards and safe to share.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/actor.h"
#include "core/document.h"
#include "extractors/lexicon_files.h"
#include "core/document.h"
#include "extractors/form_map.h"
#include "extractors/phrase_index.h"

namespace eventgraph {

class actor_lexicon {
 public:
  struct name_entry {
    std::string actor_id;    // "" for a body whose state comes from context
    std::string context_id;  // for such a body: its id stem ("defense_ministry")
    mention_form form = mention_form::name;
    bool metonym = false;    // a capital or seat of power: a place after "in", "to", ...
  };
  struct title_entry {
    std::string title;
    std::string country;  // implied state, or ""
  };
  struct place_entry {
    std::string name;
    std::string country;
  };

  static actor_lexicon load(const lexicon_files& files);
  // Movable, not copyable: by_id_ points into actors_ (whose nodes a move keeps).
  actor_lexicon() = default;
  actor_lexicon(actor_lexicon&&) = default;
  actor_lexicon& operator=(actor_lexicon&&) = default;
  actor_lexicon(const actor_lexicon&) = delete;
  actor_lexicon& operator=(const actor_lexicon&) = delete;

  const actor* find(const std::string& id) const;
  const std::map<std::string, actor>& actors() const { return actors_; }

  const phrase_index& names() const { return names_; }
  const name_entry& name(std::uint32_t payload) const { return name_entries_[payload]; }
  const phrase_index& titles() const { return titles_; }
  const title_entry& title(std::uint32_t payload) const { return title_entries_[payload]; }
  const phrase_index& non_actors() const { return non_actors_; }
  // The category of a non-actor phrase (outlet, weapon, treaty), by payload.
  const std::string& non_actor_category(std::uint32_t payload) const { return non_actor_categories_[payload]; }
  const phrase_index& places() const { return places_; }
  const place_entry& place(std::uint32_t payload) const { return place_entries_[payload]; }

  // False when no name, title, place or non-actor phrase starts with token
  // i: one lookup that lets most lower-case words be skipped at once.
  bool may_start_entry(const document& doc, std::uint32_t i) const {
    return entry_starts_.find_hashed(doc.form_hash_of(i), [&] { return std::string_view(doc.form_of(i)); }) != nullptr;
  }

  // Persons of the lexicon with this surname (folded), for surname-only mentions.
  std::vector<std::string> persons_with_surname(const std::string& folded_surname) const;
  // The folded name a person goes by alone when it is not the last word of
  // the name ("yoon" for Yoon Suk Yeol), or "".
  std::string short_name_key(const std::string& person_id) const;
  // Person gender: 'm', 'f' or '?'.
  char gender(const std::string& person_id) const;
  // The one person of the lexicon who held the office (a role, compared
  // without case) of that state in that year, or null when none or several
  // did ("Foreign Minister" of RUS in 2023: Sergei Lavrov).
  const actor* office_holder(const std::string& state, std::string_view office, int year) const;
  // The canonical name of a body in a state's context ("Defense Ministry of Russia").
  actor context_body(const std::string& stem, const std::string& iso3) const;

 private:
  void add_name(std::string_view phrase, name_entry e, bool case_insensitive = false);

  std::map<std::string, actor> actors_;
  form_map<const actor*> by_id_;  // the same actors, hashed: find() runs for every actor mention
  std::map<std::string, actor> context_bodies_;  // by stem, country empty
  phrase_index names_;
  std::vector<name_entry> name_entries_;
  phrase_index titles_;
  std::vector<title_entry> title_entries_;
  phrase_index non_actors_;
  std::vector<std::string> non_actor_categories_;
  phrase_index places_;
  std::vector<place_entry> place_entries_;
  form_map<bool> entry_starts_;
  std::unordered_map<std::string, std::vector<std::string>> surnames_;
  std::unordered_map<std::string, char> genders_;
  std::unordered_map<std::string, std::string> short_names_;  // person id -> folded short name
  struct tenure {
    const actor* person;
    int from_year, to_year;
  };
  form_map<std::vector<tenure>> offices_;  // by "STATE|office in lower case"
};

// Last word of a person's name, folded ("Sergei Lavrov" -> "lavrov",
// "Ferdinand Marcos Jr." -> "marcos").
std::string surname_key(std::string_view full_name);
// Folded first name with common transliteration variants unified
// ("Sergey" and "Sergei" -> "sergei").
std::string given_name_key(std::string_view full_name);
// A stable id from a name: folded, non-alphanumerics as '_'.
std::string slug(std::string_view name);

}  // namespace eventgraph
