// Finds time expressions and normalises them to days or intervals, in the
// spirit of HeidelTime: absolute dates in news forms ("Feb. 10", "10 February
// 2022", "Friday, August 8"), weekdays by the tense of their clause (past ->
// the latest such day on or before the reference, future -> the next one),
// relative expressions ("next week", "earlier this week", "yesterday"),
// expressions anchored to the previous date in the text ("a day earlier"),
// years and decades, intervals ("through February 4") and durations
// ("90-minute", an attribute and never a date). The reference is the
// publication date; without one, relative expressions stay unresolved but
// structured. Reads tokens and sentences; writes time_mentions.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/component.h"
#include "core/document.h"

namespace eventgraph {

// Time expressions in tokens [begin, end) of text, resolved against
// reference (which may be not_a_date_time). sentence is recorded on each.
std::vector<time_mention> tag_times(std::string_view text, std::string_view lower, const std::vector<token>& tokens,
                                    std::uint32_t begin, std::uint32_t end, date reference, std::uint32_t sentence);

// The first full calendar date (with a year) in a short piece of text such
// as a byline or a date line: "January 21, 2022", "20220122", "2022-01-22",
// "22 January 2022", "23.01.2022".
std::optional<date> find_full_date(std::string_view text);

class temporal_tagger final : public component {
 public:
  std::string_view name() const override { return "temporal_tagger"; }
  void operator()(document& doc) const override;
};

}  // namespace eventgraph
