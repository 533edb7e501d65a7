#include <catch2/catch.hpp>

#include "core/time_value.h"

using namespace eventgraph;
using boost::gregorian::date;

TEST_CASE("time_value: a past weekday is the latest such day on or before the reference", "[core]") {
  relative_time friday{relative_time::unit::weekday, 0, 5, time_direction::past};
  // Saturday 2022-01-22 -> Friday 2022-01-21; Friday itself -> the same day.
  CHECK(iso(resolve(friday, date(2022, 1, 22), time_resolution::publication).start) == "2022-01-21");
  CHECK(iso(resolve(friday, date(2022, 1, 21), time_resolution::publication).start) == "2022-01-21");
}

TEST_CASE("time_value: a future weekday is the next such day on or after the reference", "[core]") {
  relative_time monday{relative_time::unit::weekday, 0, 1, time_direction::future};
  CHECK(iso(resolve(monday, date(2022, 1, 21), time_resolution::publication).start) == "2022-01-24");
}

TEST_CASE("time_value: next week runs Monday to Sunday", "[core]") {
  relative_time next_week{relative_time::unit::week, 1, -1, time_direction::future};
  const auto v = resolve(next_week, date(2022, 1, 21), time_resolution::publication);
  CHECK(iso(v.start) == "2022-01-24");
  CHECK(iso(v.end) == "2022-01-30");
}

TEST_CASE("time_value: earlier this week ends the day before the reference", "[core]") {
  relative_time r{relative_time::unit::week, 0, -1, time_direction::past, relative_time::part::earlier};
  const auto v = resolve(r, date(2022, 1, 22), time_resolution::publication);
  CHECK(iso(v.start) == "2022-01-17");
  CHECK(iso(v.end) == "2022-01-21");
}

TEST_CASE("time_value: ISO days parse and bad ones are refused", "[core]") {
  CHECK(parse_iso_day("2024-02-29").has_value());
  CHECK_FALSE(parse_iso_day("2023-02-29").has_value());
  CHECK_FALSE(parse_iso_day("20x4-01-01").has_value());
}

TEST_CASE("time_value: a month and day without a year take the year nearest the reference", "[core]") {
  relative_time jan18{relative_time::unit::month_day, 0, -1, time_direction::past};
  jan18.month = 1;
  jan18.day = 18;
  CHECK(iso(resolve(jan18, date(2022, 1, 21), time_resolution::propagated).start) == "2022-01-18");
  // Written in early January about a day in late December: last year.
  relative_time dec30{relative_time::unit::month_day, 0, -1, time_direction::past};
  dec30.month = 12;
  dec30.day = 30;
  CHECK(iso(resolve(dec30, date(2022, 1, 5), time_resolution::propagated).start) == "2021-12-30");
  // Planned for February, written in December: next year.
  relative_time feb10{relative_time::unit::month_day, 0, -1, time_direction::future};
  feb10.month = 2;
  feb10.day = 10;
  CHECK(iso(resolve(feb10, date(2021, 12, 20), time_resolution::propagated).start) == "2022-02-10");
  CHECK(resolve(jan18, date(2022, 1, 21), time_resolution::propagated).timex() == "2022-01-18");
}

TEST_CASE("time_value: an unresolved month and day keep their structure in the timex", "[core]") {
  time_value v;
  v.relative.what = relative_time::unit::month_day;
  v.relative.month = 1;
  v.relative.day = 18;
  CHECK(v.timex() == "XXXX-01-18");
}

// Regression: "last week" told on 2020-01-08 (Monday 2019-12-30 to Sunday
// 2020-01-05) was written 2019-W01, a week of the year before.
TEST_CASE("time_value: a week that starts in December and holds January 1 is week 1 of the next year", "[core]") {
  relative_time last_week{relative_time::unit::week, -1, -1, time_direction::past};
  const auto v = resolve(last_week, date(2020, 1, 8), time_resolution::publication);
  CHECK(iso(v.start) == "2019-12-30");
  CHECK(v.timex() == "2020-W01");
  // And the last week of a year may start in it and end in January.
  const auto w = resolve(last_week, date(2021, 1, 6), time_resolution::publication);
  CHECK(iso(w.start) == "2020-12-28");
  CHECK(w.timex() == "2020-W53");
}
