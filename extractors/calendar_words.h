// English month and weekday names with their abbreviations, number and
// ordinal words: facts of the calendar that both the temporal tagger and the
// actor recognizer (which must never take "Friday" for a person) need.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace eventgraph {

class document;

// What a word in lower case is to the calendar, found with one lookup (the
// temporal tagger asks it of every token).
struct calendar_word {
  std::int8_t month = 0;     // 1..12 for "feb", "february", "sept"; 0 otherwise
  std::int8_t weekday = -1;  // 0 = Sunday .. 6 = Saturday for a name or abbreviation
  std::int16_t number = -1;  // "a", "an", "one".."twenty", "several" ... -> value
  std::int8_t ordinal = -1;  // "first".."thirtieth" -> 1..30
};
calendar_word calendar_word_of(std::string_view lower);
// The same for token i of doc, with the hash the document keeps of its form
// (calendar words have no apostrophe or dash, so form and lower case agree).
calendar_word calendar_word_of(const document& doc, std::uint32_t i);
// calendar_word_of every token of doc, in one pass (the temporal tagger's).
std::vector<calendar_word> calendar_words_of(const document& doc);

// The fields of calendar_word_of, one at a time.
int month_number(std::string_view lower);
int weekday_number(std::string_view lower);
int number_word(std::string_view lower);
int ordinal_word(std::string_view lower);

}  // namespace eventgraph
