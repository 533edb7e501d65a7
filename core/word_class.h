// The word class of a token and, for verbs, its inflection: what the word
// classifier computes once per document so that every recogniser reads a
// class instead of comparing the token with word lists of its own. Classes
// are coarse on purpose (those a rule about events needs to tell apart: the
// verb of a clause, its auxiliaries, the nouns it governs, the words that
// open a clause).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace eventgraph {

enum class word_class : std::uint8_t {
  other,         // not classified (symbols, unknown words)
  noun,          // common noun: "talks", "strike", "troops"
  proper_noun,   // capitalised name: "Guterres", "Mekelle"
  verb,          // lexical verb: "met", "shelled", "deploy"
  auxiliary,     // be, have, do when they carry another verb, or stand alone
  modal,         // will, would, can, could, may, might, must, shall, should
  adjective,     // "fresh", "military", "joint"
  adverb,        // "abruptly", "already"
  determiner,    // the, a, this, its, their, some, no
  pronoun,       // he, they, it, them
  preposition,   // in, on, with, against, by
  conjunction,   // and, or, but
  subordinator,  // if, when, after, because, unless, although
  relative,      // who, which, whose, that (opening a clause)
  particle,      // "to" before a verb, "not"
  number,        // 10,000, 2022, three
  punctuation,
};

// The inflection of a verb, from its form alone; whether a past form is a
// participle is the verb group's business ("has struck" vs "struck").
enum class verb_form : std::uint8_t { none, base, present_s, past, gerund };

std::string_view to_string(word_class c);
std::optional<word_class> parse_word_class(std::string_view s);
inline std::string_view format_as(word_class c) { return to_string(c); }
std::string_view to_string(verb_form f);
std::optional<verb_form> parse_verb_form(std::string_view s);
inline std::string_view format_as(verb_form f) { return to_string(f); }

// One token's analysis.
struct word_analysis {
  word_class cls = word_class::other;
  verb_form form = verb_form::none;
};

}  // namespace eventgraph
