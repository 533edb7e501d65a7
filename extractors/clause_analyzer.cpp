#include "extractors/clause_analyzer.h"

#include <algorithm>
#include <array>

namespace eventgraph {
namespace {

bool verbal(word_class c) { return c == word_class::verb || c == word_class::auxiliary || c == word_class::modal; }

struct verb_group {
  std::uint32_t first = 0, last = 0;  // inclusive
  std::uint32_t verb = no_token, modal = no_token, governor = no_token;
  verb_tense tense = verb_tense::none;
  verb_aspect aspect = verb_aspect::simple;
  verb_voice voice = verb_voice::active;
  bool negated = false;
  bool finite = false;
};

// Verbs that take an infinitive and say when or whether it happens: "plans
// to visit", "is expected to meet", "agreed to send".
bool future_governor(std::string_view lemma) {
  static constexpr std::array<std::string_view, 8> v{"plan", "expect", "set", "schedule", "due", "intend", "go", "prepare"};
  return std::find(v.begin(), v.end(), lemma) != v.end();
}

verb_group read_group(const document& doc, std::uint32_t i, std::uint32_t end) {
  verb_group g;
  g.first = i;
  std::uint32_t j = i;
  bool be_before = false, have_before = false;
  for (; j < end; ++j) {
    const word_class c = doc.class_of(j);
    const auto lemma = doc.lemma_of(j);
    if (c == word_class::modal) {
      if (g.modal == no_token) g.modal = j;
    } else if (c == word_class::auxiliary) {
      if (lemma == "be") be_before = true;
      if (lemma == "have") have_before = true;
      g.verb = j;
    } else if (c == word_class::verb) {
      g.verb = j;
      const auto f = doc.verb_form_of(j);
      if (f == verb_form::past && be_before) g.voice = verb_voice::passive;
      if (f == verb_form::past && have_before) g.aspect = verb_aspect::perfect;
      if (f == verb_form::gerund && be_before) g.aspect = verb_aspect::progressive;
      // The lexical verb ends the group, unless an infinitive hangs on it.
      // ("agreed to quickly send": an adverb may split the infinitive.)
      const bool split = j + 3 < end && doc.class_of(j + 2) == word_class::adverb &&
                         doc.class_of(j + 3) == word_class::verb;
      if (j + 2 < end && doc.form_of(j + 1) == "to" && doc.class_of(j + 1) == word_class::particle &&
          (doc.class_of(j + 2) == word_class::verb || split)) {
        // "is expected to visit": time and voice are the infinitive's.
        g.governor = j;
        be_before = have_before = false;
        g.voice = verb_voice::active;
        g.aspect = verb_aspect::simple;
        ++j;  // over "to"
        continue;
      }
      g.last = j;
      break;
    } else if (c == word_class::particle && doc.form_of(j) != "to") {
      g.negated = true;
    } else if (c == word_class::adverb && j + 1 < end && verbal(doc.class_of(j + 1))) {
      // "has already sent", "would soon announce"
    } else if (c == word_class::adjective && doc.lemma_of(j) == "due" && j + 2 < end && doc.form_of(j + 1) == "to") {
      g.governor = j;
      ++j;
      continue;
    } else {
      break;
    }
    g.last = j;
  }
  if (g.verb == no_token) g.verb = g.modal != no_token ? g.modal : g.first;
  // Tense: from the first finite word of the group.
  const std::uint32_t lead = g.first;
  const word_class lc = doc.class_of(lead);
  const auto lead_form = doc.form_of(lead);
  if (lc == word_class::modal) {
    g.finite = true;
    g.tense = (lead_form == "will" || lead_form == "shall" || lead_form == "'ll" || lead_form == "wo")
                  ? verb_tense::future
                  : verb_tense::conditional;
  } else if (lc == word_class::auxiliary || lc == word_class::verb) {
    const auto f = doc.verb_form_of(lead);
    const bool past_aux = lead_form == "was" || lead_form == "were" || lead_form == "had" || lead_form == "did";
    if (lc == word_class::auxiliary) {
      g.finite = lead_form != "been" && lead_form != "being" && lead_form != "be" && lead_form != "having";
      g.tense = past_aux ? verb_tense::past : verb_tense::present;
    } else if (f == verb_form::past) {
      g.finite = true;
      g.tense = verb_tense::past;
    } else if (f == verb_form::present_s || f == verb_form::base) {
      g.finite = true;
      g.tense = verb_tense::present;
    }
  }
  if (g.governor != no_token && future_governor(doc.lemma_of(g.governor)) && g.tense != verb_tense::conditional)
    g.tense = verb_tense::future;
  return g;
}

}  // namespace

bool reporting_lemma(std::string_view lemma) {
  // (Asked for every verb of every clause: the first letter picks the few
  // lemmas to compare.)
  if (lemma.size() < 3) return false;
  const auto any = [&](std::initializer_list<std::string_view> v) {
    return std::find(v.begin(), v.end(), lemma) != v.end();
  };
  switch (lemma[0]) {
    case 'a': return any({"allege", "announce", "add", "assert", "argue", "accuse", "acknowledge", "admit"});
    case 'b': return lemma == "believe";
    case 'c': return any({"claim", "confirm"});
    case 'd': return lemma == "deny";
    case 'f': return lemma == "fear";
    case 'i': return any({"insist", "indicate"});
    case 'n': return lemma == "note";
    case 'r': return lemma == "report";
    case 's': return any({"say", "state", "stress", "suggest"});
    case 't': return any({"tell", "think"});
    case 'w': return lemma == "warn";
    default: return false;
  }
}

void clause_analyzer::operator()(document& doc) const {
  doc.clauses.clear();
  std::size_t chunk_at = 0;
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& sent = doc.sentences[s];
    while (chunk_at < doc.chunks.size() && doc.chunks[chunk_at].sentence < s) ++chunk_at;
    std::size_t chunk_end = chunk_at;
    while (chunk_end < doc.chunks.size() && doc.chunks[chunk_end].sentence == s) ++chunk_end;
    // The last chunk ending at or before token t (and starting at or after from), not governed by a preposition.
    const auto chunk_before = [&](std::uint32_t from, std::uint32_t t) -> std::int32_t {
      std::int32_t best = no_index;
      // ("a summit of leaders from Eastern and Southern Africa may convene":
      // a conjunct right after "and" that joins it to a phrase after a
      // preposition is governed by it too; "On Tuesday, Biden, Scholz and
      // Macron agreed": after a comma it may be the subject.)
      bool governed = false;
      for (std::size_t k = chunk_at; k < chunk_end; ++k) {
        const auto& c = doc.chunks[k];
        const bool conjunct = k > chunk_at && doc.chunks[k - 1].next_conjunct == static_cast<std::int32_t>(k) &&
                              c.first_token == doc.chunks[k - 1].last_token + 1 &&
                              doc.class_of(doc.chunks[k - 1].last_token) == word_class::conjunction;
        governed = c.preposition != no_token || (conjunct && governed);
        if (c.first_token < from || c.last_token > t) continue;
        if (!governed) best = static_cast<std::int32_t>(k);
      }
      return best;
    };
    const auto chunk_after = [&](std::uint32_t t, std::uint32_t to, bool by_only) -> std::int32_t {
      for (std::size_t k = chunk_at; k < chunk_end; ++k) {
        const auto& c = doc.chunks[k];
        if (c.first_token < t || c.first_token >= to) continue;
        if (by_only) {
          if (c.preposition != no_token && doc.form_of(c.preposition) == "by") return static_cast<std::int32_t>(k);
          continue;
        }
        // The object follows the verb with nothing but adverbs or particles
        // between, or the opening of scare quotes ("fired "more than a dozen" missiles").
        for (std::uint32_t j = t; j < c.first_token; ++j) {
          const auto cls = doc.class_of(j);
          const auto f = doc.form_of(j);
          const bool opening_quote = j + 1 == c.first_token && (f == "\"" || f == "\xE2\x80\x9C");
          if (cls != word_class::adverb && cls != word_class::particle && !opening_quote) return no_index;
        }
        return c.preposition == no_token ? static_cast<std::int32_t>(k) : no_index;
      }
      return no_index;
    };

    const std::size_t first_clause = doc.clauses.size();
    std::uint32_t region = sent.first_token;  // where the next clause may begin
    for (std::uint32_t i = sent.first_token; i < sent.last_token; ++i) {
      const word_class c = doc.class_of(i);
      if (!verbal(c)) continue;
      // A gerund alone ("after pulling out") is no clause of its own; one
      // that governs an infinitive ("..., agreeing to hold talks",
      // "threatening to impose sanctions") opens an adjunct clause.
      const bool gerund = c == word_class::verb && doc.verb_form_of(i) == verb_form::gerund;
      const bool governing_gerund = gerund && i + 2 < sent.last_token && doc.form_of(i + 1) == "to" &&
                                    doc.class_of(i + 1) == word_class::particle &&
                                    doc.class_of(i + 2) == word_class::verb;
      if (gerund && !governing_gerund) continue;
      const verb_group g = read_group(doc, i, sent.last_token);
      clause cl;
      cl.sentence = s;
      cl.group_first = g.first;
      cl.verb = g.verb;
      cl.governor = g.governor;
      cl.modal = g.modal;
      cl.tense = g.tense;
      cl.aspect = g.aspect;
      cl.voice = g.voice;
      cl.negated = g.negated;
      // The opener: the nearest subordinator or relative word since the last clause.
      std::uint32_t boundary = region;
      for (std::uint32_t k = g.first; k > region; --k) {
        const auto kc = doc.class_of(k - 1);
        const auto f = doc.form_of(k - 1);
        // "on what action would trigger", "asked whether", "how talks would end": a wh-word opens one too.
        const bool wh = f == "what" || f == "whether" || f == "how" || f == "why";
        if (kc == word_class::subordinator || kc == word_class::relative || wh) {
          cl.opener = k - 1;
          break;
        }
        if (f == ";" || f == ":") { boundary = k; break; }
      }
      // "a proposal from the junta to hold elections": an infinitive away
      // from any verb that governs it opens a clause of its own, part of the
      // clause before it, with no tense of its own.
      // ("to further review the quotas": an adverb may split the infinitive.)
      const std::uint32_t to_at =
          g.first > region + 1 && doc.class_of(g.first - 1) == word_class::adverb ? g.first - 2 : g.first - 1;
      const bool infinitive = cl.opener == no_token && g.first > region && doc.form_of(to_at) == "to" &&
                              doc.class_of(to_at) == word_class::particle && doc.clauses.size() > first_clause;
      if (infinitive) {
        cl.opener = to_at;
        cl.tense = verb_tense::none;
      }
      const clause* prev = doc.clauses.size() > first_clause ? &doc.clauses.back() : nullptr;
      const std::uint32_t start = cl.opener != no_token ? cl.opener + 1 : boundary;
      cl.subject = chunk_before(start, g.first);
      // "met the king in Washington last month and spoke by phone": a phrase
      // before "and" and a verb ends the clause before; the verb is
      // coordinated, not a clause with that phrase as its subject.
      if (cl.subject != no_index && g.first > sent.first_token + 1 &&
          doc.class_of(g.first - 1) == word_class::conjunction &&
          doc.chunks[static_cast<std::size_t>(cl.subject)].last_token == g.first - 1)
        cl.subject = no_index;
      // "Germany and France agreed": the subject is the whole coordination, named by its first chunk.
      // (Not onto a phrase after a preposition: "On Tuesday, Biden and Macron".)
      while (cl.subject > static_cast<std::int32_t>(chunk_at) &&
             doc.chunks[static_cast<std::size_t>(cl.subject - 1)].next_conjunct == cl.subject &&
             doc.chunks[static_cast<std::size_t>(cl.subject - 1)].preposition == no_token)
        --cl.subject;
      // "Kigali said Congolese troops had shelled ...": what looked like the
      // reporting verb's object is the subject of what it reports. Any other
      // chunk the previous clause took as its object is not this one's subject.
      bool reported = false;
      if (prev && cl.subject != no_index && cl.subject == prev->object) {
        if (reporting_lemma(doc.lemma_of(prev->verb)) && cl.opener == no_token &&
            doc.chunks[static_cast<std::size_t>(cl.subject)].last_token == g.first) {
          reported = true;
          doc.clauses.back().object = no_index;
          prev = &doc.clauses.back();
        } else {
          cl.subject = no_index;
        }
      }
      // "The militia, which controls the port, attacked": after a relative
      // clause closed by a comma, the verb is the antecedent's.
      const bool after_relative = prev && prev->kind == clause_kind::relative && cl.opener == no_token &&
                                  g.first > sent.first_token && doc.form_of(g.first - 1) == ",";
      if (after_relative) cl.subject = no_index;
      if (cl.opener != no_token) {
        const auto of = doc.form_of(cl.opener);
        const auto oc = doc.class_of(cl.opener);
        if (oc == word_class::relative) {
          cl.kind = clause_kind::relative;
          // "troops who crossed": the relative word is the subject; the noun it hangs on stands for it.
          if (cl.subject == no_index && (of == "who" || of == "which" || of == "that")) {
            std::uint32_t a = cl.opener;
            if (a > sent.first_token && doc.form_of(a - 1) == ",") --a;
            // "a warning to Iran, which has been arming ...": the phrase right
            // before it, after a preposition too ("the head of the army, who":
            // not after "of", where the head noun before is meant).
            const auto right_before = a > sent.first_token ? doc.chunk_of_token(a - 1) : no_index;
            const bool adjacent = right_before != no_index &&
                                  doc.chunks[static_cast<std::size_t>(right_before)].last_token == a &&
                                  doc.chunks[static_cast<std::size_t>(right_before)].preposition != no_token &&
                                  doc.form_of(doc.chunks[static_cast<std::size_t>(right_before)].preposition) != "of";
            cl.subject = adjacent ? right_before : chunk_before(sent.first_token, a);
          }
        } else if (of == "that" || of == "whether" || of == "what" || of == "how" || of == "why") {
          cl.kind = clause_kind::complement;
        } else {
          cl.kind = clause_kind::subordinate;
        }
        cl.first_token = cl.opener;
        cl.parent = prev ? static_cast<std::int32_t>(doc.clauses.size() - 1) : no_index;
      } else {
        // "..., and rejected the demand": a verb coordinated with the last one shares its subject.
        bool resumed = false;
        const bool coordinated = prev && cl.subject == no_index && g.first > sent.first_token &&
                                 (doc.class_of(g.first - 1) == word_class::conjunction ||
                                  (g.first >= 2 && doc.class_of(g.first - 2) == word_class::conjunction &&
                                   doc.class_of(g.first - 1) == word_class::adverb));
        if (governing_gerund && prev) {
          cl.kind = clause_kind::subordinate;
          cl.parent = static_cast<std::int32_t>(doc.clauses.size() - 1);
          cl.subject = prev->subject;
        } else if (coordinated) {
          cl.first_token = g.first - 1;
          cl.kind = prev->kind;
          cl.subject = prev->subject;
          cl.parent = prev->parent;
        } else if (reported || (prev && reporting_lemma(doc.lemma_of(prev->verb)) && prev->object == no_index)) {
          // "Blinken said Russia had massed troops": what is said, without "that".
          cl.kind = clause_kind::complement;
          cl.parent = static_cast<std::int32_t>(doc.clauses.size() - 1);
        } else if (prev && prev->kind == clause_kind::relative && cl.subject == no_index) {
          // "The troops, who arrived Monday, attacked": back in the clause the relative interrupted.
          const auto& outer = prev->parent != no_index ? doc.clauses[static_cast<std::size_t>(prev->parent)] : *prev;
          cl.kind = clause_kind::main;
          cl.subject = prev->subject != no_index ? prev->subject : outer.subject;
          resumed = true;
        } else {
          cl.kind = clause_kind::main;
        }
        if ((governing_gerund && prev) || resumed) {
          // (Resumed: "which met in Accra on Sunday" is the relative's own.)
          cl.first_token = g.first;
        } else if (!coordinated) {
          const bool subject_inside = cl.subject != no_index &&
                                      doc.chunks[static_cast<std::size_t>(cl.subject)].first_token < g.first &&
                                      doc.chunks[static_cast<std::size_t>(cl.subject)].first_token >= start;
          // Without a subject of its own the clause begins at its verb: the
          // words before it ("discussed talks in Vienna aimed at ...") are
          // the previous clause's object and complements.
          cl.first_token = subject_inside ? doc.chunks[static_cast<std::size_t>(cl.subject)].first_token
                           : (cl.subject == no_index && prev && !reported) ? g.first
                                                                            : start;
        }
        if (cl.kind == clause_kind::main && doc.clauses.size() == first_clause) cl.first_token = sent.first_token;
      }
      // ", Blinken said." / "said Blinken": the speaker after the verb.
      if (cl.subject == no_index && reporting_lemma(doc.lemma_of(g.verb))) {
        const auto after = chunk_after(g.last + 1, sent.last_token, false);
        if (after != no_index) cl.subject = after;
      }
      cl.object = chunk_after(g.last + 1, sent.last_token, false);
      if (cl.object == cl.subject) cl.object = no_index;
      if (cl.voice == verb_voice::passive) cl.agent = chunk_after(g.last + 1, sent.last_token, true);
      cl.last_token = sent.last_token;
      // The previous clause ends where this one begins, unless this one is part of it.
      if (prev && (cl.parent == no_index || cl.parent != static_cast<std::int32_t>(doc.clauses.size() - 1)))
        doc.clauses.back().last_token = std::max(doc.clauses.back().first_token + 1, cl.first_token);
      // Inverted reporting: "Russia had massed troops, Blinken said": the earlier main clauses are what was said.
      // (A speaker is needed: ", announced in 2021" is a participle on the noun before.)
      if (reporting_lemma(doc.lemma_of(g.verb)) && cl.opener == no_token && g.first > sent.first_token &&
          cl.subject != no_index && (doc.form_of(g.first - 1) == "," || (cl.subject != no_index &&
                                               doc.chunks[static_cast<std::size_t>(cl.subject)].first_token > sent.first_token &&
                                               doc.form_of(doc.chunks[static_cast<std::size_t>(cl.subject)].first_token - 1) == ","))) {
        const auto self = static_cast<std::int32_t>(doc.clauses.size());
        for (std::size_t k = first_clause; k < doc.clauses.size(); ++k)
          if (doc.clauses[k].parent == no_index && doc.clauses[k].kind == clause_kind::main) {
            doc.clauses[k].kind = clause_kind::complement;
            doc.clauses[k].parent = self;
          }
      }
      doc.clauses.push_back(cl);
      region = g.last + 1;
      i = g.last;
    }
    // A bare past participle followed by "by": "supplied by", "ordered by".
    const auto participle_with_agent = [&](const clause& a) {
      return a.opener == no_token && a.group_first == a.verb && doc.verb_form_of(a.verb) == verb_form::past &&
             a.verb + 1 < sent.last_token && doc.form_of(a.verb + 1) == "by";
    };
    // The participle's clause as a passive relative on parent, its "by" chunk the agent.
    const auto make_reduced_relative = [&](clause& a, std::size_t parent) {
      a.kind = clause_kind::relative;
      a.voice = verb_voice::passive;
      a.agent = a.object;
      a.object = no_index;
      for (std::size_t m = chunk_at; m < chunk_end && a.agent == no_index; ++m)
        if (doc.chunks[m].preposition == a.verb + 1) a.agent = static_cast<std::int32_t>(m);
      a.parent = static_cast<std::int32_t>(parent);
    };
    // "The jets supplied by NATO members have arrived": a past participle
    // right after a noun, with its agent, is a reduced relative on that noun;
    // the verb after it, with no subject of its own, has the noun for one.
    for (std::size_t k = first_clause; k + 1 < doc.clauses.size(); ++k) {
      auto& a = doc.clauses[k];
      auto& b = doc.clauses[k + 1];
      // (Either may have become what an inverted "..., Bloomberg said" reports.)
      const auto plain = [](const clause& c) { return c.kind == clause_kind::main || c.kind == clause_kind::complement; };
      if (!plain(a) || a.subject == no_index || !participle_with_agent(a)) continue;
      // (The noun may end a phrase after the subject: "the first batch of jets supplied by".)
      bool after_noun = false;
      for (std::size_t m = chunk_at; m < chunk_end; ++m) after_noun = after_noun || doc.chunks[m].last_token == a.verb;
      if (!after_noun) continue;
      if (!plain(b) || b.opener != no_token || b.subject != no_index || b.group_first == no_token ||
          doc.class_of(b.group_first - 1) == word_class::conjunction || doc.form_of(b.group_first - 1) == ",")
        continue;
      make_reduced_relative(a, k + 1);
      b.subject = a.subject;
    }
    // "killed the general in an airstrike ordered by Trump": a phrase after
    // a preposition is no subject, so a participle with its agent right
    // after it is a reduced relative inside the clause before.
    for (std::size_t k = first_clause + 1; k < doc.clauses.size(); ++k) {
      auto& a = doc.clauses[k];
      if (a.kind != clause_kind::main || !participle_with_agent(a)) continue;
      const auto noun = doc.chunk_of_token(a.verb - 1);
      if (noun == no_index || doc.chunks[static_cast<std::size_t>(noun)].preposition == no_token) continue;
      auto& before = doc.clauses[k - 1];
      make_reduced_relative(a, k - 1);
      a.first_token = a.verb;
      before.last_token = std::max(before.last_token, a.last_token);
    }
    // "the partnership, announced in 2021," / "the deal, struck under his
    // predecessor": a bare past participle after a comma that ends a noun
    // phrase, with a preposition or the clause's end after it (no object of
    // its own, so not "..., seized the airport"), is a passive relative on
    // that noun, inside the clause before: its date and its verb are not
    // that clause's.
    for (std::size_t k = first_clause + 1; k < doc.clauses.size(); ++k) {
      auto& a = doc.clauses[k];
      if (a.kind != clause_kind::main || a.opener != no_token || a.subject != no_index || a.group_first != a.verb ||
          doc.verb_form_of(a.verb) != verb_form::past || a.verb < sent.first_token + 2 || doc.form_of(a.verb - 1) != ",")
        continue;
      const auto noun = doc.chunk_of_token(a.verb - 2);
      if (noun == no_index || doc.chunks[static_cast<std::size_t>(noun)].last_token != a.verb - 1) continue;
      const auto after = a.verb + 1 < sent.last_token ? doc.class_of(a.verb + 1) : word_class::punctuation;
      if (after != word_class::preposition && after != word_class::punctuation) continue;
      auto& before = doc.clauses[k - 1];
      make_reduced_relative(a, k - 1);
      before.last_token = std::max(before.last_token, a.last_token);
    }
    // "If Russia invades, ... will impose": a sentence-initial subordinate
    // clause belongs to the main clause after it.
    for (std::size_t k = first_clause; k < doc.clauses.size(); ++k) {
      auto& cl = doc.clauses[k];
      if (cl.parent != no_index || cl.kind == clause_kind::main) continue;
      for (std::size_t m = k + 1; m < doc.clauses.size(); ++m)
        if (doc.clauses[m].kind == clause_kind::main) {
          cl.parent = static_cast<std::int32_t>(m);
          break;
        }
    }
  }
}

}  // namespace eventgraph
