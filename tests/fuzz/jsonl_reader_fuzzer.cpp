// libFuzzer target: the JSONL article reader (one JSON object per line).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractors/document_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto r = eventgraph::read_jsonl("fuzz.jsonl", bytes);
  for (const auto& e : r.errors)
    if (e.line < 1 || e.message.empty()) __builtin_trap();
  return 0;
}
