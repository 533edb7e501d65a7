// English word forms and their readings, looked up in the tables derived at
// build time from WordNet (extractors/wordnet_tables.h, worked out by
// inflection_analyzer): every lemma, irregular form ("struck", "men") and
// regular inflection ("strikes", "shelled", "mobilised") with its word
// classes, lemmas and frequency priors. The index over the forms comes
// finished from the build, keyed by the documents' form hash; a lookup is
// one probe. Immutable once built; thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "extractors/word_reading.h"

namespace eventgraph {

class english_morphology {
 public:
  english_morphology();
  // Every reading of form (ASCII lower case), most frequent lemma class
  // first; empty for a word WordNet does not know. hash is form_hash(form).
  std::span<const word_reading> readings(std::string_view form, std::uint64_t hash) const;
  std::span<const word_reading> readings(std::string_view form) const;
  // Whether lemma is a WordNet lemma of class c (noun, verb, adjective, adverb).
  bool is_lemma(std::string_view lemma, word_class c) const;

 private:
  std::vector<word_reading> readings_;  // known_readings, with their lemmas as views
};

}  // namespace eventgraph
