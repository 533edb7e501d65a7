// Calendar dates and their ranges: "Feb. 10", "10 February 2022", "2022-01-22",
// "05/25/2015", "in 2014", "the 1990s", "Aug. 2-9", "through February 4".

#include "extractors/time_expression_reader.h"

namespace eventgraph::tagging_detail {

// Month [.] day [,] [year]  or  month year  or  bare month. Also with
// glued separators ("August-10-2012", "August/10, 2012"), ordinal days
// ("January 1st", "May eighth, 2010") and "March, 6th 2016".
// A month name in lower case counts only in a full date ("september 16,
// 2020"): "may" and "march" are verbs, and the rest rarely lower-cased.
bool tagger::full_date_follows(std::uint32_t i) const {
  std::uint32_t len = 0;
  return day_at(i + 1, len, false) > 0 && low(i + 1 + len) == "," && num(i + 2 + len) && low(i + 2 + len).size() == 4;
}

std::uint32_t tagger::month_first(std::uint32_t i) {
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
    // "in July last year", "in March this year", "in May next year".
    if (!ref_.is_special() && low(i + 2) == "year" &&
        (low(i + 1) == "last" || low(i + 1) == "this" || low(i + 1) == "next")) {
      const int yy = static_cast<int>(ref_.year()) + (low(i + 1) == "last" ? -1 : low(i + 1) == "next" ? 1 : 0);
      if (auto dt = make_date(yy, m, 1)) {
        add(i, i + 3, interval_value(*dt, dt->end_of_month(), granularity::month, time_resolution::publication));
        return 3;
      }
    }
    // ("through February", "until March" end an open span ahead: not these.)
    const auto before = i > begin_ ? low(i - 1) : std::string_view{};
    if (y && !ref_.is_special() && (before == "in" || before == "since" || before == "early" || before == "late")) {
      // (The nearest such month may lie on the other side: "invaded in
      // February" in a December article is the February before it.)
      const auto dir = direction(i);
      const int month_now = static_cast<int>(ref_.year()) * 12 + static_cast<int>(ref_.month());
      if (dir == time_direction::past && y * 12 + m > month_now) y = static_cast<int>(ref_.year()) - (m > static_cast<int>(ref_.month()) ? 1 : 0);
      if (dir == time_direction::future && y * 12 + m < month_now) y = static_cast<int>(ref_.year()) + (m < static_cast<int>(ref_.month()) ? 1 : 0);
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
std::uint32_t tagger::day_first(std::uint32_t i) {
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
std::uint32_t tagger::numeric(std::uint32_t i) {
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
std::uint32_t tagger::year(std::uint32_t i) {
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

bool tagger::range_dash(std::uint32_t k) const {
  const auto w = low(k);
  return w == "-" || w == "\xE2\x80\x93" || w == "to" || w == "through";
}

// The date just added (out_.back(), ending before token j) as the start of
// a range: "Aug 10 - Nov 12, 2013", "August 10-22, 2012", "17 August 2013
// to 19 August 2013". Returns the tokens the tail adds, 0 if none.
std::uint32_t tagger::range_tail(std::uint32_t j) {
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

bool tagger::join_range(std::size_t first, date start, bool start_absolute, const time_value& second, std::uint32_t after) {
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
std::uint32_t tagger::day_range(std::uint32_t i) {
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

// "through February 4", "until Feb. 20": open intervals ending on a date.
std::uint32_t tagger::open_interval(std::uint32_t i) {
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
std::uint32_t tagger::range(std::uint32_t i) {
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

}  // namespace eventgraph::tagging_detail
