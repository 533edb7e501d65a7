// Groups tokens into sentences. A sentence ends at . ! ? (with any closing
// quotes) when the next token opens a sentence, and always at a paragraph
// break. Abbreviations ("Mr.", "Feb.", "Gen.") and initials ("Antony J.")
// do not end a sentence; a dotted acronym ("U.S.") ends one only before a
// word that typically opens a sentence. Reads tokens, writes sentences.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/component.h"

namespace eventgraph {

class sentence_splitter final : public component {
 public:
  // abbreviations: lower-case, without the final dot ("mr", "feb"), mapped
  // to true for titles that always precede a name ("mr", "gen") and so never
  // end a sentence. openers: words that open sentences, as written ("The").
  sentence_splitter(std::unordered_map<std::string, bool> abbreviations, std::unordered_set<std::string> openers);
  std::string_view name() const override { return "sentence_splitter"; }
  void operator()(document& doc) const override;

 private:
  std::unordered_map<std::string, bool> abbreviations_;
  std::unordered_set<std::string> openers_;
};

}  // namespace eventgraph
