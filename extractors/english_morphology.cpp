#include "extractors/english_morphology.h"

#include <cstring>
#include <stdexcept>

#include "core/form_hash.h"
#include "extractors/wordnet_tables.h"

namespace eventgraph {

english_morphology::english_morphology() {
  const std::string_view text(detail::known_forms_text, detail::known_forms_text_size);
  // The slot packs a form's offset in 24 bits and its reading count in 8.
  if (text.size() >= (1u << 24) - 1) throw std::length_error("english_morphology: WordNet table over 16 MB");
  std::size_t size = 1;
  while (size * 3 < detail::known_form_count * 4) size *= 2;  // load at most 3/4
  slots_.resize(size);
  readings_.reserve(detail::known_form_count + detail::known_form_count / 3);
  const std::size_t mask = size - 1;
  const char* const base = text.data();
  const char* p = base;
  const char* const end = base + text.size();
  while (p < end) {
    // One line: form TAB reading(;reading)* NEWLINE, a reading being
    // class digit, verb-form digit, plural digit, prior digits, comma, lemma.
    const char* tab = static_cast<const char*>(std::memchr(p, '\t', static_cast<std::size_t>(end - p)));
    if (!tab) break;
    const std::string_view form(p, static_cast<std::size_t>(tab - p));
    const auto first = static_cast<std::uint32_t>(readings_.size());
    const char* r = tab + 1;
    while (r < end && *r != '\n') {
      word_reading w;
      w.cls = static_cast<word_class>(r[0] - '0');
      w.form = static_cast<verb_form>(r[1] - '0');
      w.plural = r[2] == '1';
      const char* q = r + 3;
      for (; *q != ','; ++q) w.prior = w.prior * 10 + (*q - '0');
      const char* lemma = ++q;
      while (q < end && *q != ';' && *q != '\n') ++q;
      const std::string_view l(lemma, static_cast<std::size_t>(q - lemma));
      w.lemma = l == "=" ? form : l;
      readings_.push_back(w);
      r = *q == ';' ? q + 1 : q;
    }
    const std::uint64_t h = form_hash(form);
    std::size_t k = h & mask;
    while (slots_[k].text_and_count) k = (k + 1) & mask;
    slots_[k] = {h, first,
                 ((static_cast<std::uint32_t>(readings_.size()) - first) << 24) |
                     static_cast<std::uint32_t>(p - base + 1)};
    p = r + 1;
  }
}

std::span<const word_reading> english_morphology::readings(std::string_view form, std::uint64_t hash) const {
  if (slots_.empty()) return {};
  const std::size_t mask = slots_.size() - 1;
  const char* const text = detail::known_forms_text;
  for (std::size_t k = hash & mask;; k = (k + 1) & mask) {
    const slot& s = slots_[k];
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
