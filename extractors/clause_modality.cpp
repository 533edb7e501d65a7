// What the trigger's clause says of its happening's reality: warned of,
// imagined, possible, proposed, provided for by a deal or a programme, or
// announced now (read by emit to set a report's modality).

#include <algorithm>
#include <array>
#include <span>

#include "core/document.h"
#include "extractors/calendar_words.h"
#include "extractors/clause_analyzer.h"
#include "extractors/event_recognition.h"
#include "extractors/modality_classifier.h"
#include "extractors/word_set.h"

namespace eventgraph {
namespace recognition_detail {

// The trigger's clause tells the future (will, would) as the complement of
// a verb of warning or threatening.
bool recognition::warned_future(std::uint32_t t0) const {
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return false;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.negated || (cl.tense != verb_tense::future && cl.tense != verb_tense::conditional)) return false;
  if (cl.modal == no_token || (doc_.form_of(cl.modal) != "will" && doc_.form_of(cl.modal) != "would" &&
                               doc_.form_of(cl.modal) != "'ll"))
    return false;
  const auto warns = [&](std::uint32_t v) {
    const auto lemma = std::string_view(doc_.lemma_of(v));
    return lemma == "warn" || lemma == "warning" || lemma == "threaten" || lemma == "threat" || lemma == "vow" ||
           lemma == "promise";
  };
  // ("a statement warning that ...", "the threat that ...": the word before "that".)
  if (cl.opener != no_token && cl.opener > 0 && doc_.form_of(cl.opener) == "that" && warns(cl.opener - 1)) return true;
  if (cl.kind != clause_kind::complement || cl.parent == no_index) return false;
  const auto& parent = doc_.clauses[static_cast<std::size_t>(cl.parent)];
  return parent.verb != no_token && warns(parent.verb);
}

bool recognition::imagined_gerund(std::uint32_t t0, std::uint32_t t1) const {
  const auto w = doc_.form_of(t0);
  if (w.size() < 6 || w.substr(w.size() - 3) != "ing") return false;
  const auto s = doc_.sentence_of_token(t0);
  const auto last = doc_.sentences[s].last_token;
  // The subject: the gerund opens the clause, or follows a name or noun ("North Koreans fighting").
  if (t0 > doc_.sentences[s].first_token) {
    const auto before = doc_.class_of(t0 - 1);
    // ("officials said sending tanks would be better": a clause a verb of
    // saying reports opens there too.)
    const bool reported = before == word_class::verb && reporting_lemma(doc_.lemma_of(t0 - 1));
    if (before != word_class::noun && before != word_class::proper_noun && doc_.form_of(t0 - 1) != "," && !reported)
      return false;
  }
  for (std::uint32_t k = t1; k < last && k < t1 + 8; ++k) {
    const auto c = doc_.class_of(k);
    if (c == word_class::modal) {
      const auto m = doc_.form_of(k);
      return m == "would" || m == "could" || m == "might";
    }
    if (c == word_class::verb || c == word_class::auxiliary || c == word_class::relative ||
        c == word_class::subordinator || c == word_class::punctuation)
      return false;
  }
  return false;
}

// "to be flown out before the troops finally leave", "until the last
// soldiers go home": the present tense of a clause of time tells what is
// still to come.
bool recognition::future_in_clause_of_time(std::uint32_t t0, std::uint32_t t1) const {
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return false;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.kind != clause_kind::subordinate || cl.opener == no_token || cl.verb == no_token || cl.verb < t0 ||
      cl.verb >= t1)
    return false;
  static const word_set openers{"before", "until", "till", "once", "after"};
  return openers.has(doc_, cl.opener) && cl.tense == verb_tense::present && cl.aspect == verb_aspect::simple &&
         cl.modal == no_token && !cl.negated;
}

// The trigger's clause has "could" in its verb group, which stands before
// the trigger.
bool recognition::possible_in_clause(std::uint32_t t0) const {
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return false;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.modal == no_token || cl.negated) return false;
  const auto modal = doc_.form_of(cl.modal);
  if (cl.modal < t0) return modal == "could";
  // "a summit may convene the two leaders", "new talks could open next
  // week": a happening not yet named before that is the subject of a "may"
  // is only possible. ("The summit could last six hours": the summit
  // named as known will be held; only its length is possible.)
  if (cl.subject == no_index || (modal != "may" && modal != "might" && modal != "could")) return false;
  const auto& who = doc_.chunks[static_cast<std::size_t>(cl.subject)];
  if (who.first_token > t0 || t0 >= who.last_token) return false;
  for (std::uint32_t k = who.first_token; k < t0; ++k) {
    const auto w = doc_.form_of(k);
    if (w == "the" || w == "this" || w == "that" || w == "these" || w == "its" || w == "their" || w == "'s" ||
        w == "\xE2\x80\x99s")
      return false;
  }
  return true;
}

// "a proposal by Putin on Sunday to resume direct negotiations", "an offer
// to host talks": what an infinitive hanging on a proposal tells is only
// proposed.
bool recognition::proposed_in_infinitive(std::uint32_t t0) const {
  static const word_set proposals{"proposal", "proposals", "offer", "offers", "bid", "call", "calls", "request",
                                  "requests", "appeal", "appeals", "plea", "suggestion", "initiative",
                                  // ("The Senate rejected a bill to impose sanctions": a bill is proposed.)
                                  "bill", "bills", "motion", "motions", "amendment", "amendments", "legislation"};
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return false;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.opener == no_token || doc_.form_of(cl.opener) != "to" || doc_.class_of(cl.opener) != word_class::particle ||
      cl.governor != no_token)
    return false;
  const std::uint32_t first = doc_.sentences[cl.sentence].first_token;
  // The proposal's noun, with its agent or time between ("by Putin on Sunday").
  for (std::uint32_t j = cl.opener; j > first && cl.opener - j < 8; --j) {
    const auto c = doc_.class_of(j - 1);
    if (c == word_class::verb || c == word_class::auxiliary || c == word_class::modal || doc_.form_of(j - 1) == ",")
      return false;
    if (c == word_class::noun && proposals.has(doc_, j - 1)) return true;
  }
  return false;
}

// "The deal includes the withdrawal of Israeli forces", "the plan calls for
// a ceasefire": what an agreement or plan provides for is still to happen.
bool recognition::provided_for(std::uint32_t t0, event_type type) const {
  auto k = doc_.clause_of_token(t0);
  if (k == no_index) return false;
  // ("the trip includes a visit to meet lawmakers and a meeting with Biden":
  // an infinitive with no subject of its own hangs on the clause above.)
  if (const auto& inner = doc_.clauses[static_cast<std::size_t>(k)];
      inner.subject == no_index && inner.tense == verb_tense::none && inner.parent != no_index)
    k = inner.parent;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  if (cl.verb == no_token || cl.verb >= t0 || cl.subject == no_index || cl.negated) return false;
  static const word_set provides{"include", "envisage", "envision", "foresee", "require", "stipulate", "call",
                                 "mandate"};
  static const word_set agreements{"deal", "agreement", "plan", "proposal", "accord", "truce", "ceasefire",
                                   "framework", "roadmap", "treaty", "resolution", "pact", "text", "draft"};
  if (!provides.has_lemma(doc_, cl.verb)) return false;
  if (doc_.lemma_of(cl.verb) == "call" && (cl.verb + 1 >= t0 || doc_.form_of(cl.verb + 1) != "for")) return false;
  const auto& subject = doc_.chunks[static_cast<std::size_t>(cl.subject)];
  if (agreements.has_lemma(doc_, subject.head)) return true;
  // "Her trip includes talks in Lagos": a journey's programme told in the
  // present is still to come ("the tour included a stop in Accra" is told).
  static const word_set programmes{"trip", "visit", "tour", "itinerary", "agenda", "schedule", "programme",
                                   "program", "journey"};
  // (A stop on the trip is the trip's own visit, not a happening still to come.)
  return type != event_type::visit && cl.tense == verb_tense::present && programmes.has_lemma(doc_, subject.head);
}

// An "announce" or "unveil" in the past or present right before t0, in a
// clause without a modal or a governing verb: the announcement itself.
bool recognition::announced_now(std::uint32_t t0) const {
  const auto k = doc_.clause_of_token(t0);
  if (k == no_index) return false;
  const auto& cl = doc_.clauses[static_cast<std::size_t>(k)];
  // "EU leaders agreed to impose more sanctions", "Congress voted to send
  // aid": a decision taken to impose or to give is the imposition or the
  // pledge.
  // (The governing verb heads this clause's group, or the clause above.)
  if (cl.governor != no_token) {
    static const word_set decisions{"agree", "decide", "vote"};
    const auto& head = cl.parent != no_index && doc_.clauses[static_cast<std::size_t>(cl.parent)].verb == cl.governor
                           ? doc_.clauses[static_cast<std::size_t>(cl.parent)]
                           : cl;
    if (decisions.has_lemma(doc_, cl.governor) && head.tense == verb_tense::past && head.modal == no_token &&
        !head.negated)
      return true;
  }
  if (cl.verb == no_token || cl.verb >= t0 || t0 - cl.verb > 6 || cl.modal != no_token || cl.governor != no_token)
    return false;
  const auto lemma = std::string_view(doc_.lemma_of(cl.verb));
  return (lemma == "announce" || lemma == "unveil") &&
         (cl.tense == verb_tense::past || cl.tense == verb_tense::present);
}

}  // namespace recognition_detail
}  // namespace eventgraph
