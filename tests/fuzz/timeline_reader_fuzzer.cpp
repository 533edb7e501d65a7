// libFuzzer target: the timeline.json loader that export and the queries use.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.h"
#include "exporters/timeline_json_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    (void)eventgraph::parse_timeline_json(text, "fuzz.json", true);
  } catch (const eventgraph::error&) {
  }
  return 0;
}
