// When an event happened or is planned: a day or an interval of days with a
// granularity and a note of how it was resolved, in the spirit of TIMEX3.
// A relative expression in an undated document keeps its structure
// (relative_time) so that a later stage can resolve it once a reference date
// is learned. Value type; all arithmetic is Boost.Date_Time.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace eventgraph {

using date = boost::gregorian::date;

enum class granularity { none, day, week, month, year, decade, interval };
enum class time_resolution {
  unresolved,     // no date, or a relative expression without a reference date
  absolute,       // the text names the date in full
  publication,    // resolved against the document's publication date
  anchored,       // resolved against another date in the text
  propagated,     // learned from another report of the same happening
  reported,       // no day in the text: told in the past tense, so the day of the report or the day before
};

std::string_view to_string(granularity g);
std::string_view to_string(time_resolution r);
std::optional<granularity> parse_granularity(std::string_view s);
std::optional<time_resolution> parse_time_resolution(std::string_view s);
inline std::string_view format_as(granularity g) { return to_string(g); }
inline std::string_view format_as(time_resolution r) { return to_string(r); }

// The direction a bare weekday or unit points in, from the tense of its clause.
enum class time_direction { none, past, future };

// A relative expression, kept structured until a reference day is known.
struct relative_time {
  // month_day: "Jan. 18" in an undated document; the year is the one that
  // puts the day nearest the reference in the clause's direction.
  enum class unit { none, day, weekday, week, month, year, recent_months, within_days, month_day };
  // part of a week or month: "earlier this week" is [Monday, ref-1].
  enum class part { whole, earlier, later };
  unit what = unit::none;
  int offset = 0;         // days for day; weeks for week; months; years
  int weekday = -1;       // 0 = Sunday .. 6 = Saturday, for unit::weekday
  time_direction direction = time_direction::past;
  part portion = part::whole;
  int month = 0;  // 1..12, for unit::month_day
  int day = 0;    // 1..31, for unit::month_day
  friend bool operator==(const relative_time&, const relative_time&) = default;
};

struct time_value {
  date start{boost::gregorian::not_a_date_time};  // inclusive
  date end{boost::gregorian::not_a_date_time};    // inclusive; equals start for a single day
  granularity grain = granularity::none;
  time_resolution how = time_resolution::unresolved;
  relative_time relative;  // what == none for absolute expressions
  bool open_start = false;  // "until Feb. 20": the start is not stated
  bool open_end = false;    // "since 1997": the end is not stated

  bool dated() const { return !start.is_not_a_date(); }
  // Dated by the text or another report, not only by the day of its report:
  // what merging compares. A report's window is a default, never evidence.
  bool stated() const { return dated() && how != time_resolution::reported; }
  bool resolvable() const { return relative.what != relative_time::unit::none; }
  // TIMEX3-like value: 2022-01-21, 2022-W04, 2022-01, 2014, 199X, or for an
  // unresolved weekday XXXX-WXX-5.
  std::string timex() const;
};

// The year of a month and day named without one: the one that puts the day
// near the reference, looking back for the past and ahead for the future.
int nearest_year(int month, int day, date reference, time_direction dir);

// Resolves a relative expression against a reference day (the publication
// date, or the date of an anchoring event). Returns an undated value when
// the expression has no unit.
time_value resolve(const relative_time& rel, date reference, time_resolution how);

// A single day / an inclusive interval of days.
time_value day_value(date d, time_resolution how);
time_value interval_value(date first, date last, granularity g, time_resolution how);

// ISO 8601 day, or "" for not-a-date.
std::string iso(date d);
// Parses YYYY-MM-DD (also YYYY-MM and YYYY, taken as their first day); nullopt on anything else.
std::optional<date> parse_iso_day(std::string_view s);

}  // namespace eventgraph
