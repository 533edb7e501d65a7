// libFuzzer target: the whole extraction path on arbitrary bytes: reader,
// every pipeline component, merging and the timeline JSON writer.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "exporters/timeline_json_writer.h"
#include "extractors/document_reader.h"
#include "extractors/pipeline.h"
#include "graph/event_merger.h"

namespace {
const eventgraph::pipeline& shared_pipeline() {
  // Built once: loading the lexicons per input would hide the pipeline's cost.
  static const eventgraph::pipeline p(eventgraph::lexicon_files::embedded());
  return p;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!eventgraph::refuse_reason(bytes).empty()) return 0;
  std::vector<eventgraph::document> docs;
  docs.push_back(eventgraph::read_plain_text("fuzz", "fuzz.txt", bytes));
  shared_pipeline().run(docs.front());
  const auto& d = docs.front();
  for (const auto& t : d.tokens)
    if (t.where.end > d.text().size() || t.where.begin > t.where.end) __builtin_trap();
  const auto kb = eventgraph::merge_documents(std::move(docs));
  (void)eventgraph::timeline_json(kb);
  return 0;
}
