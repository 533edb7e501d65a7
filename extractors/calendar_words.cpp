#include "extractors/calendar_words.h"

#include "core/document.h"

#include <initializer_list>
#include <utility>

#include "extractors/form_map.h"

namespace eventgraph {

namespace {
// Asked about nearly every token, so one hash lookup in one table built once
// and never changed.
const form_map<calendar_word>& table() {
  static const form_map<calendar_word> words = [] {
    form_map<calendar_word> m;
    using list = std::initializer_list<std::pair<std::string_view, int>>;
    const auto each = [&](list words, auto set) {
      for (const auto& [w, v] : words) set(m[w], v);
    };
    each({{"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
          {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
          {"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10},
          {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}},
         [](calendar_word& c, int v) { c.month = static_cast<std::int8_t>(v); });
    each({{"sunday", 0}, {"sun", 0}, {"monday", 1}, {"mon", 1}, {"tuesday", 2}, {"tue", 2}, {"tues", 2},
          {"wednesday", 3}, {"wed", 3}, {"thursday", 4}, {"thu", 4}, {"thur", 4}, {"thurs", 4},
          {"friday", 5}, {"fri", 5}, {"saturday", 6}, {"sat", 6}, {"sundays", 0}, {"mondays", 1}, {"fridays", 5}},
         [](calendar_word& c, int v) { c.weekday = static_cast<std::int8_t>(v); });
    each({{"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
          {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11},
          {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"twenty", 20},
          {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"ninety", 90}, {"hundred", 100}, {"several", 3}},
         [](calendar_word& c, int v) { c.number = static_cast<std::int16_t>(v); });
    // "twenty-first" is two words to the tokenizer: "twenty" and "first".
    each({{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
          {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"eleventh", 11}, {"twelfth", 12},
          {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15}, {"sixteenth", 16}, {"seventeenth", 17},
          {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20}, {"thirtieth", 30}},
         [](calendar_word& c, int v) { c.ordinal = static_cast<std::int8_t>(v); });
    return m;
  }();
  return words;
}

// The entry of token i's form, if it is a calendar word.
const calendar_word* entry_of(const form_map<calendar_word>& words, const document& doc, std::uint32_t i) {
  const auto form = doc.form_of(i);
  if (form.empty() || form.size() > 11) return nullptr;
  return words.find(form, doc.form_hash_of(i));
}
}  // namespace

calendar_word calendar_word_of(std::string_view lower) {
  if (lower.empty() || lower.size() > 11) return {};
  const calendar_word* w = table().find(lower);
  return w ? *w : calendar_word{};
}

calendar_word calendar_word_of(const document& doc, std::uint32_t i) {
  const calendar_word* w = entry_of(table(), doc, i);
  return w ? *w : calendar_word{};
}

std::vector<calendar_word> calendar_words_of(const document& doc) {
  const auto& words = table();
  std::vector<calendar_word> out(doc.tokens.size());
  for (std::uint32_t i = 0; i < out.size(); ++i)
    if (const calendar_word* w = entry_of(words, doc, i)) out[i] = *w;
  return out;
}

int month_number(std::string_view lower) { return calendar_word_of(lower).month; }
int weekday_number(std::string_view lower) { return calendar_word_of(lower).weekday; }
int number_word(std::string_view lower) { return calendar_word_of(lower).number; }
int ordinal_word(std::string_view lower) { return calendar_word_of(lower).ordinal; }

}  // namespace eventgraph
