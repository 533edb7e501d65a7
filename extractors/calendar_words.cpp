#include "extractors/calendar_words.h"

#include <initializer_list>
#include <utility>

#include "extractors/form_map.h"

namespace eventgraph {

namespace {
// Each list is asked about nearly every token, so it is a hash lookup
// rather than a scan; the tables are built once and never change.
form_map<int> table(std::initializer_list<std::pair<std::string_view, int>> words) {
  form_map<int> m;
  for (const auto& [w, v] : words) m[w] = v;
  return m;
}

int lookup(const form_map<int>& m, std::string_view s, int missing) {
  if (s.empty() || s.size() > 9) return missing;
  const int* v = m.find(s);
  return v ? *v : missing;
}
}  // namespace

int month_number(std::string_view s) {
  static const form_map<int> months = table({
      {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
      {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
      {"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10},
      {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
  });
  return lookup(months, s, 0);
}

int weekday_number(std::string_view s) {
  static const form_map<int> days = table({
      {"sunday", 0}, {"sun", 0}, {"monday", 1}, {"mon", 1}, {"tuesday", 2}, {"tue", 2}, {"tues", 2},
      {"wednesday", 3}, {"wed", 3}, {"thursday", 4}, {"thu", 4}, {"thur", 4}, {"thurs", 4},
      {"friday", 5}, {"fri", 5}, {"saturday", 6}, {"sat", 6}, {"sundays", 0}, {"mondays", 1}, {"fridays", 5},
  });
  return lookup(days, s, -1);
}

int number_word(std::string_view s) {
  static const form_map<int> words = table({
      {"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
      {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11},
      {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"twenty", 20},
      {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"ninety", 90}, {"hundred", 100}, {"several", 3},
  });
  return lookup(words, s, -1);
}

}  // namespace eventgraph
