// libFuzzer target: the lexicon loader. The first byte picks which lexicon
// file the rest replaces; the component that reads it is then built. A bad file must
// be refused with eventgraph::error naming a lexicon file (the fuzzed one,
// or one that refers to what the fuzzed one lacks), nothing else. The other
// files are cut to their first rows,
// so that one run costs little next to the load of the full lexicon.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.h"
#include "extractors/pipeline.h"

namespace {
std::string first_rows(std::string_view content, int rows) {
  std::string out;
  int data = 0;
  std::size_t pos = 0;
  while (pos < content.size() && data < rows) {
    auto nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    const auto line = content.substr(pos, nl - pos);
    out.append(line).push_back('\n');
    if (!line.empty() && line[0] != '#') ++data;
    pos = nl + 1;
  }
  return out;
}

// The first rows of every file, plus the states those rows refer to, so
// that the defaults still load and every loader is reached.
eventgraph::lexicon_files small_defaults() {
  auto files = eventgraph::lexicon_files::embedded();
  std::string others;
  for (const auto& name : eventgraph::lexicon_files::names()) {
    if (name == "states.tsv") continue;
    const std::string cut = first_rows(files.content(name), 6);
    others += cut;
    files = files.with_content(name, cut, files.origin(name));
  }
  std::string states;
  const std::string_view all = files.content("states.tsv");
  for (std::size_t pos = 0; pos < all.size();) {
    auto nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    const auto line = all.substr(pos, nl - pos);
    if (line.empty() || line[0] == '#' || others.find(line.substr(0, 3)) != std::string::npos)
      states.append(line).push_back('\n');
    pos = nl + 1;
  }
  files = files.with_content("states.tsv", states, files.origin("states.tsv"));
  const eventgraph::pipeline check(files);  // throws, and so stops the fuzzer, if the cut broke the defaults
  return files;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const auto defaults = small_defaults();
  static const auto names = eventgraph::lexicon_files::names();
  const std::string& name = names[data[0] % names.size()];
  const std::string content(reinterpret_cast<const char*>(data + 1), size - 1);
  // Only the component that reads the file is built.
  const char* component = (name == "abbreviations.tsv" || name == "sentence_openers.tsv") ? "sentence_splitter"
                          : (name == "triggers.tsv" || name == "modality_cues.tsv")      ? "event_recognizer"
                                                                                         : "actor_recognizer";
  try {
    const eventgraph::pipeline p(defaults.with_content(name, content, "fuzz/" + name), {component});
  } catch (const eventgraph::error& e) {
    if (std::string_view(e.what()).find(".tsv") == std::string_view::npos) __builtin_trap();
  }
  return 0;
}
