// Phrases and clauses of a sentence: what the phrase chunker and the clause
// analyzer compute once per document, so that a recogniser asks "the subject
// of the trigger's clause", "is its verb passive", "is the clause reported or
// conditional" instead of looking at the words around it. Token ranges are
// half-open [first, last) over document::tokens.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace eventgraph {

constexpr std::uint32_t no_token = 0xFFFFFFFFu;
constexpr std::int32_t no_index = -1;

// A noun phrase: "Russia's defence ministry", "the 27 national leaders",
// "they". head is its last noun, name, pronoun or number.
struct noun_chunk {
  std::uint32_t sentence = 0;
  std::uint32_t first_token = 0;
  std::uint32_t last_token = 0;
  std::uint32_t head = 0;
  // "X and Y", "X, Y and Z": the next chunk of the same coordination.
  std::int32_t next_conjunct = no_index;
  // The preposition right before it ("with", "against", "by"), or no_token.
  std::uint32_t preposition = no_token;
};

enum class clause_kind : std::uint8_t {
  main,         // the sentence's own statement, or one coordinated with it ("... and rejected ...")
  subordinate,  // opened by if, when, after, because, unless, although ...
  relative,     // opened by who, which, that after a noun
  complement,   // what a verb of saying, warning or believing reports ("said (that) ...")
};

enum class verb_tense : std::uint8_t { none, present, past, future, conditional };
enum class verb_aspect : std::uint8_t { simple, progressive, perfect };
enum class verb_voice : std::uint8_t { active, passive };

std::string_view to_string(clause_kind k);
std::optional<clause_kind> parse_clause_kind(std::string_view s);
inline std::string_view format_as(clause_kind k) { return to_string(k); }
std::string_view to_string(verb_tense t);
std::optional<verb_tense> parse_verb_tense(std::string_view s);
inline std::string_view format_as(verb_tense t) { return to_string(t); }
std::string_view to_string(verb_aspect a);
std::optional<verb_aspect> parse_verb_aspect(std::string_view s);
inline std::string_view format_as(verb_aspect a) { return to_string(a); }
std::string_view to_string(verb_voice v);
std::optional<verb_voice> parse_verb_voice(std::string_view s);
inline std::string_view format_as(verb_voice v) { return to_string(v); }

// A clause: its verb group ("would not have been sent"), the verb it is
// about, the time and voice the group gives it, and its roles as noun chunks
// (indexes into document::chunks). Ranges of nested clauses lie inside their
// parent's range; a token belongs to the innermost clause that holds it.
struct clause {
  clause_kind kind = clause_kind::main;
  std::uint32_t sentence = 0;
  std::uint32_t first_token = 0;
  std::uint32_t last_token = 0;
  std::int32_t parent = no_index;     // the clause this one is part of
  std::uint32_t opener = no_token;    // "if", "who", "that", or no_token
  std::uint32_t group_first = no_token;  // the verb group, [group_first, verb]
  std::uint32_t verb = no_token;      // the lexical verb (or the auxiliary when alone)
  // "agreed to send", "is expected to visit": the verb the infinitive hangs on.
  std::uint32_t governor = no_token;
  std::uint32_t modal = no_token;     // "would", "could", "may" in the group
  verb_tense tense = verb_tense::none;
  verb_aspect aspect = verb_aspect::simple;
  verb_voice voice = verb_voice::active;
  bool negated = false;
  std::int32_t subject = no_index;
  std::int32_t object = no_index;
  std::int32_t agent = no_index;      // "by X" after a passive verb
};

}  // namespace eventgraph
