// Token patterns loaded from data files: event triggers (triggers.tsv) and
// modality cues (modality_cues.tsv). A pattern is a sequence of tokens, each
// a set of lower-case alternatives or "*" for any token. Immutable after
// loading; errors are file:line: reason.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "extractors/form_map.h"
#include "extractors/lexicon_files.h"

namespace eventgraph {

struct token_pattern {
  std::vector<std::vector<std::string>> steps;  // alternatives per token; {"*"} = any
  // True when the pattern matches tokens starting at i (within [i, end)).
  bool matches_at(const document& doc, std::uint32_t i, std::uint32_t end) const;
  std::uint32_t length() const { return static_cast<std::uint32_t>(steps.size()); }
};

token_pattern parse_pattern(std::string_view text);

struct trigger_rule {
  std::string id;
  event_type type = event_type::statement;
  std::string cameo;
  token_pattern trigger;
  std::vector<std::string> requires_any;
  std::vector<std::string> excludes;
  // The same words, looked up with each token's hash: a window of tokens is
  // asked about a list of thirty words for every trigger the text holds.
  form_map<bool> requires_set;
  form_map<bool> excludes_set;
  int window = 0;
  std::optional<modality> implied;
  // Type "none": the words are an idiom that is no event ("was met with
  // scepticism"); matching them keeps the other rules off those tokens.
  bool blocks = false;
  // requires "@pair": the subject must be two or more actors ("X and Y spoke").
  bool needs_pair = false;
  // requires "@object": a name must follow the trigger ("called Putin"; "called
  // the vote illegal" is no phone call).
  bool needs_object = false;
  // requires "@equipment": a weapon named near the trigger ("repositioned
  // B-2s") counts as one of the required words.
  bool equipment_counts = false;
  // requires "@abroad": a place follows the trigger, in a state other than
  // that of a person taking part ("Witkoff, who was in Doha").
  bool needs_abroad = false;
};

struct modality_cue {
  token_pattern cue;
  modality mod = modality::asserted;
  // next: right before the trigger ("any invasion", "a possible attack").
  enum class where { before, after, either, next } at = where::before;
};

// The rules (or cues) that may start at a token: those indexed by its form
// and those indexed by its lemma, merged in index order.
class candidate_list {
 public:
  candidate_list(const std::vector<std::uint32_t>* a, const std::vector<std::uint32_t>* b);
  const std::uint32_t* begin() const { return only_ ? only_->data() : merged_.data(); }
  const std::uint32_t* end() const { return only_ ? only_->data() + only_->size() : merged_.data() + merged_.size(); }
  bool empty() const { return begin() == end(); }
  explicit operator bool() const { return !empty(); }

 private:
  const std::vector<std::uint32_t>* only_ = nullptr;
  std::vector<std::uint32_t> merged_;
};

class trigger_rules {
 public:
  static trigger_rules load(const lexicon_files& files);
  const std::vector<trigger_rule>& rules() const { return rules_; }
  const std::vector<modality_cue>& cues() const { return cues_; }
  // Rules whose trigger may start with a token of this token_form.
  const std::vector<std::uint32_t>* rules_starting_with(std::string_view form) const;
  // Rules whose trigger may start at token i: by its form or by its lemma
  // (an entry "strike" covers "struck", "strikes", "striking"), in rule order.
  candidate_list rules_starting_at(const document& doc, std::uint32_t i) const {
    return candidates(by_first_, doc, i);
  }
  // Cues that may start with token i (form or lemma), and those starting with "*".
  candidate_list cues_starting_at(const document& doc, std::uint32_t i) const {
    return candidates(cues_by_first_, doc, i);
  }
  const std::vector<std::uint32_t>& cues_starting_with_any() const { return cues_any_first_; }

 private:
  using first_token_index = form_map<std::vector<std::uint32_t>>;
  static candidate_list candidates(const first_token_index& index, const document& doc, std::uint32_t i) {
    const auto* by_form = index.find_hashed(doc.form_hash_of(i), [&] { return std::string_view(doc.form_of(i)); });
    const auto* by_lemma =
        doc.lemma_hash_of(i) == doc.form_hash_of(i)
            ? nullptr
            : index.find_hashed(doc.lemma_hash_of(i), [&] { return std::string_view(doc.lemma_of(i)); });
    return {by_form, by_lemma};
  }
  static void index_first_step(first_token_index& index, std::vector<std::uint32_t>& any, const token_pattern& p,
                               std::uint32_t idx);

  std::vector<trigger_rule> rules_;
  std::vector<modality_cue> cues_;
  first_token_index by_first_;
  first_token_index cues_by_first_;
  std::vector<std::uint32_t> cues_any_first_;
};

}  // namespace eventgraph
