#include "cli/count_option.h"

#include <charconv>
#include <string>

#include "core/error.h"

namespace eventgraph {

std::size_t parse_count(std::string_view option, std::string_view value, std::size_t min) {
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (value.empty() || ec != std::errc{} || end != value.data() + value.size() || n < min)
    throw error(std::string(option) + " needs a whole number of at least " + std::to_string(min) + ", found '" +
                std::string(value) + "'");
  return n;
}

}  // namespace eventgraph
