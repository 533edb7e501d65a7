// Dates relative to the reference day or to the text: weekdays by tense,
// "this weekend", "last week", "three days ago", "two days later", "the past
// two weeks", and durations, which are attributes, not dates.

#include "extractors/time_expression_reader.h"

namespace eventgraph::tagging_detail {

std::uint32_t tagger::weekday(std::uint32_t i) {
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
  // "late Tuesday", "Saturday night", "early on Wednesday": a night runs
  // into the next day, and an early hour is the day before in another time
  // zone; such a time is the two days (GUIDELINES 4).
  const bool night = low(after) == "night";
  const bool late = i > begin_ && low(i - 1) == "late";
  const bool early = (i > begin_ && low(i - 1) == "early") ||
                     (i > begin_ + 1 && low(i - 1) == "on" && low(i - 2) == "early");
  const std::uint32_t end = night ? after + 1 : after;
  const std::size_t before = out_.size();
  add_relative(i, end, rel);
  if ((night || late || early) && out_.size() == before + 1 && out_.back().value.dated() &&
      out_.back().value.grain == granularity::day) {
    const date d = out_.back().value.start;
    const auto how = out_.back().value.how;
    out_.back().value = early ? interval_value(d - bg::days(1), d, granularity::interval, how)
                              : interval_value(d, d + bg::days(1), granularity::interval, how);
  }
  return end - i;
}

// "this weekend", "last weekend", "next weekend": Saturday and Sunday of
// that week; "this morning" and the like are the reference day, "last
// night" the day before.
std::uint32_t tagger::day_parts(std::uint32_t i) {
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

std::uint32_t tagger::relative_words(std::uint32_t i) {
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
std::uint32_t tagger::anchored(std::uint32_t i) {
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

void tagger::anchored_value(std::uint32_t a, std::uint32_t b, int days) {
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
std::uint32_t tagger::duration(std::uint32_t i) {
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

tagger::span_count tagger::count_at(std::uint32_t i, std::uint32_t& len) const {
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

date tagger::shifted(date d, const span_count& c, int sign) {
  return c.days ? d + bg::days(sign * c.days) : d + bg::months(sign * c.months);
}

// "in five days", "in a week", "two weeks from now", "three weeks later",
// "the day before yesterday", "a week after tomorrow".
std::uint32_t tagger::offset(std::uint32_t i) {
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
std::uint32_t tagger::span_from_ref(std::uint32_t i) {
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
std::uint32_t tagger::ago(std::uint32_t i) {
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

}  // namespace eventgraph::tagging_detail
