#include <catch2/catch.hpp>

#include "extractors/temporal_tagger.h"
#include "extractors/tokenizer.h"

using namespace eventgraph;

namespace {
std::string first_value(const std::string& text, date ref) {
  std::string lower = text;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto toks = tokenize(text);
  for (const auto& m : tag_times(text, lower, toks, 0, static_cast<std::uint32_t>(toks.size()), ref, 0))
    if (!m.duration) return iso(m.value.start) + "/" + iso(m.value.end);
  return "none";
}
// Each text's first date as "start/end" against the reference day.
void check_all(date ref, const std::vector<std::pair<std::string, std::string>>& rows) {
  for (const auto& [text, expected] : rows) {
    INFO(text);
    CHECK(first_value(text, ref) == expected);
  }
}
}  // namespace

TEST_CASE("temporal_tagger: news date forms", "[extractors]") {
  check_all(date(2023, 8, 19),  // a Saturday
            {
      {"Drills start Feb. 10 in the Yellow Sea.", "2024-02-10/2024-02-10"},
      {"The summit ended on 10 February 2022.", "2022-02-10/2022-02-10"},
      {"Ministers met on Thursday in Abuja.", "2023-08-17/2023-08-17"},
      {"Ministers will meet on Monday in Abuja.", "2023-08-21/2023-08-21"},
      {"The bloc will decide next week.", "2023-08-21/2023-08-27"},
      {"Troops arrived earlier this week.", "2023-08-14/2023-08-18"},
      {"The exercise runs through September 4.", "2023-08-19/2023-09-04"},
      {"Russia annexed Crimea in 2014.", "2014-01-01/2014-12-31"},
            });
}

TEST_CASE("temporal_tagger: a month named alone, short names included", "[extractors]") {
  check_all(date(2025, 2, 10),
            {
      {"In July, Washington sanctioned the rebel alliance.", "2024-07-01/2024-07-31"},
      {"The envoys will meet again in June.", "2025-06-01/2025-06-30"},
      {"Fighting resumed in May.", "2024-05-01/2024-05-31"},
      {"Washington approved the sale in March.", "2024-03-01/2024-03-31"},
      {"The truce was brokered by Qatar in July last year.", "2024-07-01/2024-07-31"},
      {"Elections are due in October next year.", "2026-10-01/2026-10-31"},
            });
}

// Regression: the nearest February to a December article lies ahead, and a
// past clause kept it there.
TEST_CASE("temporal_tagger: a month told in the past late in the year is this year's", "[extractors]") {
  check_all(date(2024, 12, 20),
            {
      {"Rebels seized the port in February.", "2024-02-01/2024-02-29"},
      {"The envoys will meet again in February.", "2025-02-01/2025-02-28"},
            });
  check_all(date(2025, 1, 10),
            {
      {"Rebels seized the port in December.", "2024-12-01/2024-12-31"},
      {"The envoys will meet again in December.", "2025-12-01/2025-12-31"},
            });
}

TEST_CASE("temporal_tagger: durations are not dates", "[extractors]") {
  CHECK(first_value("They held a 90-minute call.", date(2023, 8, 19)) == "none");
}

TEST_CASE("temporal_tagger: full dates in header lines", "[extractors]") {
  CHECK(iso(*find_full_date("By A. Writer, January 21, 2022")) == "2022-01-21");
  CHECK(iso(*find_full_date("23:21 GMT 23.01.2022")) == "2022-01-23");
  CHECK(iso(*find_full_date("20220122")) == "2022-01-22");
}

TEST_CASE("temporal_tagger: ranges of days", "[extractors]") {
  check_all(date(2023, 8, 19),
            {
      {"Naval drills ran Aug. 2-9 off Busan.", "2023-08-02/2023-08-09"},
      {"The talks ran August 10 - 12, 2021, in Doha.", "2021-08-10/2021-08-12"},
      {"Observers stayed from 3 to 7 July.", "2023-07-03/2023-07-07"},
      {"Monitors stayed 3 - 7 July 2022 in Bamako.", "2022-07-03/2022-07-07"},
      {"The mission lasted 20 June 2022 to 2 July 2022.", "2022-06-20/2022-07-02"},
      {"Envoys shuttled between capitals May 28 to June 3.", "2023-05-28/2023-06-03"},
            });
}

TEST_CASE("temporal_tagger: spans back from the reference day", "[extractors]") {
  check_all(date(2023, 8, 19),
            {
      {"The convoy was attacked three days ago.", "2023-08-16/2023-08-16"},
      {"The ceasefire collapsed a week ago.", "2023-08-12/2023-08-12"},
      {"The junta seized power two years ago.", "2021-08-19/2021-08-19"},
      {"Shelling resumed a few days ago.", "2023-08-16/2023-08-16"},
            });
}

TEST_CASE("temporal_tagger: numeric and ordinal dates", "[extractors]") {
  check_all(date(2023, 8, 19),
            {
      {"The decree is dated 05/25/2021.", "2021-05-25/2021-05-25"},
      {"The decree is dated 25/05/2021.", "2021-05-25/2021-05-25"},
      {"Filed 2021/05/25 in Nairobi.", "2021-05-25/2021-05-25"},
      {"Logged 2021-05-25T08:15 by the monitors.", "2021-05-25/2021-05-25"},
      {"The truce of 3rd March, 2021 held.", "2021-03-03/2021-03-03"},
      {"Envoys met on the 12th of July.", "2023-07-12/2023-07-12"},
      {"The accord of 10-August-2021 lapsed.", "2021-08-10/2021-08-10"},
      {"The vote was set for 2021 March 18.", "2021-03-18/2021-03-18"},
            });
}

TEST_CASE("temporal_tagger: weekdays of a named week and days from the reference", "[extractors]") {
  check_all(date(2023, 8, 16),  // a Wednesday
            {
      {"The envoys will meet this Friday.", "2023-08-18/2023-08-18"},
      {"The vote is on Tuesday of next week.", "2023-08-22/2023-08-22"},
      {"Delegates arrived Monday last week.", "2023-08-07/2023-08-07"},
      {"Talks resume in five days.", "2023-08-21/2023-08-21"},
      {"The rebels were seen the day before yesterday.", "2023-08-14/2023-08-14"},
      {"Protests filled the capital this weekend.", "2023-08-19/2023-08-20"},
      {"Shelling was heard last night.", "2023-08-15/2023-08-15"},
      {"Prices rose over the past two weeks.", "2023-08-02/2023-08-16"},
            });
}

TEST_CASE("temporal_tagger: what is not a date stays out", "[extractors]") {
  check_all(date(2023, 8, 16),
            {
      {"A deadline of February 29, 2023 was cited.", "none"},
      {"The form said 2/30/2023.", "none"},
      {"They met for the first time in five years.", "none"},
      {"Services run 24/7 at the border.", "none"},
            });
}

// Regression (found by the text_reader and pipeline fuzzers): a day range
// whose last word ends the text read the token after the end.
TEST_CASE("temporal_tagger: a range that ends the text stays inside it", "[extractors]") {
  check_all(date(2023, 8, 16), {
                                   {"3-twelfth", "none"},
                                   {"Talks ran 3-ninth", "none"},
                                   {"Talks ran 3-ninth May", "2023-05-03/2023-05-09"},
                               });
}

TEST_CASE("temporal_tagger: a range of days in an undated text keeps its end unresolved", "[extractors]") {
  // Regression (found by fuzzing): the end, a month and day with no year, was read as a date.
  const std::string text = "Talks ran 3-12 March in Oslo.";
  const std::string lower = "talks ran 3-12 march in oslo.";
  const auto toks = tokenize(text);
  const auto found = tag_times(text, lower, toks, 0, static_cast<std::uint32_t>(toks.size()),
                               date(boost::gregorian::not_a_date_time), 0);
  REQUIRE(found.size() == 1);
  CHECK_FALSE(found[0].value.dated());
  CHECK(found[0].value.timex() == "XXXX-03-12");
}

TEST_CASE("temporal_tagger: a count of days too large is no offset", "[extractors]") {
  // Regression (found by fuzzing): "20230115 days later" left Boost.Date_Time's calendar.
  check_all(date(2023, 1, 15), {
                                   {"On Friday talks began. 20230115 days later.", "2023-01-13/2023-01-13"},
                                   {"Talks began on Friday and ended two days later.", "2023-01-13/2023-01-13"},
                               });
}

TEST_CASE("temporal_tagger: a journey in the present progressive with a weekday is to come", "[extractors]") {
  check_all(date(2023, 8, 19),  // a Saturday
            {
                {"The envoy is traveling to Doha on Tuesday.", "2023-08-22/2023-08-22"},
                {"The envoy was traveling to Doha on Tuesday.", "2023-08-15/2023-08-15"},
            });
}

TEST_CASE("temporal_tagger: a night or an early hour is two days", "[extractors]") {
  check_all(date(2023, 8, 19),  // a Saturday
            {
                {"Rockets fell late Tuesday.", "2023-08-15/2023-08-16"},
                {"Rockets fell on Tuesday night.", "2023-08-15/2023-08-16"},
                {"Early on Wednesday, rockets fell.", "2023-08-15/2023-08-16"},
                {"Rockets fell on Wednesday.", "2023-08-16/2023-08-16"},
            });
}
