#include "extractors/english_morphology.h"

#include <cstring>

#include "core/form_hash.h"
#include "extractors/wordnet_tables.h"

namespace eventgraph {

english_morphology::english_morphology() {
  // The index comes finished from the build; only the readings' lemmas,
  // views into the text, are made here (a few milliseconds less than
  // parsing and hashing every form at each start).
  readings_.resize(detail::known_reading_count);
  const auto* packed = reinterpret_cast<const unsigned char*>(detail::known_readings);
  for (std::size_t i = 0; i < readings_.size(); ++i, packed += 8) {
    word_reading& w = readings_[i];
    w.cls = static_cast<word_class>(packed[0]);
    w.form = static_cast<verb_form>(packed[1]);
    w.plural = packed[2] != 0;
    w.prior = packed[3];
    const std::size_t at = packed[4] | (packed[5] << 8) | (static_cast<std::size_t>(packed[6]) << 16);
    w.lemma = std::string_view(detail::known_forms_text + at, packed[7]);
  }
}

std::span<const word_reading> english_morphology::readings(std::string_view form, std::uint64_t hash) const {
  const std::size_t mask = detail::known_form_slot_count - 1;
  const char* const text = detail::known_forms_text;
  for (std::size_t k = hash & mask;; k = (k + 1) & mask) {
    detail::known_form_slot s;
    std::memcpy(&s, detail::known_form_slots + k * sizeof s, sizeof s);
    if (!s.text_and_count) return {};
    if (s.hash != hash) continue;
    const std::size_t at = (s.text_and_count & 0xFFFFFFu) - 1;
    if (at + form.size() >= detail::known_forms_text_size) continue;
    const char* f = text + at;
    if (std::memcmp(f, form.data(), form.size()) == 0 && f[form.size()] == '\t')
      return {readings_.data() + s.first, s.text_and_count >> 24};
  }
}

std::span<const word_reading> english_morphology::readings(std::string_view form) const {
  return readings(form, form_hash(form));
}

bool english_morphology::is_lemma(std::string_view lemma, word_class c) const {
  for (const auto& r : readings(lemma))
    if (r.cls == c && r.lemma == lemma) return true;
  return false;
}

}  // namespace eventgraph
