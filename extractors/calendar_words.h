// English month and weekday names with their abbreviations: facts of the
// calendar that both the temporal tagger and the actor recognizer (which must
// never take "Friday" for a person) need.
#pragma once

#include <string_view>

namespace eventgraph {

// 1..12 for a month name or abbreviation in lower case ("feb", "february",
// "sept"), 0 otherwise.
int month_number(std::string_view lower);
// 0 = Sunday .. 6 = Saturday for a weekday name or abbreviation in lower
// case, -1 otherwise.
int weekday_number(std::string_view lower);
// A word in lower case that counts a quantity: "one".."twenty", "a", "an",
// "several" -> value, or -1.
int number_word(std::string_view lower);

}  // namespace eventgraph
