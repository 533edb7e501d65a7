#include "extractors/tsv_table.h"

#include <algorithm>

#include "core/error.h"
#include "extractors/utf8.h"

namespace eventgraph {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (true) {
    const auto tab = line.find('\t', pos);
    std::string_view cell = trim(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
    out.emplace_back(cell == "-" ? std::string_view{} : cell);
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out;
}

const std::string empty_cell;

}  // namespace

tsv_table tsv_table::parse(std::string_view content, std::string file, const std::vector<std::string>& required) {
  tsv_table t;
  t.file_ = std::move(file);
  if (const auto bad = utf8::first_invalid(content); bad != std::string_view::npos)
    throw error(t.file_ + ": invalid UTF-8 at byte " + std::to_string(bad));
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= content.size()) {
    const auto nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty()) continue;
    if (line.front() == '#') {
      constexpr std::string_view tag = "# columns:";
      if (t.columns_.empty() && line.substr(0, tag.size()) == tag) {
        line.remove_prefix(tag.size());
        while (!line.empty() && (line.front() == '\t' || line.front() == ' ')) line.remove_prefix(1);
        t.columns_ = split_tabs(line);
      }
      continue;
    }
    if (t.columns_.empty()) {
      t.columns_ = split_tabs(line);
      continue;
    }
    row r{line_no, split_tabs(line)};
    if (r.cells.size() > t.columns_.size())
      throw error(t.file_ + ":" + std::to_string(line_no) + ": " + std::to_string(r.cells.size()) +
                  " columns, the header names " + std::to_string(t.columns_.size()) + " (a stray tab?)");
    r.cells.resize(t.columns_.size());
    t.rows_.push_back(std::move(r));
  }
  if (t.columns_.empty()) throw error(t.file_ + ":1: no header line naming the columns");
  for (const auto& c : required)
    if (std::find(t.columns_.begin(), t.columns_.end(), c) == t.columns_.end())
      throw error(t.file_ + ":1: missing column '" + c + "' in the header");
  return t;
}

const std::string& tsv_table::get(const row& r, std::string_view column) const {
  for (std::size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i] == column) return r.cells[i];
  return empty_cell;
}

void tsv_table::fail(const row& r, std::string_view message) const {
  throw error(file_ + ":" + std::to_string(r.line) + ": " + std::string(message));
}

std::vector<std::string> split_alternatives(std::string_view cell) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos <= cell.size()) {
    const auto bar = cell.find('|', pos);
    auto part = trim(cell.substr(pos, bar == std::string_view::npos ? std::string_view::npos : bar - pos));
    if (!part.empty()) out.emplace_back(part);
    if (bar == std::string_view::npos) break;
    pos = bar + 1;
  }
  return out;
}

}  // namespace eventgraph
