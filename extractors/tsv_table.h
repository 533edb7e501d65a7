// A lexicon data file: tab-separated columns under a header line that names
// them ("# columns: name<TAB>iso3 ..." or the first non-comment line).
// Lines starting with '#' and blank lines are skipped. Loading validates the
// shape and throws eventgraph::error as "file:line: reason".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace eventgraph {

class tsv_table {
 public:
  struct row {
    int line = 0;
    std::vector<std::string> cells;
  };

  // Parses content; required lists the columns that must be in the header,
  // in any order. Extra columns are allowed. Empty cells and "-" read as "".
  static tsv_table parse(std::string_view content, std::string file, const std::vector<std::string>& required);

  const std::string& file() const { return file_; }
  const std::vector<row>& rows() const { return rows_; }
  // Cell of column name in r ("" when absent).
  const std::string& get(const row& r, std::string_view column) const;
  // Throws "file:line: message".
  [[noreturn]] void fail(const row& r, std::string_view message) const;

 private:
  std::string file_;
  std::vector<std::string> columns_;
  std::vector<row> rows_;
};

// Splits a cell on '|' into its non-empty alternatives, trimmed.
std::vector<std::string> split_alternatives(std::string_view cell);

}  // namespace eventgraph
