// A token: a span of the text with its coarse shape. Its lowercase form is
// the same span of document::lower(), so no token owns a string.
#pragma once

#include <cstdint>

#include "core/span.h"

namespace eventgraph {

enum class token_kind : std::uint8_t { word, number, punct, symbol };

struct token {
  span where;
  token_kind kind = token_kind::word;
  bool capitalized = false;  // first letter upper-case (ASCII or a Latin letter with diacritic)
  bool all_caps = false;     // two or more letters, none lower-case
  bool paragraph_start = false;
  bool space_before = true;  // false when glued to the previous token ("U.S.-Russia")
};

}  // namespace eventgraph
