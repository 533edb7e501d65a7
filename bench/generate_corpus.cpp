// eventgraph-corpus: writes N synthetic articles for scale runs, as text
// files (in folders of 1,000) or as one JSONL file.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/corpus_generator.h"
#include "core/error.h"

namespace {
int usage() {
  std::cerr << "usage: eventgraph-corpus N OUT [--jsonl] [--seed S]\n"
               "  writes N articles into directory OUT (OUT/0000/gen1.txt, ...), or with --jsonl\n"
               "  one article per line into file OUT (- for stdout)\n";
  return 2;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return usage();
  const std::size_t n = std::strtoull(argv[1], nullptr, 10);
  const std::string out = argv[2];
  bool jsonl = false;
  std::uint64_t seed = 1;
  for (int i = 3; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--jsonl") jsonl = true;
    else if (a == "--seed" && i + 1 < argc) seed = std::strtoull(argv[++i], nullptr, 10);
    else return usage();
  }
  try {
    eventgraph::corpus_generator gen(eventgraph::lexicon_files::embedded(), seed);
    if (jsonl) {
      std::ofstream file;
      if (out != "-") file.open(out, std::ios::binary);
      std::ostream& os = out == "-" ? std::cout : file;
      for (std::size_t i = 0; i < n; ++i) os << eventgraph::corpus_generator::jsonl_line(gen.next()) << '\n';
      return os ? 0 : 1;
    }
    namespace fs = std::filesystem;
    for (std::size_t i = 0; i < n; ++i) {
      const auto a = gen.next();
      char folder[16];
      std::snprintf(folder, sizeof folder, "%04zu", i / 1000);
      const fs::path dir = fs::path(out) / folder;
      if (i % 1000 == 0) fs::create_directories(dir);
      std::ofstream(dir / (a.id + ".txt"), std::ios::binary) << a.text;
    }
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "eventgraph-corpus: " << e.what() << "\n";
    return 1;
  }
}
