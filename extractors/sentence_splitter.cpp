#include "extractors/sentence_splitter.h"

#include "core/document.h"

namespace eventgraph {
namespace {

bool is_closing_quote(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9D" || t == "'" || t == "\xE2\x80\x99" || t == ")" || t == "\xC2\xBB";
}
bool is_opening_quote(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9C" || t == "'" || t == "\xE2\x80\x98" || t == "(" || t == "\xC2\xAB";
}

// "On May 2, a\n\nNorwegian frigate\n\nsailed into ...": a line broken where a
// page set a link or a name apart, not a paragraph. The line before ends on
// a word, and the next goes on in lower case or the last word needs one after it.
bool broken_line(const document& doc, const token& before, const token& next) {
  if (before.kind != token_kind::word) return false;
  if (next.kind == token_kind::word && !next.capitalized) return true;
  const auto w = doc.lower_of(before);
  return w == "a" || w == "an" || w == "the" || w == "of" || w == "to" || w == "in" || w == "on" || w == "at" ||
         w == "by" || w == "for" || w == "with" || w == "and" || w == "or" || w == "from";
}

}  // namespace

sentence_splitter::sentence_splitter(std::unordered_map<std::string, bool> abbreviations,
                                     std::unordered_set<std::string> openers)
    : abbreviations_(std::move(abbreviations)), openers_(std::move(openers)) {}

void sentence_splitter::operator()(document& doc) const {
  doc.sentences.clear();
  const auto& toks = doc.tokens;
  const auto n = static_cast<std::uint32_t>(toks.size());
  std::uint32_t first = 0;
  auto close = [&](std::uint32_t last) {  // [first, last)
    if (last > first)
      doc.sentences.push_back({{toks[first].where.begin, toks[last - 1].where.end}, first, last});
    first = last;
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    if (i > first && toks[i].paragraph_start && !broken_line(doc, toks[i - 1], toks[i])) close(i);
    const std::string_view t = doc.text_of(toks[i]);
    const bool stop = t == "." || t == "!" || t == "?" || t == "..." || t == "\xE2\x80\xA6";
    const bool acronym = !stop && t.size() > 2 && t.back() == '.' && toks[i].kind == token_kind::word;
    if (!stop && !acronym) continue;
    std::uint32_t j = i + 1;
    while (j < n && is_closing_quote(doc.text_of(toks[j])) && !toks[j].paragraph_start) ++j;
    if (j >= n || toks[j].paragraph_start) {
      close(j);
      i = j - 1;
      continue;
    }
    const std::string_view next = doc.text_of(toks[j]);
    const bool next_opens =
        toks[j].capitalized || is_opening_quote(next) || toks[j].kind == token_kind::number;
    if (!next_opens) continue;
    if (acronym) {
      if (openers_.count(std::string(next))) {
        close(j);
        i = j - 1;
      }
      continue;
    }
    if (t == "." && i > 0 && !toks[i].space_before) {
      const auto& prev = toks[i - 1];
      const std::string_view p = doc.lower_of(prev);
      const bool initial = prev.kind == token_kind::word && prev.where.size() == 1 && prev.capitalized;
      const auto abbr = abbreviations_.find(std::string(p));
      if (initial || abbr != abbreviations_.end()) {
        // "Feb. 10" or "Mr. Putin": not an end. After a non-title
        // abbreviation, an opener still ends the sentence ("... in Feb. The talks").
        if (initial || abbr->second || !openers_.count(std::string(next))) continue;
      }
    }
    close(j);
    i = j - 1;
  }
  close(n);
}

}  // namespace eventgraph
