// Query results as people and scripts read them: an aligned text table, or
// CSV (RFC 4180). Columns are aligned by code points, not bytes, so that
// "Niinistö" lines up.
#pragma once

#include <string>
#include <vector>

namespace eventgraph {

struct table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

std::string aligned_text(const table& t);
std::string csv_text(const table& t);

}  // namespace eventgraph
