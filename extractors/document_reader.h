// Turns input files into documents. Plain text: header lines (title, byline
// with a date, a date line such as 20220122, a URL) become metadata, and
// hard-wrapped lines are rejoined into paragraphs. JSONL: one article per
// line with id, url, title, published and text. Bad input (binary, invalid
// UTF-8, empty, a malformed JSONL line) becomes an input_error naming the
// file and line; the rest is still read. Stateless.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace eventgraph {

struct input_error {
  std::string source;
  int line = 0;  // 0 when the whole file is refused
  std::string message;
  std::string to_string() const;
};

struct read_result {
  std::vector<document> documents;
  std::vector<input_error> errors;
};

// A plain-text article. id names the document; source is its path.
document read_plain_text(std::string id, std::string source, std::string_view bytes);

// Articles of a JSONL stream, one per line.
read_result read_jsonl(const std::string& source, std::string_view bytes);

// The article on line line_no of a JSONL source; nothing for a blank line,
// nothing and an error in errors for a bad one.
std::optional<document> read_jsonl_line(const std::string& source, int line_no, std::string_view line,
                                        std::vector<input_error>& errors);

// Why bytes cannot be an article ("" when they can): empty, binary, invalid UTF-8.
std::string refuse_reason(std::string_view bytes);

// The publication date found in a URL (/2022/01/21/ or /20220121/).
std::optional<date> date_from_url(std::string_view url);

}  // namespace eventgraph
