// libFuzzer target: the lexicon loader. The first byte picks which lexicon
// file the rest replaces; the pipeline is then built from it. A bad file must
// be refused with eventgraph::error ("file:line: reason"), nothing else.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.h"
#include "extractors/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const auto defaults = eventgraph::lexicon_files::embedded();
  static const auto names = eventgraph::lexicon_files::names();
  const std::string& name = names[data[0] % names.size()];
  const std::string content(reinterpret_cast<const char*>(data + 1), size - 1);
  try {
    const eventgraph::pipeline p(defaults.with_content(name, content, "fuzz/" + name));
  } catch (const eventgraph::error& e) {
    if (std::string(e.what()).rfind("fuzz/" + name, 0) != 0) __builtin_trap();  // must name the file
  }
  return 0;
}
