// Escapes text for XML attribute and element content: the five specials,
// control characters XML 1.0 forbids dropped, invalid UTF-8 replaced.
#pragma once

#include <string>
#include <string_view>

namespace eventgraph {

std::string xml_escape(std::string_view s);

}  // namespace eventgraph
