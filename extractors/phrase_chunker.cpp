#include "extractors/phrase_chunker.h"

namespace eventgraph {
namespace {

bool head_class(word_class c) {
  return c == word_class::noun || c == word_class::proper_noun || c == word_class::number;
}

bool inside_class(word_class c) {
  return head_class(c) || c == word_class::adjective || c == word_class::determiner;
}

// "more than a dozen", "at least 5,000", "up to 300": the words that bound
// a count belong to the counted phrase, which stays the verb's object.
// How many tokens before `first`, the start of a counted phrase, bound it.
std::uint32_t count_bound_before(const document& doc, std::uint32_t first, std::uint32_t sentence_first) {
  // "About 5,000 troops were sent", "sent around 300 soldiers": a count's
  // approximation, not a preposition, unless a noun stands before ("talks
  // about 5,000 troops").
  if (first > sentence_first) {
    const word_view a = doc.form_of(first - 1);
    if (a == "about" || a == "around" || a == "over") {
      if (first - 1 == sentence_first) return 1;
      const auto before = doc.class_of(first - 2);
      if (before != word_class::noun && before != word_class::proper_noun && before != word_class::pronoun &&
          before != word_class::number)
        return 1;
      return 0;
    }
  }
  if (first < sentence_first + 2) return 0;
  const word_view w = doc.form_of(first - 2);
  const word_view next = doc.form_of(first - 1);
  if (next == "than" && (w == "more" || w == "less" || w == "fewer")) return 2;
  if (w == "at" && (next == "least" || next == "most")) return 2;
  if (w == "up" && next == "to") return 2;
  if (next == "as" && first >= sentence_first + 3 && (w == "many" || w == "much") && doc.form_of(first - 3) == "as")
    return 3;
  return 0;
}

// A phrase that opens with its count: "5,000 troops", "a dozen drones".
bool opens_with_count(const document& doc, const noun_chunk& c) {
  if (doc.class_of(c.first_token) == word_class::number) return true;
  if (doc.class_of(c.first_token) != word_class::determiner || c.first_token + 1 >= c.last_token) return false;
  const word_view a = doc.form_of(c.first_token);
  if (a != "a" && a != "an") return false;
  const word_view what = doc.form_of(c.first_token + 1);
  return what == "dozen" || what == "few" || what == "handful";
}

// "a dozen ballistic missiles": like a number, "dozen" is a head only until
// more follows.
bool counts(const document& doc, std::uint32_t head) {
  const auto& t = doc.tokens[head];
  return doc.class_of(head) == word_class::number || (t.where.end - t.where.begin == 5 && doc.form_of(head) == "dozen");
}

}  // namespace

void phrase_chunker::operator()(document& doc) const {
  doc.chunks.clear();
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& sent = doc.sentences[s];
    std::uint32_t i = sent.first_token;
    while (i < sent.last_token) {
      const word_class c = doc.class_of(i);
      if (c == word_class::pronoun) {
        noun_chunk ch{s, i, i + 1, i};
        if (i > sent.first_token && doc.class_of(i - 1) == word_class::preposition) ch.preposition = i - 1;
        doc.chunks.push_back(ch);
        ++i;
        continue;
      }
      // "by nearly 300 troops", "some 40 drones": an adverb of degree before
      // a number is part of the phrase.
      // ("by about 200 soldiers": after a preposition or a verb, "about" is one too.)
      const bool degree = i + 1 < sent.last_token && doc.class_of(i + 1) == word_class::number &&
                          (c == word_class::adverb ||
                           (i > sent.first_token &&
                            (doc.class_of(i - 1) == word_class::preposition || doc.class_of(i - 1) == word_class::verb) &&
                            (doc.form_of(i) == "about" || doc.form_of(i) == "around" || doc.form_of(i) == "over" ||
                             doc.form_of(i) == "some")));
      if (!inside_class(c) && !degree) { ++i; continue; }
      // Extend over the phrase; a glued hyphen or slash keeps it whole
      // ("U.N.-backed deal", "B-2 bombers").
      std::uint32_t j = i;
      std::uint32_t head = no_token;
      while (j < sent.last_token) {
        const word_class k = doc.class_of(j);
        const bool glued = j > i && !doc.tokens[j].space_before &&
                           (doc.form_of(j) == "-" || (j > 0 && doc.form_of(j - 1) == "-"));
        // After the head only more nouns continue it ("the defence
        // ministry"); a determiner or adjective there starts another phrase
        // ("gave Ukraine the weapons").
        // A number is a head only until more follows: "the 27 national leaders".
        const bool continues =
            (head == no_token || counts(doc, head) ? inside_class(k) : head_class(k)) ||
            (j == i && degree);
        const bool gerund_modifier = k == word_class::verb && doc.verb_form_of(j) == verb_form::gerund && j > i &&
                                     head == no_token && j + 1 < sent.last_token && head_class(doc.class_of(j + 1));
        if (continues || glued || gerund_modifier) {
          if (head_class(k)) head = j;
          ++j;
          continue;
        }
        // (Quotes around a count: the "more than a dozen" missiles.)
        if (head != no_token && doc.tokens[j].kind == token_kind::punct && counts(doc, head) && j + 1 < sent.last_token &&
            inside_class(doc.class_of(j + 1)) && (doc.form_of(j) == "\"" || doc.form_of(j) == "\xE2\x80\x9D")) {
          ++j;
          continue;
        }
        // "Russia 's forces": the possessive joins the owner to what it owns.
        // ("Hamas' assault": after an -s the apostrophe alone is the possessive.)
        const auto f = doc.form_of(j);
        const bool bare_apostrophe = (f == "'" || f == "\xE2\x80\x99") && !doc.tokens[j].space_before &&
                                     j + 1 < sent.last_token && doc.tokens[j + 1].space_before && head == j - 1 &&
                                     doc.form_of(head).ends_with("s");
        if (head != no_token && (f == "'s" || bare_apostrophe) && j + 1 < sent.last_token &&
            inside_class(doc.class_of(j + 1))) {
          head = no_token;
          ++j;
          continue;
        }
        break;
      }
      if (head == no_token) { i = j; continue; }
      // A chunk ends at its head.
      const std::uint32_t end = head + 1;
      noun_chunk ch{s, i, end, head};
      if (i > sent.first_token && doc.class_of(i - 1) == word_class::preposition) ch.preposition = i - 1;
      doc.chunks.push_back(ch);
      i = end;
    }
  }
  // The bound of a count joins its phrase, and a phrase the bound's first
  // word made of itself ("more") goes.
  for (std::size_t k = 0; k < doc.chunks.size(); ++k) {
    auto& c = doc.chunks[k];
    if (!opens_with_count(doc, c)) continue;
    const auto& sent = doc.sentences[c.sentence];
    const auto n = count_bound_before(doc, c.first_token, sent.first_token);
    if (n == 0) continue;
    c.first_token -= n;
    c.preposition = c.first_token > sent.first_token && doc.class_of(c.first_token - 1) == word_class::preposition
                        ? c.first_token - 1
                        : no_token;
    std::size_t from = k;
    while (from > 0 && doc.chunks[from - 1].sentence == c.sentence && doc.chunks[from - 1].last_token > c.first_token)
      --from;
    if (from < k) {
      doc.chunks.erase(doc.chunks.begin() + static_cast<std::ptrdiff_t>(from),
                       doc.chunks.begin() + static_cast<std::ptrdiff_t>(k));
      k = from;
    }
  }
  // Coordination: "X and Y", "X, Y and Z", "X, Y, and Z" (the serial
  // comma), "X or Y".
  const auto serial_and = [&](std::uint32_t at) {  // ", and" or ", or" at token `at`
    return doc.form_of(at) == "," && at + 1 < doc.tokens.size() &&
           (doc.form_of(at + 1) == "and" || doc.form_of(at + 1) == "or");
  };
  for (std::size_t k = 0; k + 1 < doc.chunks.size(); ++k) {
    auto& a = doc.chunks[k];
    const auto& b = doc.chunks[k + 1];
    if (a.sentence != b.sentence) continue;
    const bool serial = b.first_token == a.last_token + 2 && serial_and(a.last_token);
    if (b.first_token != a.last_token + 1 && !serial) continue;
    const auto between = doc.form_of(a.last_token);
    const bool comma_list = !serial && between == "," && k + 2 < doc.chunks.size();
    if (serial || between == "and" || between == "or" || between == "&" || comma_list) {
      if (comma_list) {
        // A comma links only when the list ends in "and": "Denmark, the Netherlands and the United States".
        bool ends_in_and = false;
        for (std::size_t m = k + 1; m + 1 < doc.chunks.size() && doc.chunks[m].sentence == a.sentence; ++m) {
          const auto last = doc.chunks[m].last_token;
          const auto w = doc.form_of(last);
          if (doc.chunks[m + 1].first_token == last + 2 && serial_and(last)) { ends_in_and = true; break; }
          if (doc.chunks[m + 1].first_token != last + 1) break;
          if (w == "and" || w == "or") { ends_in_and = true; break; }
          if (w != ",") break;
        }
        if (!ends_in_and) continue;
      }
      a.next_conjunct = static_cast<std::int32_t>(k + 1);
    }
  }
}

}  // namespace eventgraph
