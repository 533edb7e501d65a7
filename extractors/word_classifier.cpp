#include "extractors/word_classifier.h"

#include <algorithm>
#include <deque>
#include <optional>
#include <span>
#include <unordered_map>

#include "extractors/calendar_words.h"
#include "extractors/clause_analyzer.h"
#include "extractors/tsv_table.h"
#include "extractors/word_set.h"

namespace eventgraph {
namespace {

bool has(const std::vector<word_class>& v, word_class c) { return std::find(v.begin(), v.end(), c) != v.end(); }

const word_reading* reading_of(const std::span<const word_reading>& rs, word_class c) {
  for (const auto& r : rs)
    if (r.cls == c) return &r;
  return nullptr;
}

const word_reading* verb_reading(const std::span<const word_reading>& rs, verb_form f) {
  for (const auto& r : rs)
    if (r.cls == word_class::verb && r.form == f) return &r;
  return nullptr;
}

const word_reading* finite_verb(const std::span<const word_reading>& rs) {
  for (const auto& r : rs)
    if (r.cls == word_class::verb && (r.form == verb_form::past || r.form == verb_form::present_s || r.form == verb_form::base))
      return &r;
  return nullptr;
}

bool doc_form_is(const document& doc, std::uint32_t k, std::string_view f) { return doc.form_of(k) == f; }

bool nominal(word_class c) {
  return c == word_class::noun || c == word_class::proper_noun || c == word_class::pronoun || c == word_class::number;
}

const word_set caption_sides{"left", "right", "center", "centre"};

// A caption's "X, left," or "X, second right,": the place a named person
// has in the picture. Returns the class of token i when it is part of one:
// adverb for the side, adjective for the ordinal before it.
[[gnu::noinline]] std::optional<word_class> caption_position(const document& doc, const sentence& s, std::uint32_t i,
                                           const std::vector<word_analysis>& words) {
  static const word_set ordinals{"second", "third", "fourth", "fifth", "sixth", "far"};
  const auto closes = [&](std::uint32_t k) {
    if (k >= s.last_token || doc.tokens[k].kind != token_kind::punct) return false;
    const auto f = doc.form_of(k);
    return f == "," || f == ")";
  };
  const auto opens = [&](std::uint32_t k) {  // ", " or "(" after a name
    if (k <= s.first_token + 1) return false;
    const auto f = doc.form_of(k);
    return (f == "," || f == "(") && words[k - 1].cls == word_class::proper_noun;
  };
  // (Most tokens fail the cheap tests of their length and first letter.)
  if (i <= s.first_token) return std::nullopt;
  const auto form = doc.form_of(i);
  if (form.size() < 3 || form.size() > 6) return std::nullopt;
  const char c = form.front();
  if (c != 'l' && c != 'r' && c != 'c' && c != 's' && c != 't' && c != 'f') return std::nullopt;
  const bool after_punct = doc.tokens[i - 1].kind == token_kind::punct;
  if (closes(i + 1)) {
    if (!caption_sides.has(doc, i)) return std::nullopt;
    if (after_punct ? opens(i - 1) : ordinals.has(doc, i - 1) && opens(i - 2)) return word_class::adverb;
    return std::nullopt;
  }
  if (after_punct && closes(i + 2) && ordinals.has(doc, i) && caption_sides.has(doc, i + 1) && opens(i - 1))
    return word_class::adjective;
  return std::nullopt;
}

}  // namespace

word_classifier::word_classifier(const lexicon_files& files, std::shared_ptr<const english_morphology> morphology)
    : morphology_(std::move(morphology)) {
  const auto t = tsv_table::parse(files.content("function_words.tsv"), files.origin("function_words.tsv"),
                                  {"word", "class", "lemma"});
  for (const auto& r : t.rows()) {
    const auto cls = parse_word_class(t.get(r, "class"));
    if (!cls || *cls == word_class::noun || *cls == word_class::verb || *cls == word_class::proper_noun)
      t.fail(r, "class must be a closed class (determiner, pronoun, preposition, conjunction, subordinator, relative, number, "
                "modal, auxiliary, particle, adverb), found '" + t.get(r, "class") + "'");
    auto& fw = function_words_[t.get(r, "word")];
    if (!has(fw.classes, *cls)) fw.classes.push_back(*cls);
    const auto& lemma = t.get(r, "lemma");
    if (lemma != "-" && !lemma.empty()) fw.lemma = lemma;
  }
}

void word_classifier::operator()(document& doc) const {
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  std::vector<word_analysis> words(n);
  std::vector<std::string_view> lemmas(n);
  std::deque<std::string> guessed;  // lemmas made from suffixes (stable addresses)
  // Each token looked up once: its closed class, else its WordNet readings.
  std::vector<const function_word*> function_words(n);
  std::vector<std::span<const word_reading>> token_readings(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    if (doc.tokens[i].kind != token_kind::word) continue;
    function_words[i] = function_words_.find_hashed(doc.form_hash_of(i), [&] { return std::string_view(doc.form_of(i)); });
    if (!function_words[i]) token_readings[i] = morphology_->readings(doc.form_of(i), doc.form_hash_of(i));
  }
  const auto readings = [&](std::uint32_t i) { return token_readings[i]; };
  const auto function_of = [&](std::uint32_t i) { return function_words[i]; };
  // Forms the document capitalises inside a sentence: names, so also when
  // they open one ("Washington warned ...", "Iran has ...").
  std::vector<std::uint64_t> capitalised_inside;  // their form hashes, sorted
  for (const auto& s : doc.sentences)
    for (std::uint32_t i = s.first_token + 1; i < s.last_token; ++i)
      if (doc.tokens[i].capitalized && doc.tokens[i - 1].kind == token_kind::word)
        capitalised_inside.push_back(doc.form_hash_of(i));
  std::sort(capitalised_inside.begin(), capitalised_inside.end());
  const auto is_capitalised_inside = [&](std::uint32_t i) {
    return std::binary_search(capitalised_inside.begin(), capitalised_inside.end(), doc.form_hash_of(i));
  };

  // "week", "year", "Monday", "March": what "last" or "next" can pick out.
  static const word_set time_units{"week", "month", "year", "weekend", "night", "time", "spring", "summer",
                                   "autumn", "fall", "winter", "decade", "century", "round", "session"};
  const auto names_a_time = [&](std::uint32_t k) {
    const std::string_view lower(doc.lower_of(doc.tokens[k]));
    return time_units.has(doc, k) || month_number(lower) > 0 || weekday_number(lower) >= 0;
  };

  for (const auto& s : doc.sentences) {
    for (std::uint32_t i = s.first_token; i < s.last_token; ++i) {
      const auto& tok = doc.tokens[i];
      auto& w = words[i];
      if (tok.kind == token_kind::punct || tok.kind == token_kind::symbol) {
        w.cls = word_class::punctuation;
        continue;
      }
      if (tok.kind == token_kind::number) {
        w.cls = word_class::number;
        continue;
      }
      // ("Rubio, second left, meets with": after the caption's place the
      // word stands right after its subject.)
      const bool after_caption = i >= s.first_token + 2 && words[i - 2].cls == word_class::adverb &&
                                 words[i - 1].cls == word_class::punctuation && doc.form_of(i - 1) == "," &&
                                 caption_sides.has(doc, i - 2);
      const word_class prev = after_caption ? word_class::proper_noun
                              : i > s.first_token ? words[i - 1].cls : word_class::punctuation;
      const std::string_view prev_form = i > s.first_token ? std::string_view(doc.form_of(i - 1)) : std::string_view{};
      const bool has_next = i + 1 < s.last_token;
      const auto* next_fw = has_next ? function_of(i + 1) : nullptr;
      const std::span<const word_reading> next_span = has_next && !next_fw ? readings(i + 1) : std::span<const word_reading>{};
      const std::span<const word_reading>* next_rs = has_next && !next_fw ? &next_span : nullptr;
      const bool sentence_start = i == s.first_token || prev == word_class::punctuation;
      // Whether the word after the next can open the next word's object
      // ("to further detail the plan", not "to back down on").
      const auto object_after_next = [&](std::uint32_t k) {
        if (k + 2 >= s.last_token || doc.tokens[k + 2].kind == token_kind::punct) return false;
        const auto* fw = function_of(k + 2);
        return !fw || has(fw->classes, word_class::determiner) || has(fw->classes, word_class::pronoun);
      };

      // "the US", "IT staff": an acronym is a name, whatever word it spells.
      if (tok.all_caps && tok.where.size() >= 2 && !sentence_start) {
        w.cls = word_class::proper_noun;
        continue;
      }
      // "ordered by Trump last week", "next Monday": before a unit of time
      // "last" and "next" say which one, they are no verb.
      if ((doc.form_of(i) == "last" || doc.form_of(i) == "next") && has_next && names_a_time(i + 1)) {
        w.cls = word_class::adjective;
        continue;
      }
      // "in May 2026", "May 4 talks": a capitalised "May" inside a sentence,
      // or before a number, is the month; the modal is written in lower case.
      if (tok.capitalized && doc.lower_of(tok) == "may" &&
          (!sentence_start || (has_next && doc.tokens[i + 1].kind == token_kind::number))) {
        w.cls = word_class::proper_noun;
        continue;
      }
      // "Lavrov, left, and Rubio", "Rubio, second left, meets": a photo
      // caption's place in the picture, set off by commas after a name, is
      // no verb "left" ending the list of who is in it.
      // (Only a lower-case word before punctuation, or between punctuation
      // one word apart, can be one: the cheap test first.)
      const auto length = tok.where.end - tok.where.begin;
      const auto punct_at = [&](std::uint32_t k) { return k < s.last_token && doc.tokens[k].kind == token_kind::punct; };
      if (!tok.capitalized && length >= 3 && length <= 6 &&
          (punct_at(i + 1) || (prev == word_class::punctuation && punct_at(i + 2)))) {
        if (const auto pos = caption_position(doc, s, i, words)) {
          w.cls = *pos;
          lemmas[i] = doc.form_of(i);
          continue;
        }
      }
      if (const auto* fw = function_of(i)) {
        if (!fw->lemma.empty()) lemmas[i] = fw->lemma;
        const auto& cs = fw->classes;
        word_class c = cs.front();
        const bool next_verb_base = next_rs && verb_reading(*next_rs, verb_form::base);
        if (doc.form_of(i) == "to") {
          // ("to quickly send troops": an -ly adverb may split the infinitive.)
          const bool split = has_next && !next_fw && doc.form_of(i + 1).ends_with("ly") && i + 2 < s.last_token &&
                             !function_of(i + 2) && verb_reading(readings(i + 2), verb_form::base) &&
                             object_after_next(i + 1);
          c = split ? word_class::particle
              : next_verb_base && !(next_rs && !next_rs->empty() && next_rs->front().cls == word_class::noun &&
                                  doc.tokens[i + 1].capitalized)
                  ? word_class::particle
                  : word_class::preposition;
        } else if (has(cs, word_class::relative) && has(cs, word_class::determiner)) {
          // "that": after a verb it opens a complement, after a noun a
          // relative clause; "which", "whose" after a noun or its comma.
          const bool after_noun = nominal(prev) || (prev_form == "," && i >= s.first_token + 2 &&
                                                    nominal(words[i - 2].cls));
          // "announced Monday that", "told reporters on Friday that": a
          // verb of saying a few words back opens a complement all the same.
          // ("announced on the morning of 8 December that": further back
          // when a date stands right before "that".)
          const bool date_before = i > s.first_token && (month_number(doc.lower_of(doc.tokens[i - 1])) > 0 ||
                                                          weekday_number(doc.lower_of(doc.tokens[i - 1])) > 0 ||
                                                          doc.tokens[i - 1].kind == token_kind::number);
          const std::uint32_t reach = date_before ? 8 : 4;
          bool after_saying = false;
          for (std::uint32_t k = i; k > s.first_token && i - k < reach; --k) {
            const auto kc = words[k - 1].cls;
            if (kc == word_class::verb) { after_saying = reporting_lemma(lemmas[k - 1]); break; }
            if (!nominal(kc) && kc != word_class::preposition && kc != word_class::determiner &&
                kc != word_class::number)
              break;
          }
          // "the face-off in which soldiers were attacked", "leaders of whom".
          const bool after_preposition = prev == word_class::preposition && doc.form_of(i) != "that";
          if (doc.form_of(i) == "that" && (prev == word_class::verb || after_saying)) c = word_class::subordinator;
          else if (after_noun || after_preposition) c = word_class::relative;
          else c = word_class::determiner;
        } else if (has(cs, word_class::subordinator) && has(cs, word_class::preposition)) {
          // "after the talks" vs "after Russia invaded": a clause follows when
          // a finite verb comes before any punctuation, within a few words.
          c = word_class::preposition;
          for (std::uint32_t k = i + 1; k < s.last_token && k <= i + 5; ++k) {
            if (doc.tokens[k].kind == token_kind::punct) break;
            if (function_of(k)) {
              const auto* f = function_of(k);
              if (has(f->classes, word_class::auxiliary) || has(f->classes, word_class::modal)) { c = word_class::subordinator; break; }
              if (has(f->classes, word_class::preposition) && !has(f->classes, word_class::determiner)) break;
              continue;
            }
            const auto rs = readings(k);
            const auto* v = verb_reading(rs, verb_form::past);
            if (!v) v = verb_reading(rs, verb_form::present_s);
            if (v && k > i + 1 && (rs.front().cls == word_class::verb || !doc.tokens[k].capitalized)) {
              c = word_class::subordinator;
              break;
            }
          }
        } else if (doc.form_of(i) == "'s") {
          c = next_rs && (verb_reading(*next_rs, verb_form::past) || verb_reading(*next_rs, verb_form::gerund)) &&
                      !reading_of(*next_rs, word_class::noun)
                  ? word_class::auxiliary
                  : word_class::determiner;
          if (c == word_class::determiner) lemmas[i] = {};
        }
        w.cls = c;
        continue;
      }

      const auto rs = readings(i);
      // A capitalised word WordNet knows only as a rare noun is a name too ("Germany", "Iran").
      const auto rare_noun = [&] {
        return std::all_of(rs.begin(), rs.end(), [](const word_reading& r) {
          return r.cls == word_class::noun && r.prior <= 2;
        });
      };
      if (tok.capitalized && (!sentence_start || rs.empty() || rare_noun() || is_capitalised_inside(i))) {
        w.cls = word_class::proper_noun;
        continue;
      }
      if (rs.empty()) {
        // A word WordNet lacks ("airstrikes", "ceasefires"): its suffix tells the class.
        const auto f = doc.form_of(i);
        const auto ends = [&](std::string_view x) { return f.size() > x.size() + 2 && f.substr(f.size() - x.size()) == x; };
        if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
          w.cls = word_class::noun;
          const std::size_t cut = ends("ies") ? 3 : (ends("ches") || ends("shes") || ends("xes") || ends("zes")) ? 2 : 1;
          auto& lemma = guessed.emplace_back(f.substr(0, f.size() - cut));
          if (cut == 3) lemma += 'y';
          lemmas[i] = lemma;
        } else if (ends("ly")) w.cls = word_class::adverb;
        else if (ends("ed")) { w.cls = word_class::verb; w.form = verb_form::past; }
        else if (ends("ing")) { w.cls = word_class::verb; w.form = verb_form::gerund; }
        else w.cls = word_class::noun;
        continue;
      }
      const word_reading* pick = nullptr;
      const auto* as_noun = reading_of(rs, word_class::noun);
      const auto* as_past = verb_reading(rs, verb_form::past);
      const auto* as_s = verb_reading(rs, verb_form::present_s);
      const auto* as_base = verb_reading(rs, verb_form::base);
      // Whether what follows can start an object: "launches strikes", "attack the town".
      const bool object_follows =
          next_fw ? has(next_fw->classes, word_class::determiner) || has(next_fw->classes, word_class::pronoun)
                  : has_next && (doc.tokens[i + 1].capitalized || doc.tokens[i + 1].kind == token_kind::number ||
                                 (next_rs && !next_rs->empty() && next_rs->front().cls != word_class::verb &&
                                  next_rs->front().cls != word_class::adverb));
      const bool after_determiner = prev == word_class::determiner || prev == word_class::adjective ||
                                    prev == word_class::number || prev == word_class::preposition;
      // "did not attack", "would never send": the negation between the
      // auxiliary and its verb leaves the verb's base form.
      const auto do_or_modal = [&](std::uint32_t k) {
        const auto f = doc.form_of(k);
        return words[k].cls == word_class::modal || f == "did" || f == "does" || f == "do";
      };
      const bool negated_base = (prev_form == "not" || prev_form == "never") && i >= s.first_token + 2 &&
                                do_or_modal(i - 2);
      // "to further detail the plan", "to quickly send troops": an adverb
      // splitting the infinitive, its verb after it ("to further the
      // cause": a verb when no verb follows).
      const auto* as_adverb = reading_of(rs, word_class::adverb);
      const bool splits_infinitive =
          prev == word_class::particle && prev_form == "to" && as_adverb && !next_fw && next_rs &&
          verb_reading(*next_rs, verb_form::base) && object_after_next(i) &&
          (doc.form_of(i).ends_with("ly") || !as_base || as_adverb->prior >= as_base->prior);
      const bool after_split_to = prev == word_class::adverb && i >= s.first_token + 2 &&
                                  words[i - 2].cls == word_class::particle && doc.form_of(i - 2) == "to";
      // "resume direct negotiations", "sent additional troops": between a
      // verb and a noun, a word that can be an adjective modifies the noun.
      const auto* as_adjective = reading_of(rs, word_class::adjective);
      const bool modifies_object = prev == word_class::verb && as_adjective && next_rs &&
                                   reading_of(*next_rs, word_class::noun) &&
                                   !verb_reading(*next_rs, verb_form::past) && !verb_reading(*next_rs, verb_form::gerund);
      if (after_caption && finite_verb(rs)) {
        pick = finite_verb(rs);
      } else if (splits_infinitive) {
        pick = as_adverb;
      } else if (modifies_object) {
        pick = as_adjective;
      } else if (prev == word_class::modal || (prev == word_class::particle && prev_form == "to") || prev_form == "did" ||
          prev_form == "does" || prev_form == "do" || negated_base || after_split_to) {
        pick = as_base;
      } else if (prev == word_class::auxiliary || (prev == word_class::particle && prev_form != "to") ||
                 (prev == word_class::adverb && i >= s.first_token + 2 && words[i - 2].cls == word_class::auxiliary)) {
        pick = as_past;
        if (!pick) pick = verb_reading(rs, verb_form::gerund);
        // "is set to", "was hit", "were cut": after "be" or "have" a verb
        // whose participle is its base form (WordNet lists no past for it).
        if (!pick && as_base && prev == word_class::auxiliary) {
          const auto aux = lemmas[i - 1];  // this pass's, not yet the document's
          if (aux == "be" || aux == "have") {
            w.cls = word_class::verb;
            w.form = verb_form::past;
            lemmas[i] = as_base->lemma;
            continue;
          }
        }
        // "had earlier clashed", "was later released": between the
        // auxiliary and its participle a word stands as an adverb.
        if (!pick && as_adverb && next_rs &&
            (verb_reading(*next_rs, verb_form::past) || verb_reading(*next_rs, verb_form::gerund)))
          pick = as_adverb;
        if (!pick && prev_form != "not") pick = reading_of(rs, word_class::adjective);
      } else if (after_determiner) {
        pick = as_noun;
        if (!pick || (next_rs && reading_of(*next_rs, word_class::noun) && reading_of(rs, word_class::adjective)))
          if (const auto* a = reading_of(rs, word_class::adjective)) pick = a;
        if (!pick && prev == word_class::preposition) pick = verb_reading(rs, verb_form::gerund);
        // "after the storming of its embassy", "the shelling": a gerund
        // WordNet has no noun for is the noun of its act after an article or
        // a possessive.
        if (!pick && prev == word_class::determiner && prev_form != "that")
          if (verb_reading(rs, verb_form::gerund)) {
            w.cls = word_class::noun;
            lemmas[i] = doc.form_of(i);
            continue;
          }
        // "an estimated 100,000 troops", "the reported strike": a past
        // participle right after an article describes what follows.
        if (!pick && prev == word_class::determiner && (prev_form == "a" || prev_form == "an" || prev_form == "the") &&
            verb_reading(rs, verb_form::past)) {
          w.cls = word_class::adjective;
          lemmas[i] = doc.form_of(i);
          continue;
        }
      } else if (prev == word_class::verb && as_noun && as_s && prev_form != "to") {
        // "discussed talks", "launched strikes": an -s form right after a
        // lexical verb is its object, a plural noun.
        pick = as_noun;
      } else if (prev == word_class::pronoun || prev == word_class::relative) {
        pick = finite_verb(rs);
        if (!pick) pick = verb_reading(rs, verb_form::gerund);
      } else if (prev == word_class::noun || prev == word_class::proper_noun) {
        // "troops attacked", "Iran launches strikes", "Russians attack": a
        // finite verb after its subject; "missile strikes hit", "the grain
        // deal": a noun compound, unless an object follows the -s form or the
        // noun before is plural or a name.
        // "an Indian patrol", "the Russian attack": a name after a
        // determiner modifies the noun that follows it.
        // ("a makeshift Chinese bunker": adjectives may stand between.)
        const bool determined_name = prev == word_class::proper_noun && [&] {
          for (std::uint32_t k = i - 1; k > s.first_token; --k) {
            const auto kc = words[k - 1].cls;
            if (kc == word_class::determiner) return true;
            if (kc != word_class::adjective) return false;
          }
          return false;
        }();
        // ("the Hamas assault from Gaza": a name after a determiner that
        // happens to end in -s is no plural subject unless an object follows,
        // as in "the Houthis attack ships".)
        const bool ends_in_s = i > s.first_token && prev_form.size() > 3 && prev_form.back() == 's';
        const bool plural_before = (prev == word_class::proper_noun && !determined_name) ||
                                   (ends_in_s && (prev == word_class::noun || object_follows));
        // "Kenyan police were attacked": before an auxiliary the word is the subject's head.
        const bool auxiliary_next = next_fw && (has(next_fw->classes, word_class::auxiliary) ||
                                                has(next_fw->classes, word_class::modal));
        // "a high-stakes summit", "a three-day visit": after a hyphened
        // modifier the word is the noun it modifies.
        const bool hyphened_before = i >= s.first_token + 3 && doc_form_is(doc, i - 2, "-") &&
                                     !doc.tokens[i - 2].space_before && !doc.tokens[i - 1].space_before;
        // "bases hosting American troops", "deployed Russian troops": a name
        // right after a lexical verb opens its object, so the word after it
        // is that object's noun (a verb of saying reports a clause instead:
        // "said Iran attacks ships").
        const bool object_after_verb = prev == word_class::proper_noun && i >= s.first_token + 2 &&
                                       words[i - 2].cls == word_class::verb && !reporting_lemma(lemmas[i - 2]);
        if ((auxiliary_next || hyphened_before || object_after_verb) && as_noun) pick = as_noun;
        else if (as_past) pick = as_past;
        else if (as_s) pick = object_follows || !as_noun ? as_s : as_noun;
        else if (as_base && as_noun) pick = plural_before ? as_base : as_noun;
      } else if (sentence_start || prev == word_class::subordinator || prev == word_class::conjunction) {
        // A subject position: "Talks resumed", "if talks fail".
        if (as_noun && !as_past) pick = as_noun;
      }
      if (!pick) pick = &rs.front();
      // At a sentence's start a capitalised word WordNet knows is the word
      // ("Talks resumed"); the names among them are the actor lexicon's.
      w.cls = pick->cls;
      w.form = pick->cls == word_class::verb ? pick->form : verb_form::none;
      lemmas[i] = pick->lemma;
    }
  }
  doc.set_words(std::move(words), lemmas);
}

}  // namespace eventgraph
