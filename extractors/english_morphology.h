// English word forms and their readings, looked up in the tables derived at
// build time from WordNet (extractors/wordnet_tables.h, worked out by
// inflection_analyzer): every lemma, irregular form ("struck", "men") and
// regular inflection ("strikes", "shelled", "mobilised") with its word
// classes, lemmas and frequency priors. Building it reads the static table
// and indexes it by the documents' form hash (a few milliseconds); a lookup
// is then one probe. Immutable once built; thread-safe.
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
  // One open-addressing slot per form, 16 bytes, so that a lookup touches one
  // cache line before the readings: the form's hash, its readings and where
  // the form is in the static table (offset, and its reading count on top).
  struct slot {
    std::uint64_t hash = 0;
    std::uint32_t first = 0;
    std::uint32_t text_and_count = 0;  // 0: empty; else (count << 24) | (offset + 1)
  };
  std::vector<word_reading> readings_;
  std::vector<slot> slots_;
};

}  // namespace eventgraph
