#include "extractors/calendar_words.h"

#include <array>
#include <cstdint>

namespace eventgraph {

namespace {
// Bit k set when some word of a list starts with 'a' + k: most tokens fail
// this test and skip the list.
constexpr std::uint32_t initials(std::string_view letters) {
  std::uint32_t m = 0;
  for (const char c : letters) m |= 1u << (c - 'a');
  return m;
}
bool may_start(std::uint32_t mask, std::string_view s, std::size_t min, std::size_t max) {
  if (s.size() < min || s.size() > max || s[0] < 'a' || s[0] > 'z') return false;
  return (mask >> (s[0] - 'a')) & 1u;
}
}  // namespace

int month_number(std::string_view s) {
  if (!may_start(initials("jfmasond"), s, 3, 9)) return 0;
  static constexpr std::array<std::pair<std::string_view, int>, 23> months{{
      {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
      {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
      {"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10},
      {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12},
  }};
  if (s == "dec") return 12;
  for (const auto& [n, v] : months)
    if (n == s) return v;
  return 0;
}

int weekday_number(std::string_view s) {
  if (!may_start(initials("smtwf"), s, 3, 9)) return -1;
  static constexpr std::array<std::pair<std::string_view, int>, 20> days{{
      {"sunday", 0}, {"sun", 0}, {"monday", 1}, {"mon", 1}, {"tuesday", 2}, {"tue", 2}, {"tues", 2},
      {"wednesday", 3}, {"wed", 3}, {"thursday", 4}, {"thu", 4}, {"thur", 4}, {"thurs", 4},
      {"friday", 5}, {"fri", 5}, {"saturday", 6}, {"sat", 6}, {"sundays", 0}, {"mondays", 1}, {"fridays", 5},
  }};
  for (const auto& [n, v] : days)
    if (n == s) return v;
  return -1;
}

int number_word(std::string_view s) {
  if (!may_start(initials("aotfsenh"), s, 1, 8)) return -1;
  static constexpr std::array<std::pair<std::string_view, int>, 24> words{{
      {"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
      {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11},
      {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"twenty", 20},
      {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"ninety", 90}, {"hundred", 100}, {"several", 3},
  }};
  for (const auto& [n, v] : words)
    if (n == s) return v;
  return -1;
}

}  // namespace eventgraph
