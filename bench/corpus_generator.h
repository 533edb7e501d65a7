// Synthetic news articles for scale runs: varied actors drawn from the
// lexicon, dates, places and event types, in sentences of our own. The same
// seed gives the same corpus on any machine (no std distributions, whose
// output is implementation-defined).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extractors/lexicon_files.h"

namespace eventgraph {

struct generated_article {
  std::string id;
  std::string title;
  std::string published;  // YYYY-MM-DD
  std::string text;       // plain-text article: headline, byline with date, body
};

class corpus_generator {
 public:
  corpus_generator(const lexicon_files& lexicons, std::uint64_t seed);

  generated_article next();
  // The article as one JSONL line (no newline) with id, title, published, text.
  static std::string jsonl_line(const generated_article& a);

 private:
  std::uint64_t random();
  std::size_t pick(std::size_t n) { return static_cast<std::size_t>(random() % n); }
  std::string fill(std::string_view pattern);

  struct person {
    std::string name, title, country;
  };
  std::vector<std::string> states_;      // names
  std::vector<std::string> adjectives_;  // "French", by state index
  std::vector<std::string> capitals_;
  std::vector<person> persons_;
  std::vector<std::string> places_;
  std::uint64_t state_;
  std::uint64_t count_ = 0;
  int base_day_ = 0;  // days since 2019-01-01 of the article being written
};

}  // namespace eventgraph
