// The text pipeline: components built by name from a factory table and run
// in order over a document. Holds the loaded lexicons. Immutable after
// construction; run() may be called from several threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/component.h"
#include "core/document.h"
#include "extractors/lexicon_files.h"

namespace eventgraph {

class pipeline {
 public:
  // The default component order.
  static std::vector<std::string> default_components();
  // Builds the named components over the lexicons; throws eventgraph::error
  // for an unknown component name or a bad lexicon file.
  pipeline(const lexicon_files& files, const std::vector<std::string>& components = default_components());

  void run(document& doc) const;
  // Runs every document, spread over threads (0: one per core). Documents
  // are independent, so the result is the same whatever the thread count.
  void run_all(std::vector<document>& docs, unsigned threads = 0) const;
  std::vector<std::string> component_names() const;

 private:
  std::vector<std::unique_ptr<component>> components_;
};

}  // namespace eventgraph
