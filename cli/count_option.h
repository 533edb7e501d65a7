// Numeric command-line values (--threads, --max-doc-bytes), refused with a
// message naming the option when they are not a whole number in range.
#pragma once

#include <cstddef>
#include <string_view>

namespace eventgraph {

// A whole number from min up; throws eventgraph::error otherwise.
std::size_t parse_count(std::string_view option, std::string_view value, std::size_t min = 1);

}  // namespace eventgraph
