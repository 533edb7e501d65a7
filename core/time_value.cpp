#include "core/time_value.h"

#include <array>
#include <charconv>
#include <cstdio>

#include "core/enum_names.h"

namespace eventgraph {
namespace {
namespace bg = boost::gregorian;

constexpr std::array<std::pair<granularity, std::string_view>, 7> grains{{
    {granularity::none, "none"},
    {granularity::day, "day"},
    {granularity::week, "week"},
    {granularity::month, "month"},
    {granularity::year, "year"},
    {granularity::decade, "decade"},
    {granularity::interval, "interval"},
}};
constexpr std::array<std::pair<time_resolution, std::string_view>, 6> resolutions{{
    {time_resolution::unresolved, "unresolved"},
    {time_resolution::absolute, "absolute"},
    {time_resolution::publication, "publication_date"},
    {time_resolution::anchored, "anchored"},
    {time_resolution::propagated, "propagated"},
    {time_resolution::reported, "reported"},
}};

date monday_of(date d) {
  const int dow = d.day_of_week().as_number();  // 0 = Sunday
  return d - bg::days(dow == 0 ? 6 : dow - 1);
}

date month_first(date d) { return date(d.year(), d.month(), 1); }
date month_last(date d) { return d.end_of_month(); }

date add_months(date d, int n) {
  int y = d.year(), m = d.month() + n;
  while (m > 12) { m -= 12; ++y; }
  while (m < 1) { m += 12; --y; }
  return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), 1);
}
}  // namespace

std::string_view to_string(granularity g) { return detail::name_of(grains, g); }
std::string_view to_string(time_resolution r) { return detail::name_of(resolutions, r); }
std::optional<granularity> parse_granularity(std::string_view s) { return detail::value_of(grains, s); }
std::optional<time_resolution> parse_time_resolution(std::string_view s) {
  return detail::value_of(resolutions, s);
}

std::string iso(date d) {
  if (d.is_special()) return {};
  // By hand: snprintf was a visible share of writing events.
  const auto ymd = d.year_month_day();
  const auto two = [](char* p, unsigned v) { p[0] = static_cast<char>('0' + v / 10); p[1] = static_cast<char>('0' + v % 10); };
  std::string out(10, '-');
  const unsigned y = ymd.year;
  two(&out[0], y / 100);
  two(&out[2], y % 100);
  two(&out[5], ymd.month);
  two(&out[8], ymd.day);
  return out;
}

std::optional<date> parse_iso_day(std::string_view s) {
  auto num = [&](std::size_t pos, std::size_t len) -> int {
    if (pos + len > s.size()) return -1;
    int v = 0;
    auto r = std::from_chars(s.data() + pos, s.data() + pos + len, v);
    return (r.ec == std::errc{} && r.ptr == s.data() + pos + len) ? v : -1;
  };
  try {
    if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
      int y = num(0, 4), m = num(5, 2), d = num(8, 2);
      if (y < 1400 || m < 1 || d < 1) return std::nullopt;
      return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
    }
    if (s.size() == 7 && s[4] == '-') {
      int y = num(0, 4), m = num(5, 2);
      if (y < 1400 || m < 1) return std::nullopt;
      return date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), 1);
    }
    if (s.size() == 4) {
      int y = num(0, 4);
      if (y < 1400) return std::nullopt;
      return date(static_cast<unsigned short>(y), 1, 1);
    }
  } catch (const std::exception&) {  // Boost rejects day 31 of a 30-day month and the like
  }
  return std::nullopt;
}

time_value day_value(date d, time_resolution how) {
  time_value v;
  v.start = v.end = d;
  v.grain = granularity::day;
  v.how = how;
  return v;
}

time_value interval_value(date first, date last, granularity g, time_resolution how) {
  time_value v;
  v.start = first;
  v.end = last;
  v.grain = g;
  v.how = how;
  return v;
}

std::string time_value::timex() const {
  using unit = relative_time::unit;
  if (!dated()) {
    if (relative.what == unit::month_day) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", relative.month % 100, relative.day % 100);
      return buf;
    }
    if (relative.what == unit::weekday) return "XXXX-WXX-" + std::to_string(relative.weekday == 0 ? 7 : relative.weekday);
    return {};
  }
  char buf[32];
  switch (grain) {
    case granularity::day: return iso(start);
    case granularity::week: {
      const auto wk = start.week_number();
      int y = start.year();
      // The ISO week's year is that of its Thursday: early January may be in
      // the last week of the year before, late December in week 1 of the next.
      if (wk >= 52 && start.month() == 1) --y;
      else if (wk == 1 && start.month() == 12) ++y;
      std::snprintf(buf, sizeof buf, "%04d-W%02d", y, static_cast<int>(wk));
      return buf;
    }
    case granularity::month:
      std::snprintf(buf, sizeof buf, "%04d-%02d", static_cast<int>(start.year()), static_cast<int>(start.month()));
      return buf;
    case granularity::year: return std::to_string(static_cast<int>(start.year()));
    case granularity::decade: return std::to_string(static_cast<int>(start.year()) / 10) + "X";
    default: return iso(start) + "/" + iso(end);
  }
}

int nearest_year(int month, int day, date ref, time_direction dir) {
  const int y = ref.year();
  date d;
  try {
    d = date(static_cast<unsigned short>(y), static_cast<unsigned short>(month), static_cast<unsigned short>(std::min(day, 28)));
  } catch (const std::exception&) {
    return y;
  }
  if (dir == time_direction::past && d > ref + bg::days(31)) return y - 1;
  if (dir == time_direction::future && d < ref - bg::days(31)) return y + 1;
  if (d > ref + bg::days(183)) return y - 1;
  if (d < ref - bg::days(183)) return y + 1;
  return y;
}

time_value resolve(const relative_time& rel, date ref, time_resolution how) {
  using unit = relative_time::unit;
  using part = relative_time::part;
  if (ref.is_special()) return {};
  time_value v;
  switch (rel.what) {
    case unit::none: return v;
    case unit::day: v = day_value(ref + bg::days(rel.offset), how); break;
    case unit::weekday: {
      const int dow = ref.day_of_week().as_number();
      int delta;
      if (rel.direction == time_direction::future) {
        delta = (rel.weekday - dow + 7) % 7;  // on or after the reference
      } else {
        delta = -((dow - rel.weekday + 7) % 7);  // on or before the reference
      }
      v = day_value(ref + bg::days(delta), how);
      break;
    }
    case unit::week: {
      const date mon = monday_of(ref) + bg::weeks(rel.offset);
      date first = mon, last = mon + bg::days(6);
      if (rel.offset == 0 && rel.portion == part::earlier) last = std::max(first, ref - bg::days(1));
      if (rel.offset == 0 && rel.portion == part::later) first = std::min(last, ref + bg::days(1));
      v = interval_value(first, last, rel.portion == part::whole ? granularity::week : granularity::interval, how);
      break;
    }
    case unit::month: {
      const date first = add_months(month_first(ref), rel.offset);
      date a = first, b = month_last(first);
      if (rel.offset == 0 && rel.portion == part::earlier) b = std::max(a, ref - bg::days(1));
      if (rel.offset == 0 && rel.portion == part::later) a = std::min(b, ref + bg::days(1));
      v = interval_value(a, b, rel.portion == part::whole ? granularity::month : granularity::interval, how);
      break;
    }
    case unit::year: {
      const int y = ref.year() + rel.offset;
      v = interval_value(date(static_cast<unsigned short>(y), 1, 1), date(static_cast<unsigned short>(y), 12, 31),
                         granularity::year, how);
      break;
    }
    case unit::recent_months:
      v = interval_value(add_months(month_first(ref), -rel.offset), ref, granularity::interval, how);
      break;
    case unit::within_days:
      v = interval_value(ref, ref + bg::days(rel.offset), granularity::interval, how);
      break;
    case unit::month_day: {
      const int y = nearest_year(rel.month, rel.day, ref, rel.direction);
      try {
        v = day_value(date(static_cast<unsigned short>(y), static_cast<unsigned short>(rel.month),
                           static_cast<unsigned short>(rel.day)),
                      how);
      } catch (const std::exception&) {
        return {};  // February 29 of a common year
      }
      break;
    }
  }
  v.relative = rel;
  return v;
}

}  // namespace eventgraph
