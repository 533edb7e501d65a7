// libFuzzer target: the plain-text article reader (header lines, byline and
// date lines, dateline, hard-wrap rejoining) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractors/document_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!eventgraph::refuse_reason(bytes).empty()) return 0;
  const auto doc = eventgraph::read_plain_text("fuzz", "fuzz.txt", bytes);
  // Rejoining lines and cutting header lines must keep valid UTF-8 valid.
  if (!doc.text().empty() && !eventgraph::refuse_reason(doc.text()).empty()) __builtin_trap();
  return 0;
}
