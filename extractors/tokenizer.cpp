#include "extractors/tokenizer.h"

#include "core/document.h"
#include "extractors/utf8.h"

namespace eventgraph {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_upper_cp(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
         (c >= 0x100 && c <= 0x17F && c % 2 == 0) || (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F);
}
inline bool is_lower_cp(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) ||
         (c >= 0x100 && c <= 0x17F && c % 2 == 1) || (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x44F);
}

inline bool is_word_cp(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return !utf8::is_space(c) && !utf8::is_punct(c);
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

class scanner {
 public:
  scanner(std::string_view text, std::uint32_t from, std::uint32_t to) : s_(text), i_(from), end_(to) {}

  std::vector<token> run() {
    std::vector<token> out;
    out.reserve((end_ - i_) / 5 + 4);
    bool space = true, paragraph = true;
    while (i_ < end_) {
      if (s_[i_] == ' ') {  // most spaces
        space = true;
        ++i_;
        continue;
      }
      int len = 0;
      const char32_t c = utf8::decode(s_, i_, len);
      if (utf8::is_space(c)) {
        if (c == '\n') paragraph = true;
        space = true;
        i_ += static_cast<std::uint32_t>(len);
        continue;
      }
      token t;
      t.space_before = space;
      t.paragraph_start = paragraph;
      space = paragraph = false;
      const std::uint32_t start = i_;
      if (is_apostrophe(c) && !out.empty() && !t.space_before && possessive_s(i_ + static_cast<std::uint32_t>(len))) {
        i_ += static_cast<std::uint32_t>(len) + 1;
        t.kind = token_kind::word;
      } else if (utf8::is_punct(c)) {
        i_ += static_cast<std::uint32_t>(len);
        if (c == '.')
          while (i_ < end_ && s_[i_] == '.') ++i_;
        t.kind = token_kind::punct;
      } else {
        scan_word(c, len, t);
      }
      t.where = {start, i_};
      out.push_back(t);
    }
    return out;
  }

 private:
  // At pos (just after an apostrophe): "s" followed by a non-letter.
  bool possessive_s(std::uint32_t pos) const {
    if (pos >= end_ || (s_[pos] != 's' && s_[pos] != 'S')) return false;
    if (pos + 1 >= end_) return true;
    int len = 0;
    return !is_word_cp(utf8::decode(s_, pos + 1, len));
  }

  void scan_word(char32_t first, int first_len, token& t) {
    const std::uint32_t start = i_;
    bool digits_only = is_digit(static_cast<char>(first < 0x80 ? first : 0));
    int letters = 0, lowers = 0;
    auto count = [&](char32_t c) {
      if (is_upper_cp(c)) ++letters;
      else if (is_lower_cp(c)) { ++letters; ++lowers; }
    };
    count(first);
    t.capitalized = is_upper_cp(first);
    i_ += static_cast<std::uint32_t>(first_len);
    // Dotted acronym: U.S., U.K., U.N. — letter, dot, letter, dot ...
    if (first < 0x80 && i_ < end_ && s_[i_] == '.' && is_ascii_letter(static_cast<char>(first)) &&
        dotted_acronym_from(start)) {
      t.kind = token_kind::word;
      t.all_caps = t.capitalized;
      return;
    }
    while (i_ < end_) {
      // ASCII letters and digits, the bulk of a word, without decoding.
      const auto b = static_cast<unsigned char>(s_[i_]);
      if (b >= 'a' && b <= 'z') {  // a run of lower-case letters, counted at once
        std::uint32_t j = i_ + 1;
        while (j < end_ && s_[j] >= 'a' && s_[j] <= 'z') ++j;
        letters += static_cast<int>(j - i_);
        lowers += static_cast<int>(j - i_);
        digits_only = false;
        i_ = j;
        continue;
      }
      if (b >= '0' && b <= '9') {
        ++i_;
        continue;
      }
      if (b >= 'A' && b <= 'Z') {
        ++letters;
        digits_only = false;
        ++i_;
        continue;
      }
      int len = 0;
      const char32_t c = utf8::decode(s_, i_, len);
      if (is_word_cp(c)) {
        if (!(c >= '0' && c <= '9')) digits_only = false;
        count(c);
        i_ += static_cast<std::uint32_t>(len);
        continue;
      }
      // 100,000 and 1,00,000 and 3.5: separators between digits.
      if ((c == ',' || c == '.') && digits_only && i_ + 1 < end_ && is_digit(s_[i_ + 1])) {
        i_ += 1;
        continue;
      }
      // don't, O'Brien — but not the possessive 's.
      if (is_apostrophe(c) && !possessive_s(i_ + static_cast<std::uint32_t>(len)) &&
          i_ + static_cast<std::uint32_t>(len) < end_) {
        int l2 = 0;
        const char32_t n = utf8::decode(s_, i_ + static_cast<std::uint32_t>(len), l2);
        if (is_word_cp(n) && !(n >= '0' && n <= '9')) {
          i_ += static_cast<std::uint32_t>(len);
          continue;
        }
      }
      break;
    }
    t.kind = digits_only ? token_kind::number : token_kind::word;
    t.all_caps = letters >= 2 && lowers == 0;
  }

  // At start, a letter: (letter '.'){2,} as in U.S., U.K., a.m.
  bool dotted_acronym_from(std::uint32_t start) {
    std::uint32_t j = start;
    int pairs = 0;
    while (j + 1 < end_ && is_ascii_letter(s_[j]) && s_[j + 1] == '.') {
      ++pairs;
      j += 2;
    }
    if (pairs < 2) return false;
    i_ = j;
    return true;
  }

  std::string_view s_;
  std::uint32_t i_;
  std::uint32_t end_;
};

}  // namespace

std::vector<token> tokenize(std::string_view text, std::uint32_t from, std::uint32_t to) {
  return scanner(text, from, to).run();
}

void tokenizer::operator()(document& doc) const { doc.set_tokens(tokenize(doc.text())); }

}  // namespace eventgraph
