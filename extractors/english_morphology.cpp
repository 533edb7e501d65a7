#include "extractors/english_morphology.h"

#include "core/form_hash.h"
#include "extractors/wordnet_tables.h"

namespace eventgraph {

english_morphology::english_morphology() {
  const std::string_view text(detail::known_forms_text, detail::known_forms_text_size);
  forms_.reserve(detail::known_form_count);
  readings_.reserve(detail::known_form_count + detail::known_form_count / 2);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t tab = text.find('\t', pos);
    const std::size_t eol = text.find('\n', pos);
    if (tab == std::string_view::npos || eol == std::string_view::npos || tab > eol) break;
    entry e;
    e.form = text.substr(pos, tab - pos);
    e.first = static_cast<std::uint32_t>(readings_.size());
    std::size_t r = tab + 1;
    while (r < eol) {
      std::size_t end = text.find(';', r);
      if (end == std::string_view::npos || end > eol) end = eol;
      const std::size_t comma = text.find(',', r);
      word_reading w;
      w.cls = static_cast<word_class>(text[r] - '0');
      w.form = static_cast<verb_form>(text[r + 1] - '0');
      w.plural = text[r + 2] == '1';
      for (std::size_t k = r + 3; k < comma; ++k) w.prior = w.prior * 10 + (text[k] - '0');
      const auto lemma = text.substr(comma + 1, end - comma - 1);
      w.lemma = lemma == "=" ? e.form : lemma;
      readings_.push_back(w);
      r = end + 1;
    }
    e.count = static_cast<std::uint32_t>(readings_.size()) - e.first;
    forms_.push_back(e);
    pos = eol + 1;
  }
  std::size_t size = 1;
  while (size < 2 * forms_.size()) size *= 2;
  slots_.assign(size, 0);
  slot_hashes_.assign(size, 0);
  const std::size_t mask = size - 1;
  for (std::size_t i = 0; i < forms_.size(); ++i) {
    const std::uint64_t h = form_hash(forms_[i].form);
    std::size_t k = h & mask;
    while (slots_[k]) k = (k + 1) & mask;
    slots_[k] = static_cast<std::uint32_t>(i + 1);
    slot_hashes_[k] = h;
  }
}

std::span<const word_reading> english_morphology::readings(std::string_view form, std::uint64_t hash) const {
  if (slots_.empty()) return {};
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t k = hash & mask;; k = (k + 1) & mask) {
    const std::uint32_t v = slots_[k];
    if (!v) return {};
    if (slot_hashes_[k] == hash && forms_[v - 1].form == form) {
      const auto& e = forms_[v - 1];
      return {readings_.data() + e.first, e.count};
    }
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
