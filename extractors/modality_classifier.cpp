#include "extractors/modality_classifier.h"

#include <algorithm>

#include "core/document.h"
#include "extractors/word_set.h"

namespace eventgraph {
namespace {

// A finite verb in the past tense ("rejected", "met", "sent"), as the word
// classifier read it in its context.
bool past_tense(const document& doc, std::uint32_t k) {
  return doc.class_of(k) == word_class::verb && doc.verb_form_of(k) == verb_form::past;
}

// Words that open another clause: a cue beyond one does not govern the trigger
// ("agreed to keep talking, even though their meeting produced nothing").
bool modality_barrier(const document& doc, std::uint32_t k) {
  static const word_set words{"though", "although", "but", "while", "whereas", "because", "after", "before",
                              "when", "which", "who", "whose", ";", "said", "says", "told", "added",
                              "\xE2\x80\x94", "\xE2\x80\x93"};
  return words.has(doc, k);
}

// "will" or "'ll" in [from, to), within three words of `from`.
bool future_before(const document& doc, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t k = from; k < to && k < from + 3; ++k)
    if (const auto w = doc.form_of(k);
        w == "will" || w.ends_with("'ll") || w.ends_with("\xE2\x80\x99ll"))  // "'ll", and "they'll" as one token
      return true;
  return false;
}

}  // namespace

int modality_rank(modality m) {
  switch (m) {
    case modality::denied: return 6;
    case modality::conditional: return 5;
    case modality::hypothetical: return 4;
    case modality::claimed: return 3;
    case modality::threatened: return 2;
    case modality::planned: return 1;
    default: return 0;
  }
}

modality classify_modality(const document& doc, const trigger_rules& rules, std::uint32_t s, std::uint32_t t0,
                           std::uint32_t t1) {
  const auto& sent = doc.sentences[s];
  modality best = modality::asserted;
  // A cue counts when it matches wholly inside its window: the 20 tokens
  // before the trigger ("warned that 100,000 troops massed near the border is
  // a sign Russia is preparing an intervention"), or the 12 after it.
  const auto scan = [&](std::uint32_t from, std::uint32_t to, modality_cue::where excluded) {
    const auto check = [&](std::uint32_t k, std::uint32_t idx) {
      const auto& cue = rules.cues()[idx];
      if (cue.at == excluded || modality_rank(cue.mod) <= modality_rank(best)) return;
      if (cue.at == modality_cue::where::next && k + cue.cue.length() != t0) return;
      if (cue.cue.matches_at(doc, k, to)) best = cue.mod;
    };
    for (std::uint32_t k = from; k < to; ++k) {
      if (const auto v = rules.cues_starting_at(doc, k))
        for (const auto idx : v) check(k, idx);
      for (const auto idx : rules.cues_starting_with_any()) check(k, idx);
    }
  };
  // A sentence opening with "If" or "Unless" makes its main clause conditional too:
  // "If Russian units cross the border, that is an invasion."
  for (std::uint32_t k = sent.first_token; k < std::min(sent.last_token, sent.first_token + 2); ++k) {
    const auto w = doc.form_of(k);
    if (w == "if" || w == "unless") { best = modality::conditional; break; }
    if (w != "\xE2\x80\x9C" && w != "\"") break;
  }
  std::uint32_t from = t0 > sent.first_token + 20 ? t0 - 20 : sent.first_token;
  bool ultimatum = false;
  for (std::uint32_t k = t0; k > from; --k) {
    // "while bypassing Ukraine": a participle after "while" opens no clause
    // (after "after", it does: "warned ... after having massed troops").
    const auto next = doc.form_of(k);
    const bool participle = doc.form_of(k - 1) == "while" && next.size() > 4 && next.substr(next.size() - 3) == "ing";
    // "said Taiwan would not seek to provoke Beijing and rejected China's
    // demand": a verb in the past tense joined by "and" opens a clause of its
    // own, out of reach of a "would" before it (which would take "reject").
    const auto joint = doc.form_of(k - 1);
    const bool past_clause = (joint == "and" || joint == "but") && !doc.tokens[k].capitalized && past_tense(doc, k);
    if ((modality_barrier(doc, k - 1) && !participle) || past_clause) {
      from = k;
      break;
    }
    // "Make peace now or they'll get hit again": a future after "or" is what
    // follows if the demand before it is not met, a threat; the demand's
    // "should" or "must" is not the trigger's.
    if (joint == "or" && future_before(doc, k, t0)) {
      from = k;
      ultimatum = true;
      break;
    }
  }
  std::uint32_t to = std::min(sent.last_token, t1 + 12);
  for (std::uint32_t k = t1; k < to; ++k)
    if (modality_barrier(doc, k)) { to = k; break; }
  scan(from, t0, modality_cue::where::after);
  scan(t1, to, modality_cue::where::before);
  if (ultimatum && modality_rank(best) < modality_rank(modality::threatened)) best = modality::threatened;
  return best;
}

}  // namespace eventgraph
