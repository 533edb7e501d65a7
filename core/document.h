// A document owns one article's text and everything found in it. The
// pipeline's components fill it in order: tokens and sentences, actor and
// time mentions, then events. Findings are spans into text(), so each can be
// shown in context. A document is not shared between threads while a
// pipeline runs on it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.h"
#include "core/clause.h"
#include "core/event.h"
#include "core/span.h"
#include "core/time_value.h"
#include "core/token.h"
#include "core/word_class.h"
#include "core/word_view.h"

namespace eventgraph {

// Where the publication date came from.
enum class date_source { none, metadata, byline, date_line, dateline, url };
std::string_view to_string(date_source s);
std::optional<date_source> parse_date_source(std::string_view s);
inline std::string_view format_as(date_source s) { return to_string(s); }

struct sentence {
  span where;
  std::uint32_t first_token = 0;  // [first_token, last_token)
  std::uint32_t last_token = 0;
};

// How an actor was named at a mention.
enum class mention_form { name, alias, adjective, metonym, title, surname, pronoun, group_reference };

struct actor_mention {
  span where;
  std::uint32_t first_token = 0;  // [first_token, last_token)
  std::uint32_t last_token = 0;
  std::uint32_t sentence = 0;
  std::string actor_id;
  mention_form form = mention_form::name;
  std::vector<std::string> also;  // "the two men": further actors named by the same words
  bool locative = false;          // "to Belarus", "in Moscow": the place, not the actor
};

// Weapons and equipment named in the text ("S-400 air-defense systems",
// "Javelin anti-tank missiles"): attributes of events, never actors.
struct equipment_mention {
  std::uint32_t first_token = 0;  // [first_token, last_token)
  std::uint32_t last_token = 0;
  std::uint32_t sentence = 0;
  std::string text;
};

struct place_mention {
  span where;
  std::uint32_t first_token = 0;
  std::uint32_t last_token = 0;
  std::uint32_t sentence = 0;
  std::string name;
  std::string country;
};

struct time_mention {
  span where;
  std::uint32_t first_token = 0;
  std::uint32_t last_token = 0;
  std::uint32_t sentence = 0;
  time_value value;
  bool duration = false;  // "90-minute": an attribute, never a date
  std::string duration_text;
};

struct diagnostic {
  span where;
  std::string message;
};

class document {
 public:
  document() = default;
  document(std::string id, std::string source, std::string text);

  const std::string& id() const { return id_; }
  const std::string& source() const { return source_; }
  const std::string& text() const { return text_; }
  // ASCII-lower-cased copy of text(), byte for byte the same length.
  const std::string& lower() const { return lower_; }
  word_view text_of(span s) const { return s.of(text_); }
  word_view lower_of(span s) const { return s.of(lower_); }
  word_view lower_of(const token& t) const { return t.where.of(lower_); }
  word_view text_of(const token& t) const { return t.where.of(text_); }

  // Sets tokens and computes each one's token_form once, so that lexicon
  // lookups compare views instead of building strings per comparison.
  void set_tokens(std::vector<token> t);
  // token_form of tokens[i]; valid after set_tokens.
  word_view form_of(std::uint32_t i) const { return forms_[i].of(form_text_); }
  // form_hash(form_of(i)), computed once.
  std::uint64_t form_hash_of(std::uint32_t i) const { return form_hashes_[i]; }

  // Sets each token's word class, inflection and lemma (the word classifier's
  // output); lemmas[i] empty means the lemma is the form itself.
  void set_words(std::vector<word_analysis> words, const std::vector<std::string_view>& lemmas);
  bool has_words() const { return !words_.empty() || tokens.empty(); }
  // Valid after set_words; before it, every token is word_class::other and its own lemma.
  word_class class_of(std::uint32_t i) const { return i < words_.size() ? words_[i].cls : word_class::other; }
  verb_form verb_form_of(std::uint32_t i) const { return i < words_.size() ? words_[i].form : verb_form::none; }
  // The dictionary form: "struck" -> "strike", "talks" -> "talk", "mobilised" -> "mobilize".
  word_view lemma_of(std::uint32_t i) const {
    return i < lemmas_.size() && !lemmas_[i].empty() ? word_view(lemmas_[i].of(lemma_text_)) : form_of(i);
  }
  std::uint64_t lemma_hash_of(std::uint32_t i) const { return i < lemma_hashes_.size() ? lemma_hashes_[i] : form_hashes_[i]; }

  std::string title;
  std::string url;
  date published{boost::gregorian::not_a_date_time};
  date_source published_from = date_source::none;

  std::vector<token> tokens;
  std::vector<sentence> sentences;
  std::vector<actor_mention> actor_mentions;
  std::vector<place_mention> place_mentions;
  std::vector<equipment_mention> equipment_mentions;
  std::vector<time_mention> time_mentions;
  std::vector<noun_chunk> chunks;  // in token order
  std::vector<clause> clauses;     // in order of first token; a parent before its parts
  std::map<std::string, actor> actors;  // every actor mentioned here, by id
  std::vector<event> events;            // one per happening in this document
  std::vector<diagnostic> diagnostics;

  // Index of the sentence holding token i.
  std::uint32_t sentence_of_token(std::uint32_t i) const;
  // The innermost clause holding token i, or no_index (no clause analysis, or a verbless fragment).
  std::int32_t clause_of_token(std::uint32_t i) const;
  // The noun chunk holding token i, or no_index.
  std::int32_t chunk_of_token(std::uint32_t i) const;

 private:
  std::string id_;
  std::string source_;
  std::string text_;
  std::string lower_;
  std::string form_text_;    // the lower-case text, then the folded forms
  std::vector<span> forms_;  // per token, into form_text_
  std::vector<std::uint64_t> form_hashes_;
  std::vector<word_analysis> words_;
  std::string lemma_text_;    // the lemmas that differ from their form
  std::vector<span> lemmas_;  // per token, into lemma_text_; empty: the form itself
  std::vector<std::uint64_t> lemma_hashes_;
};

}  // namespace eventgraph
