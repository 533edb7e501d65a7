#include "extractors/temporal_tagger.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "extractors/calendar_words.h"
#include "extractors/form_map.h"
#include "extractors/tokenizer.h"

namespace eventgraph {
namespace {
namespace bg = boost::gregorian;
using unit = relative_time::unit;
using part = relative_time::part;

constexpr std::array<std::string_view, 14> future_cues{
    "will", "'ll", "shall", "would", "plan", "plans", "planned", "planning", "scheduled", "expected",
    "due", "upcoming", "going", "start"};
constexpr std::array<std::string_view, 30> past_cues{
    "met", "said", "spoke", "held", "told", "took", "sent", "went", "was", "were", "had", "did", "made",
    "gave", "came", "began", "saw", "left", "flew", "laid", "led", "won", "lost", "struck", "hit",
    "fought", "wrote", "spent", "brought", "announced"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
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
  tagger(std::string_view text, std::string_view lower, const std::vector<token>& tokens, date ref,
         std::uint32_t sentence, date& anchor)
      : text_(text), lower_(lower), toks_(tokens), ref_(ref), sentence_(sentence), anchor_(anchor) {}

  std::vector<time_mention> run(std::uint32_t begin, std::uint32_t end) {
    begin_ = begin;
    end_ = end;
    for (std::uint32_t i = begin; i < end;) {
      const std::uint32_t n = at(i);
      i += n ? n : 1;
    }
    return std::move(out_);
  }

 private:
  std::string_view low(std::uint32_t i) const { return i < end_ ? toks_[i].where.of(lower_) : std::string_view{}; }
  bool num(std::uint32_t i) const { return i < end_ && toks_[i].kind == token_kind::number; }
  bool glued(std::uint32_t i) const { return i < end_ && !toks_[i].space_before; }

  time_direction direction(std::uint32_t i) const {
    // The nearest tense cue before the expression decides; news defaults to the past.
    for (std::uint32_t k = i; k > begin_; --k) {
      const auto w = low(k - 1);
      if (one_of(future_cues, w)) return time_direction::future;
      if (w == "next") return time_direction::future;
      if (one_of(past_cues, w) || (w.size() > 4 && w.substr(w.size() - 2) == "ed")) return time_direction::past;
    }
    for (std::uint32_t k = i + 1; k < std::min(end_, i + 4); ++k)
      if (one_of(future_cues, low(k))) return time_direction::future;
    return time_direction::past;
  }

  void add(std::uint32_t a, std::uint32_t b, time_value v, bool anchors = true) {
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

  // A relative expression: resolved against the reference when there is one.
  void add_relative(std::uint32_t a, std::uint32_t b, relative_time rel) {
    time_value v;
    if (!ref_.is_special()) v = resolve(rel, ref_, time_resolution::publication);
    else v.relative = rel;
    add(a, b, v);
  }

  // Year for a month/day written without one.
  int infer_year(int month, int day, std::uint32_t i) const {
    if (ref_.is_special()) return 0;
    const int y = ref_.year();
    auto d = make_date(y, month, day);
    if (!d) return y;
    const auto dir = direction(i);
    if (dir == time_direction::past && *d > ref_ + bg::days(31)) return y - 1;
    if (dir == time_direction::future && *d < ref_ - bg::days(31)) return y + 1;
    if (*d > ref_ + bg::days(183)) return y - 1;
    if (*d < ref_ - bg::days(183)) return y + 1;
    return y;
  }

  // Month [.] day [,] [year]  or  month year  or  bare month.
  std::uint32_t month_first(std::uint32_t i) {
    const int m = month_number(low(i));
    if (!m || !toks_[i].capitalized) return 0;
    if (low(i) == "may" && !num(i + 1)) return 0;  // the verb
    if (low(i) == "mar" || low(i) == "jan") {
      if (!num(i + 1) && !(low(i + 1) == "." && num(i + 2))) return 0;
    }
    std::uint32_t j = i + 1;
    if (low(j) == "." && glued(j)) ++j;
    if (num(j)) {
      const int d = to_int(low(j));
      if (d >= 1 && d <= 31 && low(j).size() <= 2) {
        std::uint32_t k = j + 1;
        int year = 0;
        std::uint32_t after = k;
        if (low(k) == ",") ++k;
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
        } else {
          time_value v;  // undated document: day and month known, year not
          add(i, after, v, false);
          return after - i;
        }
      }
      if (low(j).size() == 4) {  // February 2022
        const int y = to_int(low(j));
        if (auto dt = make_date(y, m, 1)) {
          add(i, j + 1, interval_value(*dt, dt->end_of_month(), granularity::month, time_resolution::absolute));
          return j + 1 - i;
        }
      }
    }
    if (low(i).size() >= 5 || low(i) == "may") {  // a full month name alone: "in February", "through February"
      const int y = infer_year(m, 15, i);
      if (y) {
        if (auto dt = make_date(y, m, 1)) {
          add(i, i + 1, interval_value(*dt, dt->end_of_month(), granularity::month, time_resolution::publication));
          return 1;
        }
      }
    }
    return 0;
  }

  // day month [year]: "10 February 2022", "22 January".
  std::uint32_t day_first(std::uint32_t i) {
    if (!num(i) || low(i).size() > 2) return 0;
    const int d = to_int(low(i));
    const int m = month_number(low(i + 1));
    if (!m || d < 1 || d > 31 || !toks_[i + 1].capitalized) return 0;
    std::uint32_t after = i + 2;
    int year = 0;
    if (num(after) && low(after).size() == 4) {
      year = to_int(low(after));
      ++after;
    }
    const bool absolute = year != 0;
    if (!year) year = infer_year(m, d, i);
    if (!year) return 0;
    if (auto dt = make_date(year, m, d)) {
      add(i, after, day_value(*dt, absolute ? time_resolution::absolute : time_resolution::publication));
      return after - i;
    }
    return 0;
  }

  // 2022-01-22, 20220122, 23.01.2022
  std::uint32_t numeric(std::uint32_t i) {
    const auto s = low(i);
    if (s.size() == 4 && low(i + 1) == "-" && glued(i + 1) && num(i + 2) && low(i + 3) == "-" && num(i + 4) &&
        glued(i + 4)) {
      if (auto dt = make_date(to_int(s), to_int(low(i + 2)), to_int(low(i + 4)))) {
        add(i, i + 5, day_value(*dt, time_resolution::absolute));
        return 5;
      }
    }
    if (s.size() == 8 && to_int(s) > 0) {
      if (auto dt = make_date(to_int(s.substr(0, 4)), to_int(s.substr(4, 2)), to_int(s.substr(6, 2)))) {
        add(i, i + 1, day_value(*dt, time_resolution::absolute));
        return 1;
      }
    }
    if (s.size() == 10 && s[2] == '.' && s[5] == '.') {
      if (auto dt = make_date(to_int(s.substr(6, 4)), to_int(s.substr(3, 2)), to_int(s.substr(0, 2)))) {
        add(i, i + 1, day_value(*dt, time_resolution::absolute));
        return 1;
      }
    }
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
    const int wd = weekday_number(low(i));
    if (wd < 0 || !toks_[i].capitalized || low(i).size() < 6) return 0;
    std::uint32_t after = i + 1;
    // "Friday, August 8": the date decides.
    if (low(after) == "," && month_number(low(after + 1)) && num(after + 2)) {
      const std::uint32_t n = month_first(after + 1);
      if (n) {
        out_.back().first_token = i;
        out_.back().where.begin = toks_[i].where.begin;
        return after + 1 + n - i;
      }
    }
    relative_time rel;
    rel.what = unit::weekday;
    rel.weekday = wd;
    rel.direction = direction(i);
    add_relative(i, after, rel);
    return after - i;
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
    else n = number_word(low(i));
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
    const bool count = num(i) || number_word(w) > 0 || w == "nearly";
    auto unit_word = [](std::string_view u) {
      return u == "minute" || u == "hour" || u == "day" || u == "week" || u == "month" || u == "year" ||
             u == "minutes" || u == "hours" || u == "days" || u == "weeks" || u == "months" || u == "years";
    };
    if (count && low(i + 1) == "-" && glued(i + 1) && unit_word(low(i + 2))) {
      add_duration(i, i + 3);
      return 3;
    }
    if (w == "for" && (num(i + 1) || number_word(low(i + 1)) > 1) && unit_word(low(i + 2))) {
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
    std::uint32_t n = month_first(j + 1);
    if (!n) n = day_first(j + 1);
    if (n && out_.size() == first + 2) {
      time_mention second = out_.back();
      out_.pop_back();
      return join_range(first, start, start_absolute, second.value, j + 1 + n) ? 1 + n : 0;
    }
    // "August 10 - 22[, 2012]": a bare day in the same month.
    if (num(j + 1) && low(j + 1).size() <= 2) {
      std::uint32_t after = j + 2;
      int year = 0;
      if (low(after) == "," && num(after + 1) && low(after + 1).size() == 4) {
        year = to_int(low(after + 1));
        after += 2;
      }
      const int y = year ? year : static_cast<int>(start.year());
      const auto s2 = make_date(y, start.month(), start.day());
      const auto e2 = make_date(y, start.month(), to_int(low(j + 1)));
      if (!s2 || !e2 || *e2 < *s2) return 0;
      auto& m = out_[first];
      m.value = interval_value(*s2, *e2, granularity::interval, year ? time_resolution::absolute : m.value.how);
      m.last_token = after;
      m.where.end = toks_[after - 1].where.end;
      return after - j;
    }
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
    if (e < s1) return false;
    auto& m = out_[first];
    m.value = interval_value(s1, e, granularity::interval,
                             start_absolute || second.how == time_resolution::absolute ? time_resolution::absolute
                                                                                       : m.value.how);
    m.last_token = after;
    m.where.end = toks_[after - 1].where.end;
    return true;
  }

  // "10 - 22 August 2012", "10 to 22 August": a bare day, a dash and a date.
  std::uint32_t day_range(std::uint32_t i) {
    if (!num(i) || low(i).size() > 2 || !range_dash(i + 1) || !num(i + 2)) return 0;
    const std::size_t before = out_.size();
    const std::uint32_t n = day_first(i + 2);
    if (!n || out_.size() != before + 1) return 0;
    auto& m = out_.back();
    const auto s1 = make_date(m.value.start.year(), m.value.start.month(), to_int(low(i)));
    if (!s1 || *s1 > m.value.start) {
      out_.pop_back();
      return 0;
    }
    m.value = interval_value(*s1, m.value.start, granularity::interval, m.value.how);
    m.first_token = i;
    m.where.begin = toks_[i].where.begin;
    return 2 + n;
  }

  // "five days ago", "a week ago", "two years ago", "a few days ago".
  std::uint32_t ago(std::uint32_t i) {
    int n = num(i) ? to_int(low(i)) : number_word(low(i));
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

  // Whether some recogniser below can start at token i: a digit, a
  // capitalised word (month, weekday), a number word or one of the words
  // the recognisers open with. Most tokens fail it and are skipped at once.
  bool may_start(std::uint32_t i) const {
    const auto& t = toks_[i];
    const auto w = low(i);
    if (w.empty() || (w[0] >= '0' && w[0] <= '9') || t.capitalized) return true;
    static const form_map<bool> openers = [] {
      form_map<bool> m;
      for (const auto o : {"through", "until", "till", "thru", "from", "between", "nearly", "for", "about", "the",
                           "today", "tonight", "yesterday", "tomorrow", "this", "next", "last", "past", "later",
                           "earlier", "in", "within"})
        m[o] = true;
      return m;
    }();
    if (w.size() > 9) return false;  // longer than any opener or number word
    return openers.find(w) != nullptr || number_word(w) > 0;
  }

  std::uint32_t at(std::uint32_t i) {
    if (!may_start(i)) return 0;
    if (std::uint32_t n = open_interval(i)) return n;
    if (std::uint32_t n = range(i)) return n;
    if (std::uint32_t n = duration(i)) return n;
    if (std::uint32_t n = anchored(i)) return n;
    if (std::uint32_t n = numeric(i)) return n;
    if (std::uint32_t n = day_range(i)) return n;
    if (std::uint32_t n = day_first(i)) return n + range_tail(i + n);
    if (std::uint32_t n = month_first(i)) return n + range_tail(i + n);
    if (std::uint32_t n = ago(i)) return n;
    if (std::uint32_t n = weekday(i)) return n;
    if (std::uint32_t n = relative_words(i)) return n;
    if (std::uint32_t n = year(i)) return n;
    // "on the 10th"
    if (low(i) == "the" && ordinal_day(low(i + 1)) > 0 && !ref_.is_special() && i > begin_ && low(i - 1) == "on") {
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
  std::uint32_t begin_ = 0, end_ = 0;
  std::vector<time_mention> out_;
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
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& sent = doc.sentences[s];
    auto found = tagger(doc.text(), doc.lower(), doc.tokens, doc.published, s, anchor).run(sent.first_token, sent.last_token);
    for (auto& m : found) doc.time_mentions.push_back(std::move(m));
  }
}

}  // namespace eventgraph
