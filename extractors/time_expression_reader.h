// The reader of time expressions behind temporal_tagger and tag_times: one
// pass over a sentence's tokens trying each form at each token. Its steps
// live in three files: the scan and the values (temporal_tagger.cpp),
// calendar dates and ranges (calendar_dates.cpp), and dates relative to the
// reference day or to the text (relative_dates.cpp). Internal to the
// extractors library.
#pragma once

#include "extractors/temporal_tagger.h"

#include <algorithm>
#include <array>
#include <charconv>
#include "core/word_view.h"
#include "extractors/calendar_words.h"
#include "extractors/form_map.h"
#include "extractors/tokenizer.h"
#include "extractors/word_list.h"

namespace eventgraph::tagging_detail {
namespace bg = boost::gregorian;
using unit = relative_time::unit;
using part = relative_time::part;

inline constexpr std::array<std::string_view, 16> future_cues{
    "will", "'ll", "shall", "would", "plan", "plans", "planned", "planning", "scheduled", "expected",
    "due", "upcoming", "going", "start", "let's", "lets"};
inline constexpr std::array<std::string_view, 30> past_cues{
    "met", "said", "spoke", "held", "told", "took", "sent", "went", "was", "were", "had", "did", "made",
    "gave", "came", "began", "saw", "left", "flew", "laid", "led", "won", "lost", "struck", "hit",
    "fought", "wrote", "spent", "brought", "announced"};

// "July", "June", "May" are as full as "February"; "Sept", "Feb" are not.
inline bool full_month_name(std::string_view w) {
  static constexpr std::string_view names[] = {"january", "february", "march",     "april",   "may",      "june",
                                               "july",    "august",   "september", "october", "november", "december"};
  return std::find(std::begin(names), std::end(names), w) != std::end(names);
}

inline int to_int(std::string_view s) {
  int v = -1;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return (r.ec == std::errc{} && r.ptr == s.data() + s.size()) ? v : -1;
}

// "10th", "1st", "22nd", "3rd" -> day number, else -1.
inline int ordinal_day(std::string_view s) {
  if (s.size() < 3) return -1;
  const auto suffix = s.substr(s.size() - 2);
  if (suffix != "th" && suffix != "st" && suffix != "nd" && suffix != "rd") return -1;
  const int d = to_int(s.substr(0, s.size() - 2));
  return d >= 1 && d <= 31 ? d : -1;
}

inline std::optional<date> make_date(int y, int m, int d) {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  try {
    return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

class tagger {
 public:
  // doc, when given, is the document of the tokens: its form hashes save
  // hashing each token again, and doc_words are the calendar words of all
  // its tokens, looked up once for the document.
  tagger(std::string_view text, std::string_view lower, const std::vector<token>& tokens, date ref,
         std::uint32_t sentence, date& anchor, const document* doc = nullptr,
         const std::vector<calendar_word>* doc_words = nullptr)
      : text_(text), lower_(lower), toks_(tokens), ref_(ref), sentence_(sentence), anchor_(anchor), doc_(doc),
        doc_words_(doc_words) {}

  std::vector<time_mention> run(std::uint32_t begin, std::uint32_t end);

 private:
  word_view low(std::uint32_t i) const { return i < end_ ? toks_[i].where.of(lower_) : std::string_view{}; }
  // calendar_word_of token i (nothing beyond the sentence).
  const calendar_word& word(std::uint32_t i) const {
    static const calendar_word none;
    return i >= begin_ && i < end_ ? words_[i - begin_] : none;
  }
  int month_at(std::uint32_t i) const { return word(i).month; }
  int weekday_at(std::uint32_t i) const { return word(i).weekday; }
  int number_at(std::uint32_t i) const { return word(i).number; }
  int ordinal_at(std::uint32_t i) const { return word(i).ordinal; }
  bool num(std::uint32_t i) const { return i < end_ && toks_[i].kind == token_kind::number; }
  bool glued(std::uint32_t i) const { return i < end_ && !toks_[i].space_before; }
  bool cap(std::uint32_t i) const { return i < end_ && toks_[i].capitalized; }

  // Whether token k is one of future_cues or past_cues. Asked of every word
  // back to the sentence's start for each date: one probe with the token's
  // hash, when its form is its lower-case text (folding punctuation always
  // shortens it), instead of forty-six comparisons.
  enum class tense { none, future, past };
  tense tense_cue(std::uint32_t k) const;

  bool past_before(std::uint32_t i) const;

  time_direction direction(std::uint32_t i) const;
  bool arrangement_at(std::uint32_t k) const;

  void add(std::uint32_t a, std::uint32_t b, time_value v, bool anchors = true);

  void add_duration(std::uint32_t a, std::uint32_t b);

  void add_month_day(std::uint32_t a, std::uint32_t b, int month, int day);

  void add_relative(std::uint32_t a, std::uint32_t b, relative_time rel);

  int day_at(std::uint32_t i, std::uint32_t& len, bool words) const;

  // A glued "-" or "/" between the parts of a date: "10-Aug-2012", "8/Oct/2012".
  bool date_separator(std::uint32_t k) const { return glued(k) && (low(k) == "-" || low(k) == "/"); }

  int infer_year(int month, int day, std::uint32_t i) const;

  bool full_date_follows(std::uint32_t i) const;

  std::uint32_t month_first(std::uint32_t i);

  std::uint32_t day_first(std::uint32_t i);

  std::uint32_t numeric(std::uint32_t i);

  std::uint32_t year(std::uint32_t i);

  std::uint32_t weekday(std::uint32_t i);

  std::uint32_t day_parts(std::uint32_t i);

  std::uint32_t relative_words(std::uint32_t i);

  std::uint32_t anchored(std::uint32_t i);

  void anchored_value(std::uint32_t a, std::uint32_t b, int days);

  std::uint32_t duration(std::uint32_t i);

  bool range_dash(std::uint32_t k) const;

  std::uint32_t range_tail(std::uint32_t j);

  bool join_range(std::size_t first, date start, bool start_absolute, const time_value& second, std::uint32_t after);

  std::uint32_t day_range(std::uint32_t i);

  // A count of days, weeks, months or years at token i: "5 days", "a week",
  // "two years", "a few days", "a couple of days". Sets len (tokens).
  struct span_count {
    int days = 0, months = 0;
    bool found() const { return days || months; }
  };
  span_count count_at(std::uint32_t i, std::uint32_t& len) const;
  static date shifted(date d, const span_count& c, int sign);

  std::uint32_t offset(std::uint32_t i);

  std::uint32_t span_from_ref(std::uint32_t i);

  std::uint32_t ago(std::uint32_t i);

  std::uint32_t open_interval(std::uint32_t i);

  std::uint32_t range(std::uint32_t i);

  bool opener(std::uint32_t i, std::string_view w) const;

  std::uint32_t at(std::uint32_t i);

  std::string_view text_;
  std::string_view lower_;
  const std::vector<token>& toks_;
  date ref_;
  std::uint32_t sentence_;
  date& anchor_;
  const document* doc_;
  std::uint32_t begin_ = 0, end_ = 0;
  std::vector<time_mention> out_;
  const std::vector<calendar_word>* doc_words_;
  std::vector<calendar_word> own_words_;  // when no doc_words_
  const calendar_word* words_ = nullptr;  // of tokens [begin_, end_)
};

}  // namespace eventgraph::tagging_detail
