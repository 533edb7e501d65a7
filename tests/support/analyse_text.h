// Runs the default pipeline with the built-in lexicons over a text written
// for a test, as of a publication date.
#pragma once

#include <string>

#include "core/document.h"
#include "extractors/lexicon_files.h"
#include "extractors/pipeline.h"

namespace eventgraph::test {

inline document analyse_text(const std::string& text, date published) {
  static const pipeline p(lexicon_files::embedded());
  document d("t", "t", text);
  d.published = published;
  p.run(d);
  return d;
}

}  // namespace eventgraph::test
