// The tables extractors/wordnet_table_generator.cpp derives at build time
// from WordNet (Debian's wordnet-base): every lemma, irregular form and
// regular inflection WordNet's lemmas have, with its readings as
// inflection_analyzer works them out, and the finished index over them.
//  - known_forms_text: one line per form,
//      form TAB reading(;reading)* NEWLINE
//    a reading being its word_class digit, verb_form digit, plural digit,
//    prior (decimal), ',' and its lemma ("=" for the form itself);
//  - known_form_slots: known_form_slot_count slots of known_form_slot, an
//    open-addressing table on form_hash (linear probing, at most 3/4 full);
//  - known_readings: 8 bytes per reading: class, verb form, plural, prior,
//    the lemma's offset in known_forms_text (24 bits, little end first) and
//    its length.
// Static storage, in the byte order of the machine that built them.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>

namespace eventgraph::detail {

static_assert(std::endian::native == std::endian::little,
              "the WordNet tables are written and read as little-endian images");

struct known_form_slot {
  std::uint64_t hash = 0;
  std::uint32_t first = 0;            // the form's first reading in known_readings
  std::uint32_t text_and_count = 0;   // 0: empty; else (reading count << 24) | (offset in text + 1)
};
static_assert(sizeof(known_form_slot) == 16);

extern const std::size_t known_form_count;
extern const char known_forms_text[];
extern const std::size_t known_forms_text_size;
extern const std::size_t known_form_slot_count;
extern const char known_form_slots[];
extern const std::size_t known_reading_count;
extern const char known_readings[];

}  // namespace eventgraph::detail
