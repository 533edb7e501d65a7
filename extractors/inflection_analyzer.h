// English inflection worked out from WordNet's lemma index and exception
// lists: the readings a lower-case form can have, each with its lemma and a
// frequency prior. Regular inflection follows WordNet's own detachment rules
// (-s, -es, -ies, -men, -ed, -ied, -ing, doubled consonants, a restored -e);
// irregular forms come from the exception lists; a British lemma WordNet
// also lists in American spelling reads as that one ("mobilise" ->
// "mobilize", "defence" -> "defense"). Used at build time by
// wordnet_table_generator to analyse every form once; at run time
// english_morphology looks the results up. Immutable once built.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extractors/form_map.h"
#include "extractors/word_reading.h"

namespace eventgraph {

// A lemma and, per class, 1 + the number of its senses tagged in WordNet's
// sense-tagged corpus (0: no lemma of that class).
struct wordnet_lemma {
  std::string_view word;
  std::uint8_t noun, verb, adjective, adverb;
};

// An irregular form: "struck" -> "strike", class 1 (0 noun, 1 verb, 2 adjective, 3 adverb).
struct wordnet_exception {
  std::string_view form;
  std::string_view lemma;
  std::uint8_t cls;
};

class inflection_analyzer {
 public:
  // The views must outlive the analyzer.
  inflection_analyzer(const std::vector<wordnet_lemma>& lemmas, const std::vector<wordnet_exception>& exceptions);
  // Every reading of form, most frequent lemma class first; empty for a word WordNet does not know.
  reading_list readings(std::string_view form) const;
  bool is_lemma(std::string_view lemma, word_class c) const;

 private:
  struct lemma_entry {
    std::string_view word;
    std::uint8_t prior[4] = {0, 0, 0, 0};
    bool past_is_base = false;  // "cut", "hit", "set": the past and its participle are the base form
  };
  struct exception_entry {
    std::string_view lemma;
    std::uint8_t cls;
  };
  const lemma_entry* lemma(std::string_view w) const { return lemmas_.find(w); }
  void add_regular(std::string_view form, reading_list& out) const;

  form_map<lemma_entry> lemmas_;
  form_map<std::vector<exception_entry>> exceptions_;
};

}  // namespace eventgraph
