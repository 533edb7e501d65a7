#include "extractors/temporal_tagger.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "core/word_view.h"
#include "extractors/calendar_words.h"
#include "extractors/form_map.h"
#include "extractors/tokenizer.h"
#include "extractors/word_list.h"

namespace eventgraph {
namespace {
namespace bg = boost::gregorian;
using unit = relative_time::unit;
using part = relative_time::part;

constexpr std::array<std::string_view, 16> future_cues{
    "will", "'ll", "shall", "would", "plan", "plans", "planned", "planning", "scheduled", "expected",
    "due", "upcoming", "going", "start", "let's", "lets"};
constexpr std::array<std::string_view, 30> past_cues{
    "met", "said", "spoke", "held", "told", "took", "sent", "went", "was", "were", "had", "did", "made",
    "gave", "came", "began", "saw", "left", "flew", "laid", "led", "won", "lost", "struck", "hit",
    "fought", "wrote", "spent", "brought", "announced"};

// "July", "June", "May" are as full as "February"; "Sept", "Feb" are not.
bool full_month_name(std::string_view w) {
  static constexpr std::string_view names[] = {"january", "february", "march",     "april",   "may",      "june",
                                               "july",    "august",   "september", "october", "november", "december"};
  return std::find(std::begin(names), std::end(names), w) != std::end(names);
}

int to_int(std::string_view s) {
  int v = -1;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return (r.ec == std::errc{} && r.ptr == s.data() + s.size()) ? v : -1;
}

// "10th", "1st", "22nd", "3rd" -> day number, else -1.
int ordinal_day(std::string_view s) {
  if (s.size() < 3) return -1;
  const auto suffix = s.substr(s.size() - 2);
  if (suffix != "th" && suffix != "st" && suffix != "nd" && suffix != "rd") return -1;
  const int d = to_int(s.substr(0, s.size() - 2));
  return d >= 1 && d <= 31 ? d : -1;
}

std::optional<date> make_date(int y, int m, int d) {
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

  std::vector<time_mention> run(std::uint32_t begin, std::uint32_t end) {
    begin_ = begin;
    end_ = end;
    // What each token is to the calendar, looked up once: the recognisers
    // ask about the same tokens many times.
    if (doc_words_) {
      words_ = doc_words_->data() + begin;
    } else {
      own_words_.clear();
      own_words_.reserve(end - begin);
      for (std::uint32_t i = begin; i < end; ++i)
        own_words_.push_back(doc_ ? calendar_word_of(*doc_, i) : calendar_word_of(low(i)));
      words_ = own_words_.data();
    }
    for (std::uint32_t i = begin; i < end;) {
      const std::size_t before = out_.size();
      std::uint32_t n = at(i);
      if (n && out_.size() == before + 1) n += range_tail(i + n);
      i += n ? n : 1;
    }
    return std::move(out_);
  }

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
  tense tense_cue(std::uint32_t k) const {
    static const form_map<tense> cues = [] {
      form_map<tense> m;
      for (const auto w : past_cues) m[w] = tense::past;
      for (const auto w : future_cues) m[w] = tense::future;  // as first asked, future wins
      return m;
    }();
    const auto w = low(k);
    if (doc_ && k < end_) {
      const auto form = doc_->form_of(k);
      if (form.size() == w.size()) {
        const tense* t = cues.find(form, doc_->form_hash_of(k));
        return t ? *t : tense::none;
      }
    }
    return one_of(future_cues, w) ? tense::future : one_of(past_cues, w) ? tense::past : tense::none;
  }

  // Whether a past-tense cue comes before token i in the sentence, nearer
  // than any future cue.
  bool past_before(std::uint32_t i) const {
    for (std::uint32_t k = i; k > begin_; --k) {
      const auto w = low(k - 1);
      const tense t = tense_cue(k - 1);
      if (t == tense::future || w == "next") return false;
      if (t == tense::past || (w.size() > 4 && w.substr(w.size() - 2) == "ed")) return true;
    }
    return false;
  }

  time_direction direction(std::uint32_t i) const {
    // The nearest tense cue before the expression decides; news defaults to the past.
    for (std::uint32_t k = i; k > begin_; --k) {
      const auto w = low(k - 1);
      const tense t = tense_cue(k - 1);
      if (t == tense::future) return time_direction::future;
      if (w == "next") return time_direction::future;
      if (t == tense::past || (w.size() > 4 && w.substr(w.size() - 2) == "ed")) return time_direction::past;
    }
    for (std::uint32_t k = i + 1; k < std::min(end_, i + 4); ++k)
      if (tense_cue(k) == tense::future) return time_direction::future;
    return time_direction::past;
  }

  void add(std::uint32_t a, std::uint32_t b, time_value v, bool anchors = true) {
    b = std::min(b, end_);  // never past the sentence, whatever a recogniser counted
    time_mention m;
    m.where = {toks_[a].where.begin, toks_[b - 1].where.end};
    m.first_token = a;
    m.last_token = b;
    m.sentence = sentence_;
    m.value = std::move(v);
    if (anchors && m.value.dated()) anchor_ = m.value.start;
    out_.push_back(std::move(m));
  }

  void add_duration(std::uint32_t a, std::uint32_t b) {
    time_mention m;
    m.where = {toks_[a].where.begin, toks_[b - 1].where.end};
    m.first_token = a;
    m.last_token = b;
    m.sentence = sentence_;
    m.duration = true;
    m.duration_text = std::string(m.where.of(text_));
    out_.push_back(std::move(m));
  }

  // "Jan. 18" in an undated document: day and month known, the year not yet.
  void add_month_day(std::uint32_t a, std::uint32_t b, int month, int day) {
    time_value v;
    v.relative.what = unit::month_day;
    v.relative.month = month;
    v.relative.day = day;
    v.relative.direction = direction(a);
    add(a, b, v, false);
  }

  // A relative expression: resolved against the reference when there is one.
  void add_relative(std::uint32_t a, std::uint32_t b, relative_time rel) {
    time_value v;
    if (!ref_.is_special()) v = resolve(rel, ref_, time_resolution::publication);
    else v.relative = rel;
    add(a, b, v);
  }

  // A day of the month at token i: "10", "10th", "tenth", "twenty-fourth".
  // Sets len to the tokens it takes; -1 when there is none.
  int day_at(std::uint32_t i, std::uint32_t& len, bool words) const {
    len = 1;
    if (num(i) && low(i).size() <= 2) {
      const int d = to_int(low(i));
      return d >= 1 && d <= 31 ? d : -1;
    }
    if (const int d = ordinal_day(low(i)); d > 0) return d;
    if (!words) return -1;
    if (const int d = ordinal_at(i); d > 0) return d;
    if ((low(i) == "twenty" || low(i) == "thirty") && low(i + 1) == "-" && glued(i + 1)) {
      const int unit = ordinal_at(i + 2);
      const int d = (low(i) == "twenty" ? 20 : 30) + unit;
      if (unit > 0 && unit < 10 && d <= 31) {
        len = 3;
        return d;
      }
    }
    return -1;
  }

  // A glued "-" or "/" between the parts of a date: "10-Aug-2012", "8/Oct/2012".
  bool date_separator(std::uint32_t k) const { return glued(k) && (low(k) == "-" || low(k) == "/"); }

  // Year for a month/day written without one.
  int infer_year(int month, int day, std::uint32_t i) const {
    if (ref_.is_special()) return 0;
    return nearest_year(month, day, ref_, direction(i));
  }

  // Month [.] day [,] [year]  or  month year  or  bare month. Also with
  // glued separators ("August-10-2012", "August/10, 2012"), ordinal days
  // ("January 1st", "May eighth, 2010") and "March, 6th 2016".
  // A month name in lower case counts only in a full date ("september 16,
  // 2020"): "may" and "march" are verbs, and the rest rarely lower-cased.
  bool full_date_follows(std::uint32_t i) const {
    std::uint32_t len = 0;
    return day_at(i + 1, len, false) > 0 && low(i + 1 + len) == "," && num(i + 2 + len) && low(i + 2 + len).size() == 4;
  }

  std::uint32_t month_first(std::uint32_t i) {
    const int m = month_at(i);
    if (!m || (!cap(i) && !full_date_follows(i))) return 0;
    // "in May", "since May", "last May": the month; else the modal verb.
    const bool month_context = i > begin_ && (low(i - 1) == "in" || low(i - 1) == "since" || low(i - 1) == "until" ||
                                              low(i - 1) == "last" || low(i - 1) == "next" || low(i - 1) == "early" ||
                                              low(i - 1) == "late" || low(i - 1) == "mid-" || low(i - 1) == "through");
    if (low(i) == "may" && !month_context && !num(i + 1) && ordinal_day(low(i + 1)) < 0 && ordinal_at(i + 1) < 0 &&
        !((low(i + 1) == "twenty" || low(i + 1) == "thirty") && low(i + 2) == "-"))
      return 0;
    if (low(i) == "mar" || low(i) == "jan") {
      if (!num(i + 1) && !(low(i + 1) == "." && num(i + 2)) && ordinal_day(low(i + 1)) < 0) return 0;
    }
    std::uint32_t j = i + 1;
    if (low(j) == "." && glued(j)) ++j;
    const bool separated = date_separator(j);
    if (separated) ++j;
    else if (low(j) == "," && ordinal_day(low(j + 1)) > 0) ++j;  // "March, 6th 2016"
    std::uint32_t day_len = 0;
    const int d = day_at(j, day_len, !separated);
    // "August 32", "February 151998": a number where the day goes that is no day.
    if (d < 0 && num(j) && low(j).size() != 4 && to_int(low(j)) > 31) {
      std::uint32_t k = j + 1;
      if (low(k) == "," && num(k + 1) && low(k + 1).size() == 4) k += 2;
      return k - i;
    }
    if (d > 0) {
      std::uint32_t k = j + day_len;
      int year = 0;
      std::uint32_t after = k;
      if (low(k) == "," || (separated && date_separator(k))) ++k;
      if (num(k) && low(k).size() == 4) {
        year = to_int(low(k));
        after = k + 1;
      }
      const bool absolute = year != 0;
      if (!year) year = infer_year(m, d, i);
      if (year) {
        if (auto dt = make_date(year, m, d)) {
          add(i, after, day_value(*dt, absolute ? time_resolution::absolute : time_resolution::publication));
          return after - i;
        }
        return after - i;  // "February 29, 2022", "June 31": no such day
      } else {
        add_month_day(i, after, m, d);
        return after - i;
      }
    }
    if (num(j) && low(j).size() == 4) {  // February 2022, Sep-2012
      const int y = to_int(low(j));
      if (auto dt = make_date(y, m, 1)) {
        add(i, j + 1, interval_value(*dt, dt->end_of_month(), granularity::month, time_resolution::absolute));
        return j + 1 - i;
      }
    }
    if (separated) return 0;
    if (full_month_name(low(i))) {  // a full month name alone: "in February", "in July", "through May"
      int y = infer_year(m, 15, i);
      // A month told in the past has begun by the reference day, and one
      // ahead has not ended: "approved in June" in a May article is last June.
      // ("through February", "until March" end an open span ahead: not these.)
      const auto before = i > begin_ ? low(i - 1) : std::string_view{};
      if (y && !ref_.is_special() && (before == "in" || before == "since" || before == "early" || before == "late")) {
        const auto dir = direction(i);
        if (dir == time_direction::past && m > static_cast<int>(ref_.month()) && y == ref_.year()) --y;
        if (dir == time_direction::future && m < static_cast<int>(ref_.month()) && y == ref_.year()) ++y;
      }
      if (y) {
        if (auto dt = make_date(y, m, 1)) {
          add(i, i + 1, interval_value(*dt, dt->end_of_month(), granularity::month, time_resolution::publication));
          return 1;
        }
      }
    }
    return 0;
  }

  // day month [year]: "10 February 2022", "22 January", "31st March, 2016",
  // "12th of July", "Twenty-fourth of May", "10-August-2012", "09/JAN/2017".
  std::uint32_t day_first(std::uint32_t i) {
    std::uint32_t len = 0;
    const int d = day_at(i, len, true);
    if (d < 0) {
      // "32 August [2014]": a number where the day goes that is no day.
      if (num(i) && low(i).size() == 2 && month_at(i + 1) && cap(i + 1))
        return num(i + 2) && low(i + 2).size() == 4 ? 3 : 2;
      return 0;
    }
    std::uint32_t k = i + len;
    const bool word_day = !num(i) && ordinal_day(low(i)) < 0;
    bool separated = false;
    if (date_separator(k) && !word_day) {
      separated = true;
      ++k;
    } else if (low(k) == "of") {
      ++k;
    } else if (word_day && !cap(k)) {
      return 0;  // "first" alone is not a day
    }
    const int m = month_at(k);
    // After an ordinal day a month in lower case counts too ("23rd february"),
    // but not the verbs "may" and "march".
    const bool lower_ok = ordinal_day(low(i)) > 0 && low(k) != "may" && low(k) != "march";
    if (!m || (!cap(k) && !lower_ok)) return 0;
    std::uint32_t after = k + 1;
    if (low(after) == "." && glued(after)) ++after;
    int year = 0;
    std::uint32_t y = after;
    if (low(y) == "," || (separated && date_separator(y))) ++y;
    if (num(y) && low(y).size() == 4) {
      year = to_int(low(y));
      after = y + 1;
    }
    const bool absolute = year != 0;
    if (!year) year = infer_year(m, d, i);
    if (!year) {
      add_month_day(i, after, m, d);
      return after - i;
    }
    if (auto dt = make_date(year, m, d)) {
      add(i, after, day_value(*dt, absolute ? time_resolution::absolute : time_resolution::publication));
      return after - i;
    }
    return after - i;  // "29 February 2014": no such day
  }

  // 2022-01-22, 20220122, 23.01.2022, 2015.05.25, 2015/05/25, 1994-11-05T08:15,
  // 05/25/2015 and 25/05/2015 (month first unless the first number cannot be
  // a month, as in American copy), 05-25-2015, 05.25.2015, and a month with
  // its year: 9/2012, 04/2016.
  std::uint32_t numeric(std::uint32_t i) {
    const auto s = low(i);
    const auto absolute_day = [&](std::uint32_t b, int y, int m, int d) -> std::uint32_t {
      if (auto dt = make_date(y, m, d)) {
        add(i, b, day_value(*dt, time_resolution::absolute));
        return b - i;
      }
      return 0;
    };
    // Three numbers glued by one separator: "-", "/".
    const auto sep3 = [&](std::string_view sep) {
      return num(i) && low(i + 1) == sep && glued(i + 1) && num(i + 2) && glued(i + 2) && low(i + 3) == sep &&
             glued(i + 3) && glued(i + 4) && (num(i + 4) || (low(i + 4).size() > 2 && low(i + 4)[2] == 't'));
    };
    for (const std::string_view sep : {"-", "/"}) {
      if (!sep3(sep)) continue;
      const auto a = low(i), b = low(i + 2);
      // ISO 8601 with a time: the day token is "05t08" in "1994-11-05T08:15:30".
      const auto c = num(i + 4) ? low(i + 4) : low(i + 4).substr(0, 2);
      // A date-shaped group that is no date ("2/29/2014", "2014/13/22") is
      // consumed whole, so that its year is not read on its own.
      if (a.size() == 4) return absolute_day(i + 5, to_int(a), to_int(b), to_int(c)) ? 5 : 5;
      if (c.size() != 4) return 0;  // two-digit years are left alone
      const int x = to_int(a), y = to_int(b);
      if (x > 12) return absolute_day(i + 5, to_int(c), y, x) ? 5 : 5;
      return absolute_day(i + 5, to_int(c), x, y) ? 5 : 5;
    }
    // "9/2012", "04/2016": a month and its year.
    if (num(i) && s.size() <= 2 && low(i + 1) == "/" && glued(i + 1) && glued(i + 2) && num(i + 2) &&
        low(i + 2).size() == 4 && !(low(i + 3) == "/" && glued(i + 3))) {
      if (auto dt = make_date(to_int(low(i + 2)), to_int(s), 1)) {
        add(i, i + 3, interval_value(*dt, dt->end_of_month(), granularity::month, time_resolution::absolute));
        return 3;
      }
    }
    if (s.size() == 8 && to_int(s) > 0) {
      if (auto dt = make_date(to_int(s.substr(0, 4)), to_int(s.substr(4, 2)), to_int(s.substr(6, 2)))) {
        add(i, i + 1, day_value(*dt, time_resolution::absolute));
        return 1;
      }
    }
    // One token with dots: 23.01.2022, 2015.05.25, 05.25.2015.
    if (num(i) && s.size() == 10 && s[2] == '.' && s[5] == '.') {
      const int x = to_int(s.substr(0, 2)), y = to_int(s.substr(3, 2)), year = to_int(s.substr(6, 4));
      // European order unless the second number cannot be a month.
      return y > 12 ? absolute_day(i + 1, year, x, y) : absolute_day(i + 1, year, y, x);
    }
    if (num(i) && s.size() == 10 && s[4] == '.' && s[7] == '.')
      return absolute_day(i + 1, to_int(s.substr(0, 4)), to_int(s.substr(5, 2)), to_int(s.substr(8, 2)));
    return 0;
  }

  // Years and decades: "in 2014", "since 1997", "its 2014 invasion", "the 1990s".
  std::uint32_t year(std::uint32_t i) {
    const auto s = low(i);
    if (s.size() == 5 && s.back() == 's' && to_int(s.substr(0, 4)) >= 1900 && to_int(s.substr(0, 4)) % 10 == 0) {
      const int y = to_int(s.substr(0, 4));
      add(i, i + 1, interval_value(date(static_cast<unsigned short>(y), 1, 1), date(static_cast<unsigned short>(y + 9), 12, 31),
                                   granularity::decade, time_resolution::absolute));
      return 1;
    }
    if (!num(i) || s.size() != 4) return 0;
    const int y = to_int(s);
    if (y < 1900 || y > 2100) return 0;
    // "2012/Aug/10", "2018 March 18": year, month name, day.
    {
      const bool slashed = low(i + 1) == "/" && glued(i + 1) && glued(i + 2) && low(i + 3) == "/" && glued(i + 3);
      const std::uint32_t mi = slashed ? i + 2 : i + 1, di = slashed ? i + 4 : i + 2;
      if (const int m = month_at(mi); m && (slashed || cap(mi)) && num(di) && low(di).size() <= 2)
        if (auto dt = make_date(y, m, to_int(low(di)))) {
          add(i, di + 1, day_value(*dt, time_resolution::absolute));
          return di + 1 - i;
        }
    }
    // "2024 August": a month of that year (the year before its month in tables and lists).
    if (const int m = month_at(i + 1); m && cap(i + 1) && !num(i + 2)) {
      if (auto dt = make_date(y, m, 1)) {
        add(i, i + 2, interval_value(*dt, dt->end_of_month(), granularity::month, time_resolution::absolute));
        return 2;
      }
    }
    if (i + 1 < end_ && (low(i + 1) == "-" || low(i + 1) == ",") && glued(i + 1) && num(i + 2)) return 0;
    time_value v = interval_value(date(static_cast<unsigned short>(y), 1, 1), date(static_cast<unsigned short>(y), 12, 31),
                                  granularity::year, time_resolution::absolute);
    if (i > begin_ && low(i - 1) == "since") {
      v.open_end = true;
      if (!ref_.is_special()) v.end = ref_;
    }
    add(i, i + 1, v, false);
    return 1;
  }

  std::uint32_t weekday(std::uint32_t i) {
    const int wd = weekday_at(i);
    if (wd < 0 || !cap(i) || low(i).size() < 6) return 0;
    std::uint32_t after = i + 1;
    // "Friday, August 8", "Sunday 12/7/2014": the date decides.
    {
      std::uint32_t d = after;
      if (low(d) == ",") ++d;
      const std::size_t before = out_.size();
      std::uint32_t n = 0;
      if (month_at(d) && (num(d + 1) || ordinal_day(low(d + 1)) > 0 ||
                                   (low(d + 1) == "," && ordinal_day(low(d + 2)) > 0)))
        n = month_first(d);
      else if (num(d) && month_at(d + 1)) n = day_first(d);
      else if (num(d)) n = numeric(d);
      if (n && out_.size() == before + 1) {
        out_.back().first_token = i;
        out_.back().where.begin = toks_[i].where.begin;
        return d + n - i;
      }
    }
    // "Friday of next week", "Tuesday last week", "this Wednesday": the
    // weekday of the week named (weeks run Monday to Sunday).
    if (!ref_.is_special()) {
      int week = 99;
      std::uint32_t end = after;
      std::uint32_t k = low(after) == "of" ? after + 1 : after;
      if (low(k + 1) == "week" && (low(k) == "next" || low(k) == "last" || low(k) == "this")) {
        week = low(k) == "next" ? 1 : low(k) == "last" ? -1 : 0;
        end = k + 2;
      }
      std::uint32_t start = i;
      if (week == 99 && i > begin_ && low(i - 1) == "this") {
        week = 0;
        start = i - 1;
      }
      if (week != 99) {
        const date monday = ref_ - bg::days((ref_.day_of_week().as_number() + 6) % 7) + bg::weeks(week);
        add(start, end, day_value(monday + bg::days((wd + 6) % 7), time_resolution::publication));
        return end - i;
      }
    }
    relative_time rel;
    rel.what = unit::weekday;
    rel.weekday = wd;
    rel.direction = direction(i);
    add_relative(i, after, rel);
    return after - i;
  }

  // "this weekend", "last weekend", "next weekend": Saturday and Sunday of
  // that week; "this morning" and the like are the reference day, "last
  // night" the day before.
  std::uint32_t day_parts(std::uint32_t i) {
    if (ref_.is_special()) return 0;
    const auto w = low(i), n = low(i + 1);
    if ((w == "this" || w == "next" || w == "last" || w == "past") && n == "weekend") {
      const int week = w == "next" ? 1 : w == "this" ? 0 : -1;
      const date saturday = ref_ - bg::days((ref_.day_of_week().as_number() + 6) % 7) + bg::weeks(week) + bg::days(5);
      add(i, i + 2, interval_value(saturday, saturday + bg::days(1), granularity::interval, time_resolution::publication));
      return 2;
    }
    if (w == "this" && (n == "morning" || n == "afternoon" || n == "evening")) {
      add(i, i + 2, day_value(ref_, time_resolution::publication));
      return 2;
    }
    if (w == "last" && n == "night") {
      add(i, i + 2, day_value(ref_ - bg::days(1), time_resolution::publication));
      return 2;
    }
    return 0;
  }

  std::uint32_t relative_words(std::uint32_t i) {
    const auto w = low(i);
    relative_time rel;
    auto unit_of = [](std::string_view u) {
      if (u == "week") return unit::week;
      if (u == "month") return unit::month;
      if (u == "year") return unit::year;
      return unit::none;
    };
    if (w == "today" || w == "tonight" || w == "yesterday" || w == "tomorrow") {
      rel.what = unit::day;
      rel.offset = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
      add_relative(i, i + 1, rel);
      return 1;
    }
    if ((w == "this" || w == "next" || w == "last" || w == "past") && unit_of(low(i + 1)) != unit::none) {
      rel.what = unit_of(low(i + 1));
      rel.offset = w == "next" ? 1 : (w == "last" || w == "past") ? -1 : 0;
      std::uint32_t a = i;
      if (w == "this" && i > begin_ && (low(i - 1) == "earlier" || low(i - 1) == "later")) {
        rel.portion = low(i - 1) == "earlier" ? part::earlier : part::later;
        a = i - 1;
      }
      add_relative(a, i + 2, rel);
      return i + 2 - a;
    }
    // "later in the week", "earlier in the month"
    if ((w == "later" || w == "earlier") && low(i + 1) == "in" && low(i + 2) == "the" &&
        unit_of(low(i + 3)) != unit::none) {
      rel.what = unit_of(low(i + 3));
      rel.portion = w == "later" ? part::later : part::earlier;
      add_relative(i, i + 4, rel);
      return 4;
    }
    if (w == "in" && low(i + 1) == "recent" && (low(i + 2) == "months" || low(i + 2) == "weeks")) {
      rel.what = unit::recent_months;
      rel.offset = low(i + 2) == "months" ? 3 : 1;
      add_relative(i, i + 3, rel);
      return 3;
    }
    if (w == "within" && low(i + 1) == "days") {
      rel.what = unit::within_days;
      rel.offset = 7;
      add_relative(i, i + 2, rel);
      return 2;
    }
    return 0;
  }

  // "a day earlier", "two days later", "the following day", "the day before".
  std::uint32_t anchored(std::uint32_t i) {
    int n = -1;
    std::uint32_t j = i;
    if (num(i)) n = to_int(low(i));
    else n = number_at(i);
    if (n > 1000) return 0;  // "20230115 days later" is no offset (and would leave the calendar)
    if (n > 0 && (low(i + 1) == "day" || low(i + 1) == "days") && (low(i + 2) == "earlier" || low(i + 2) == "later" || low(i + 2) == "before" || low(i + 2) == "after")) {
      if (low(i + 2) == "after" || low(i + 2) == "before") {
        // "two days after the meeting" names its own anchor; only the bare form is handled.
        if (i + 3 < end_ && toks_[i + 3].kind == token_kind::word) return 0;
      }
      const int sign = (low(i + 2) == "earlier" || low(i + 2) == "before") ? -1 : 1;
      j = i + 3;
      anchored_value(i, j, sign * n);
      return j - i;
    }
    if (low(i) == "the" && (low(i + 1) == "following" || low(i + 1) == "next" || low(i + 1) == "previous") && low(i + 2) == "day") {
      anchored_value(i, i + 3, low(i + 1) == "previous" ? -1 : 1);
      return 3;
    }
    if (low(i) == "next" && low(i + 1) == "day") {
      anchored_value(i, i + 2, 1);
      return 2;
    }
    return 0;
  }

  void anchored_value(std::uint32_t a, std::uint32_t b, int days) {
    if (!anchor_.is_special()) {
      add(a, b, day_value(anchor_ + bg::days(days), time_resolution::anchored));
    } else {
      time_value v;
      v.relative.what = unit::day;
      v.relative.offset = days;
      add(a, b, v, false);
    }
  }

  // "90-minute", "six-hour", "three-day", "for two hours".
  std::uint32_t duration(std::uint32_t i) {
    const auto w = low(i);
    const bool count = num(i) || number_at(i) > 0 || w == "nearly";
    auto unit_word = [](std::string_view u) {
      return u == "minute" || u == "hour" || u == "day" || u == "week" || u == "month" || u == "year" ||
             u == "minutes" || u == "hours" || u == "days" || u == "weeks" || u == "months" || u == "years";
    };
    if (count && low(i + 1) == "-" && glued(i + 1) && unit_word(low(i + 2))) {
      add_duration(i, i + 3);
      return 3;
    }
    if (w == "for" && (num(i + 1) || number_at(i + 1) > 1) && unit_word(low(i + 2))) {
      add_duration(i, i + 3);
      return 3;
    }
    if (w == "about" && num(i + 1) && unit_word(low(i + 2))) {
      add_duration(i, i + 3);
      return 3;
    }
    return 0;
  }

  bool range_dash(std::uint32_t k) const {
    const auto w = low(k);
    return w == "-" || w == "\xE2\x80\x93" || w == "to" || w == "through";
  }

  // The date just added (out_.back(), ending before token j) as the start of
  // a range: "Aug 10 - Nov 12, 2013", "August 10-22, 2012", "17 August 2013
  // to 19 August 2013". Returns the tokens the tail adds, 0 if none.
  std::uint32_t range_tail(std::uint32_t j) {
    if (out_.empty() || !out_.back().value.dated() || out_.back().value.grain != granularity::day || !range_dash(j))
      return 0;
    const std::size_t first = out_.size() - 1;
    const date start = out_[first].value.start;
    const bool start_absolute = out_[first].value.how == time_resolution::absolute;
    // "August 10 - 22[, 2012]", "May eighth - tenth, 2010": a bare day in the same month.
    std::uint32_t day_len = 0;
    const int day = day_at(j + 1, day_len, true);
    if (day > 0 && month_at(j + 1 + day_len) == 0 && !date_separator(j + 1 + day_len)) {
      std::uint32_t after = j + 1 + day_len;
      int year = 0;
      if (low(after) == "," && num(after + 1) && low(after + 1).size() == 4) {
        year = to_int(low(after + 1));
        after += 2;
      }
      const int y = year ? year : static_cast<int>(start.year());
      const auto s2 = make_date(y, start.month(), start.day());
      const auto e2 = make_date(y, start.month(), day);
      if (!e2 && s2) {  // "February 20 - 29, 2022": the range has no such end, so no date at all
        out_.pop_back();
        return after - j;
      }
      if (!s2 || !e2 || *e2 < *s2) return 0;
      auto& m = out_[first];
      m.value = interval_value(*s2, *e2, granularity::interval, year ? time_resolution::absolute : m.value.how);
      m.last_token = after;
      m.where.end = toks_[after - 1].where.end;
      return after - j;
    }
    const date anchor = anchor_;
    const std::uint32_t n = at(j + 1);
    if (n && out_.size() == first + 2) {
      time_mention second = out_.back();
      out_.pop_back();
      if (join_range(first, start, start_absolute, second.value, j + 1 + n)) return 1 + n;
      out_.push_back(std::move(second));
      return 1 + n;
    }
    if (out_.size() > first + 1) out_.resize(first + 1);
    anchor_ = anchor;
    return 0;
  }

  bool join_range(std::size_t first, date start, bool start_absolute, const time_value& second, std::uint32_t after) {
    if (!second.dated()) return false;
    date s1 = start;
    const date e = second.end.is_special() ? second.start : second.end;
    // "10 August - 12 September 2013": the year written at the end is the start's too.
    if (!start_absolute && second.how == time_resolution::absolute) {
      if (auto d = make_date(e.year(), s1.month(), s1.day())) s1 = *d;
      if (s1 > e)
        if (auto d = make_date(e.year() - 1, s1.month(), s1.day())) s1 = *d;
    }
    date e2 = e;
    // "10 August 2013 - 12 September": the end takes the start's year.
    if (start_absolute && second.how != time_resolution::absolute)
      if (auto d = make_date(s1.year(), e.month(), e.day())) e2 = *d;
    if (e2 < s1 && second.how != time_resolution::absolute)  // "10 August - 12 September": same year or the next
      if (auto d = make_date(e2.year() + 1, e2.month(), e2.day()); d && *d >= s1) e2 = *d;
    if (e2 < s1) return false;
    auto& m = out_[first];
    m.value = interval_value(s1, e2, granularity::interval,
                             start_absolute || second.how == time_resolution::absolute ? time_resolution::absolute
                                                                                       : m.value.how);
    m.last_token = after;
    m.where.end = toks_[after - 1].where.end;
    return true;
  }

  // "10 - 22 August 2012", "10 to 22 August": a bare day, a dash and a date.
  std::uint32_t day_range(std::uint32_t i) {
    std::uint32_t len = 0;
    const int d1 = day_at(i, len, true);
    if (d1 < 0 || !range_dash(i + len)) return 0;
    std::uint32_t len2 = 0;
    if (day_at(i + len + 1, len2, true) < 0) return 0;
    const std::size_t before = out_.size();
    const std::uint32_t n = day_first(i + len + 1);
    if (!n || out_.size() != before + 1) return 0;
    auto& m = out_.back();
    // In an undated document the end is a month and day without a year: no range to build.
    if (!m.value.dated()) {
      out_.pop_back();
      return 0;
    }
    const auto s1 = make_date(m.value.start.year(), m.value.start.month(), d1);
    if (!s1 || *s1 > m.value.start) {
      out_.pop_back();
      return 0;
    }
    m.value = interval_value(*s1, m.value.start, granularity::interval, m.value.how);
    m.first_token = i;
    m.where.begin = toks_[i].where.begin;
    return len + 1 + n;
  }

  // A count of days, weeks, months or years at token i: "5 days", "a week",
  // "two years", "a few days", "a couple of days". Sets len (tokens).
  struct span_count {
    int days = 0, months = 0;
    bool found() const { return days || months; }
  };
  span_count count_at(std::uint32_t i, std::uint32_t& len) const {
    int n = num(i) ? to_int(low(i)) : number_at(i);
    std::uint32_t u = i + 1;
    if (low(i) == "a" && low(i + 1) == "few") { n = 3; u = i + 2; }
    if (low(i) == "a" && low(i + 1) == "couple" && low(i + 2) == "of") { n = 2; u = i + 3; }
    if (n <= 0 || n > 1000) return {};
    const auto w = low(u);
    span_count c;
    if (w == "day" || w == "days") c.days = n;
    else if (w == "week" || w == "weeks") c.days = 7 * n;
    else if (w == "month" || w == "months") c.months = n;
    else if (w == "year" || w == "years") c.months = 12 * n;
    else return {};
    len = u + 1 - i;
    return c;
  }
  static date shifted(date d, const span_count& c, int sign) {
    return c.days ? d + bg::days(sign * c.days) : d + bg::months(sign * c.months);
  }

  // "in five days", "in a week", "two weeks from now", "three weeks later",
  // "the day before yesterday", "a week after tomorrow".
  std::uint32_t offset(std::uint32_t i) {
    std::uint32_t len = 0;
    if (low(i) == "in" && !ref_.is_special()) {
      // "the first talks in five years" counts back, not forward: only a
      // clause that is not in the past, and no "first"/"time" before it.
      for (std::uint32_t k = i; k > begin_ && i - k < 5; --k)
        if (low(k - 1) == "first" || low(k - 1) == "time" || low(k - 1) == "last") return 0;
      if (past_before(i)) return 0;
      if (const auto c = count_at(i + 1, len); c.found()) {
        add(i, i + 1 + len, day_value(shifted(ref_, c, 1), time_resolution::publication));
        return 1 + len;
      }
      return 0;
    }
    std::uint32_t start = i;
    span_count c;
    if (low(i) == "the" && low(i + 1) == "day" && (low(i + 2) == "before" || low(i + 2) == "after")) {
      c.days = 1;
      len = 2;
    } else {
      c = count_at(i, len);
    }
    if (!c.found()) return 0;
    const std::uint32_t k = start + len;
    if (low(k) == "from" && low(k + 1) == "now" && !ref_.is_special()) {
      add(i, k + 2, day_value(shifted(ref_, c, 1), time_resolution::publication));
      return k + 2 - i;
    }
    if ((low(k) == "before" || low(k) == "after") && !ref_.is_special()) {
      const auto base = low(k + 1);
      const int from = base == "yesterday" ? -1 : base == "tomorrow" ? 1 : base == "today" ? 0 : 99;
      if (from == 99) return 0;
      const date b = ref_ + bg::days(from);
      add(i, k + 2, day_value(shifted(b, c, low(k) == "before" ? -1 : 1), time_resolution::publication));
      return k + 2 - i;
    }
    // "three weeks later": from the last date of the text (the reference
    // day when there is none); days are handled by anchored().
    if ((low(k) == "later" || low(k) == "earlier") && !c.days && !anchor_.is_special()) {
      add(i, k + 1, day_value(shifted(anchor_, c, low(k) == "later" ? 1 : -1), time_resolution::anchored));
      return k + 1 - i;
    }
    if ((low(k) == "later" || low(k) == "earlier") && c.days > 1 && c.days % 7 == 0 && !anchor_.is_special()) {
      add(i, k + 1, day_value(shifted(anchor_, c, low(k) == "later" ? 1 : -1), time_resolution::anchored));
      return k + 1 - i;
    }
    return 0;
  }

  // "the past two weeks", "the last three days", "the next two years": the
  // span between the reference day and that many units away.
  std::uint32_t span_from_ref(std::uint32_t i) {
    const auto w = low(i);
    if ((w != "past" && w != "last" && w != "next") || ref_.is_special()) return 0;
    std::uint32_t len = 0;
    const auto c = count_at(i + 1, len);
    if (!c.found() || (num(i + 1) == false && number_at(i + 1) <= 0)) return 0;
    const bool ahead = w == "next";
    const date other = shifted(ref_, c, ahead ? 1 : -1);
    add(i, i + 1 + len, interval_value(ahead ? ref_ : other, ahead ? other : ref_, granularity::interval,
                                       time_resolution::publication));
    return 1 + len;
  }

  // "five days ago", "a week ago", "two years ago", "a few days ago".
  std::uint32_t ago(std::uint32_t i) {
    int n = num(i) ? to_int(low(i)) : number_at(i);
    std::uint32_t u = i + 1;
    if (low(i) == "a" && low(i + 1) == "few") {
      n = 3;
      u = i + 2;
    }
    if (n <= 0 || low(u + 1) != "ago") return 0;
    const auto unit_word = low(u);
    int days = 0, months = 0;
    if (unit_word == "day" || unit_word == "days") days = n;
    else if (unit_word == "week" || unit_word == "weeks") days = 7 * n;
    else if (unit_word == "month" || unit_word == "months") months = n;
    else if (unit_word == "year" || unit_word == "years") months = 12 * n;
    else return 0;
    if (ref_.is_special()) {
      if (!days) return 0;  // kept only where a later reference date can resolve it
      relative_time rel;
      rel.what = unit::day;
      rel.offset = -days;
      add_relative(i, u + 2, rel);
      return u + 2 - i;
    }
    const date d = days ? ref_ - bg::days(days) : ref_ - bg::months(months);
    add(i, u + 2, day_value(d, time_resolution::publication));
    return u + 2 - i;
  }

  // "through February 4", "until Feb. 20": open intervals ending on a date.
  std::uint32_t open_interval(std::uint32_t i) {
    const auto w = low(i);
    if (w != "through" && w != "until" && w != "till" && w != "thru") return 0;
    const std::size_t before = out_.size();
    std::uint32_t n = month_first(i + 1);
    if (!n) n = day_first(i + 1);
    if (!n || out_.size() == before) return 0;
    auto& m = out_.back();
    m.first_token = i;
    m.where.begin = toks_[i].where.begin;
    if (m.value.dated()) {
      m.value.start = ref_.is_special() ? m.value.start : std::min(ref_, m.value.end);
      m.value.grain = granularity::interval;
      m.value.open_start = true;
    }
    return n + 1;
  }

  // "from 10 to 20 February"
  std::uint32_t range(std::uint32_t i) {
    if (low(i) != "from" && low(i) != "between") return 0;
    if (!num(i + 1) || !(low(i + 2) == "to" || low(i + 2) == "and" || low(i + 2) == "-")) return 0;
    const std::size_t before = out_.size();
    const std::uint32_t n = day_first(i + 3);
    if (!n || out_.size() == before) return 0;
    auto& m = out_.back();
    const int d = to_int(low(i + 1));
    if (!m.value.dated()) return 0;
    if (auto first = make_date(m.value.start.year(), m.value.start.month(), d)) {
      m.value.start = *first;
      m.value.grain = granularity::interval;
      m.first_token = i;
      m.where.begin = toks_[i].where.begin;
    }
    return n + 3;
  }

  // Whether a word is one of those the recognisers below open with.
  bool opener(std::uint32_t i, std::string_view w) const {
    static const form_map<bool> openers = [] {
      form_map<bool> m;
      for (const auto o : {"through", "until", "till", "thru", "from", "between", "nearly", "for", "about", "the",
                           "today", "tonight", "yesterday", "tomorrow", "this", "next", "last", "past", "later",
                           "earlier", "in", "within"})
        m[o] = true;
      return m;
    }();
    if (w.size() > 9) return false;
    // (An opener has no punctuation to fold: its form is w, hashed already.)
    return (doc_ ? openers.find(w, doc_->form_hash_of(i)) : openers.find(w)) != nullptr;
  }

  std::uint32_t at(std::uint32_t i) {
    // Whether some recogniser below can start here, and which: told by the
    // first word once (a digit, a month, a capitalised weekday or ordinal, a
    // number word or one of the words the recognisers open with), so that
    // most tokens are skipped at once and the rest run only what may match.
    const auto w = low(i);
    if (w.empty()) return 0;
    const bool digit = w[0] >= '0' && w[0] <= '9';
    const auto& cw = word(i);
    const int number = digit ? -1 : cw.number;
    const int month = digit ? 0 : cw.month;
    // (A capitalised word matters only as a weekday or an ordinal: "First".)
    if (!digit && !month && number <= 0 && !opener(i, w) && !(cap(i) && (cw.weekday >= 0 || cw.ordinal > 0))) return 0;
    const bool counted = digit || number > 0 || w == "the" || w == "in";
    const bool day = digit || cw.ordinal > 0 || w == "twenty" || w == "thirty";
    if (std::uint32_t n = open_interval(i)) return n;
    if (std::uint32_t n = range(i)) return n;
    if (counted || w == "nearly" || w == "for" || w == "about" || w == "next") {
      if (std::uint32_t n = duration(i)) return n;
      if (std::uint32_t n = anchored(i)) return n;
    }
    if (digit)
      if (std::uint32_t n = numeric(i)) return n;
    if (day) {
      if (std::uint32_t n = day_range(i)) return n;
      if (std::uint32_t n = day_first(i)) return n;
    }
    if (month)
      if (std::uint32_t n = month_first(i)) return n;
    if (counted) {
      if (std::uint32_t n = ago(i)) return n;
      if (std::uint32_t n = offset(i)) return n;
    }
    if (w == "past" || w == "last" || w == "next")
      if (std::uint32_t n = span_from_ref(i)) return n;
    if (w == "this" || w == "next" || w == "last" || w == "past")
      if (std::uint32_t n = day_parts(i)) return n;
    if (cw.weekday >= 0)
      if (std::uint32_t n = weekday(i)) return n;
    if (std::uint32_t n = relative_words(i)) return n;
    if (std::uint32_t n = year(i)) return n;
    // "on the 10th"
    if (low(i) == "the" && ordinal_day(low(i + 1)) > 0 && !ref_.is_special() && i > begin_ && low(i - 1) == "on" &&
        !month_at(i + 2) && !(low(i + 2) == "of" && month_at(i + 3))) {
      const int d = ordinal_day(low(i + 1));
      if (auto dt = make_date(ref_.year(), ref_.month(), d)) {
        add(i - 1, i + 2, day_value(*dt, time_resolution::publication));
        return 2;
      }
    }
    return 0;
  }

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

std::string lower_copy(std::string_view s) {
  std::string l(s);
  for (char& c : l)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return l;
}

}  // namespace

std::vector<time_mention> tag_times(std::string_view text, std::string_view lower, const std::vector<token>& tokens,
                                    std::uint32_t begin, std::uint32_t end, date reference, std::uint32_t sentence) {
  date anchor = reference;
  return tagger(text, lower, tokens, reference, sentence, anchor).run(begin, end);
}

std::optional<date> find_full_date(std::string_view text) {
  const auto toks = tokenize(text);
  const std::string lower = lower_copy(text);
  for (const auto& m : tag_times(text, lower, toks, 0, static_cast<std::uint32_t>(toks.size()), date(bg::not_a_date_time), 0))
    if (m.value.dated() && m.value.how == time_resolution::absolute && m.value.grain == granularity::day)
      return m.value.start;
  return std::nullopt;
}

void temporal_tagger::operator()(document& doc) const {
  doc.time_mentions.clear();
  date anchor = doc.published;
  const std::vector<calendar_word> words = calendar_words_of(doc);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& sent = doc.sentences[s];
    auto found = tagger(doc.text(), doc.lower(), doc.tokens, doc.published, s, anchor, &doc, &words)
                     .run(sent.first_token, sent.last_token);
    for (auto& m : found) doc.time_mentions.push_back(std::move(m));
  }
}

}  // namespace eventgraph
