// The table extractors/wordnet_table_generator.cpp derives at build time
// from WordNet (Debian's wordnet-base): every lemma, irregular form and
// regular inflection WordNet's lemmas have, with its readings as
// inflection_analyzer works them out. One line per form:
//   form TAB reading(;reading)* NEWLINE
// a reading being its word_class digit, verb_form digit, plural digit, prior
// (decimal), ',' and its lemma ("=" for the form itself). Static storage.
#pragma once

#include <cstddef>

namespace eventgraph::detail {

extern const std::size_t known_form_count;
extern const char known_forms_text[];
extern const std::size_t known_forms_text_size;

}  // namespace eventgraph::detail
