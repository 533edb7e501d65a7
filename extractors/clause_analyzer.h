// Finds each sentence's clauses and their roles from the word classes and
// noun chunks, by rule, in one left-to-right pass:
//  - verb groups: modals, auxiliaries, "not" and adverbs up to the lexical
//    verb ("would not have been sent"), with tense (a modal will/shall:
//    future; would/could/may/might/should: conditional; "is expected/set/due
//    to", "plans to": future), aspect (have + participle: perfect; be + -ing:
//    progressive) and voice (be + participle: passive);
//  - clause boundaries at subordinators (if, when, after, because ...),
//    relative words after a noun (who, which, that), "that" after a verb and
//    the clause a verb of saying reports ("said Russia had attacked");
//  - roles: the subject is the last noun chunk before the verb group in the
//    clause (for a relative clause on its subject, the noun it hangs on; for
//    a verb coordinated by "and", the previous clause's subject), the object
//    the first chunk after it not governed by a preposition, the agent the
//    chunk after "by" following a passive verb.
// Reads word classes, lemmas and chunks; writes document::clauses. Stateless.
#pragma once

#include "core/component.h"
#include "core/document.h"

namespace eventgraph {

class clause_analyzer final : public component {
 public:
  std::string_view name() const override { return "clause_analyzer"; }
  void operator()(document& doc) const override;
};

// Whether lemma is a verb of saying, warning, claiming or believing, whose
// complement is what someone reports, not what the text asserts.
bool reporting_lemma(std::string_view lemma);

}  // namespace eventgraph
