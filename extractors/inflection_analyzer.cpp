#include "extractors/inflection_analyzer.h"

#include <algorithm>
#include <array>
#include <string>


namespace eventgraph {
namespace {

constexpr std::array<word_class, 4> wordnet_classes{word_class::noun, word_class::verb, word_class::adjective,
                                                    word_class::adverb};

int class_index(word_class c) {
  for (std::size_t i = 0; i < wordnet_classes.size(); ++i)
    if (wordnet_classes[i] == c) return static_cast<int>(i);
  return -1;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

inflection_analyzer::inflection_analyzer(const std::vector<wordnet_lemma>& lemmas,
                                         const std::vector<wordnet_exception>& exceptions) {
  for (const auto& l : lemmas) {
    auto& e = lemmas_[l.word];
    e.word = l.word;
    e.prior[0] = l.noun;
    e.prior[1] = l.verb;
    e.prior[2] = l.adjective;
    e.prior[3] = l.adverb;
  }
  for (const auto& x : exceptions) {
    const auto* target = lemma(x.lemma);
    if (!target || x.cls > 3 || !target->prior[x.cls]) continue;
    exceptions_[x.form].push_back({target->word, x.cls});
  }
  // A verb whose only irregular form is its doubled gerund ("cutting",
  // "hitting", "setting") has no past of its own: WordNet lists "committed"
  // beside "committing", and "began" beside "beginning", but nothing
  // beside "cutting", because "cut" is its past.
  form_map<int> verb_exceptions;  // per lemma: its irregular forms, -1 once one is not the doubled gerund
  for (const auto& x : exceptions) {
    if (x.cls != 1 || !lemma(x.lemma)) continue;
    const auto l = x.lemma;
    const bool doubled_gerund = l.size() >= 2 && !vowel(l.back()) && x.form.size() == l.size() + 4 &&
                                x.form.substr(0, l.size()) == l && x.form[l.size()] == l.back() &&
                                x.form.substr(l.size() + 1) == "ing";
    auto& n = verb_exceptions[l];
    n = doubled_gerund && n >= 0 ? n + 1 : -1;
  }
  for (const auto& x : exceptions)
    if (const auto* n = verb_exceptions.find(x.lemma); x.cls == 1 && n && *n > 0)
      if (lemma(x.lemma)) {
        auto& e = lemmas_[x.lemma];
        e.past_is_base = e.prior[1] > 0;
      }
}

bool inflection_analyzer::is_lemma(std::string_view w, word_class c) const {
  const int k = class_index(c);
  const auto* e = lemma(w);
  return k >= 0 && e && e->prior[k];
}

void inflection_analyzer::add_regular(std::string_view form, reading_list& out) const {
  std::array<char, 64> buf;
  const auto try_base = [&](std::string_view stem, std::string_view add, word_class c, verb_form f, bool plural) {
    if (stem.size() + add.size() > buf.size()) return false;
    std::copy(stem.begin(), stem.end(), buf.begin());
    std::copy(add.begin(), add.end(), buf.begin() + static_cast<std::ptrdiff_t>(stem.size()));
    const std::string_view base(buf.data(), stem.size() + add.size());
    const int k = class_index(c);
    const auto* e = lemma(base);
    if (!e || !e->prior[k]) return false;
    out.push_back({c, f, plural, e->prior[k], e->word});
    return true;
  };
  const auto cut = [&](std::size_t n) { return form.substr(0, form.size() - n); };
  // Nouns: WordNet's detachment rules.
  if (ends_with(form, "s") && !ends_with(form, "ss")) {
    bool found = false;
    if (ends_with(form, "ies")) found = try_base(cut(3), "y", word_class::noun, verb_form::none, true);
    if (!found && (ends_with(form, "ses") || ends_with(form, "xes") || ends_with(form, "zes") ||
                   ends_with(form, "ches") || ends_with(form, "shes")))
      found = try_base(cut(2), "", word_class::noun, verb_form::none, true);
    if (!found) try_base(cut(1), "", word_class::noun, verb_form::none, true);
  }
  if (ends_with(form, "men")) try_base(cut(3), "man", word_class::noun, verb_form::none, true);
  // Verbs.
  if (ends_with(form, "s") && !ends_with(form, "ss")) {
    bool found = false;
    if (ends_with(form, "ies")) found = try_base(cut(3), "y", word_class::verb, verb_form::present_s, false);
    if (!found && ends_with(form, "es")) found = try_base(cut(2), "", word_class::verb, verb_form::present_s, false);
    if (!found) try_base(cut(1), "", word_class::verb, verb_form::present_s, false);
  }
  const auto past_or_gerund = [&](std::size_t n, verb_form f) {
    const auto stem = cut(n);
    if (stem.size() < 2) return;
    if (f == verb_form::past && ends_with(form, "ied") && try_base(cut(3), "y", word_class::verb, f, false)) return;
    // "stopped", "travelled": the doubled consonant is spelling, not the stem
    // ("stopp" is no word), tried before the plain stem, which
    // would read "planned" as "plann"; "e" restored after it: "moved".
    const std::size_t s = stem.size();
    if (s >= 3 && stem[s - 1] == stem[s - 2] && !vowel(stem[s - 1]) &&
        try_base(stem.substr(0, s - 1), "", word_class::verb, f, false))
      return;
    if (try_base(stem, "", word_class::verb, f, false)) return;
    try_base(stem, "e", word_class::verb, f, false);
  };
  if (ends_with(form, "ed")) past_or_gerund(2, verb_form::past);
  if (ends_with(form, "ing")) past_or_gerund(3, verb_form::gerund);
  // Adjectives: comparatives and superlatives.
  if (ends_with(form, "er") && !try_base(cut(2), "", word_class::adjective, verb_form::none, false))
    try_base(cut(1), "", word_class::adjective, verb_form::none, false);
  if (ends_with(form, "est") && !try_base(cut(3), "", word_class::adjective, verb_form::none, false))
    try_base(cut(2), "", word_class::adjective, verb_form::none, false);
}

reading_list inflection_analyzer::readings(std::string_view form) const {
  reading_list out;
  if (form.empty()) return out;
  if (const auto* e = lemma(form))
    for (int k = 0; k < 4; ++k)
      if (e->prior[k])
        out.push_back({wordnet_classes[k], k == 1 ? verb_form::base : verb_form::none, false, e->prior[k], e->word});
  if (const auto* e = lemma(form); e && e->past_is_base)
    out.push_back({word_class::verb, verb_form::past, false, e->prior[1], e->word});
  if (const auto* xs = exceptions_.find(form))
    for (const auto& x : *xs) {
      const int prior = lemma(x.lemma)->prior[x.cls];
      out.push_back({wordnet_classes[x.cls], x.cls == 1 ? verb_form::past : verb_form::none, x.cls == 0, prior, x.lemma});
    }
  add_regular(form, out);
  // A British lemma WordNet also lists in American spelling reads as that
  // one: "mobilise" -> "mobilize", "defence" -> "defense", "armour" -> "armor".
  std::string us;
  for (auto& r : out) {
    const auto l = r.lemma;
    if (l.size() < 4) continue;
    const char last = l.back();
    if (last != 'e' && last != 'r' && last != 'n') continue;  // -ise, -ence, -tre, -oeuvre, -our, -isation
    us.clear();
    if (ends_with(l, "ise")) us = std::string(l.substr(0, l.size() - 3)) + "ize";
    else if (ends_with(l, "isation")) us = std::string(l.substr(0, l.size() - 7)) + "ization";
    else if (l.size() >= 6 && ends_with(l, "our")) us = std::string(l.substr(0, l.size() - 3)) + "or";
    else if (ends_with(l, "ence")) us = std::string(l.substr(0, l.size() - 4)) + "ense";
    else if (ends_with(l, "tre")) us = std::string(l.substr(0, l.size() - 3)) + "ter";
    else if (ends_with(l, "oeuvre")) us = std::string(l.substr(0, l.size() - 6)) + "euver";
    if (us.empty()) continue;
    const int k = class_index(r.cls);
    if (const auto* e = lemma(us); e && k >= 0 && e->prior[k]) r.lemma = e->word;
  }
  // One reading per class, lemma and form; the most frequent class first
  // (stable, so equal priors keep the order above: the word as it stands,
  // then its exceptions, then regular inflection).
  reading_list unique;
  for (const auto& r : out)
    if (std::none_of(unique.begin(), unique.end(), [&](const word_reading& u) {
          return u.cls == r.cls && u.form == r.form && u.lemma == r.lemma;
        }))
      unique.push_back(r);
  std::stable_sort(unique.begin(), unique.end(),
                   [](const word_reading& a, const word_reading& b) { return a.prior > b.prior; });
  return unique;
}

}  // namespace eventgraph
