// Gives every token a word class, a verb inflection and a lemma, once per
// document, so that recognisers read "a past-tense verb", "a noun", "the
// lemma strike" instead of comparing tokens with word lists of their own.
// Open classes and inflection come from english_morphology (WordNet);
// closed-class words from function_words.tsv. Where a word has several
// readings ("strikes", "that", "after", "to"), rules on its neighbours
// choose one: after a determiner a noun, after "to", a modal or "did" a
// verb's base form, after "be" or "have" a participle, a finite form after a
// subject; otherwise the reading WordNet's tagged corpus makes most frequent.
// Reads tokens and sentences; writes the document's word analyses and lemmas.
// Immutable once built; one instance serves many threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/component.h"
#include "core/document.h"
#include "extractors/english_morphology.h"
#include "extractors/form_map.h"
#include "extractors/lexicon_files.h"

namespace eventgraph {

class word_classifier final : public component {
 public:
  // Throws eventgraph::error naming function_words.tsv and the line for a bad row.
  word_classifier(const lexicon_files& files, std::shared_ptr<const english_morphology> morphology);
  std::string_view name() const override { return "word_classifier"; }
  void operator()(document& doc) const override;

 private:
  struct function_word {
    std::vector<word_class> classes;  // in the order the file lists them
    std::string lemma;                // empty: the word itself
  };
  std::shared_ptr<const english_morphology> morphology_;
  form_map<function_word> function_words_;
};

}  // namespace eventgraph
