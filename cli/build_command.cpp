#include "cli/build_command.h"

#include <filesystem>
#include <iostream>
#include <map>

#include "cli/exit_codes.h"
#include "core/error.h"
#include "exporters/atomic_file.h"
#include "exporters/graphml_writer.h"
#include "exporters/timeline_json_writer.h"
#include "extractors/document_reader.h"
#include "extractors/pipeline.h"
#include "graph/event_merger.h"

namespace eventgraph {

void print_build_help() {
  std::cout << "usage: eventgraph build INPUT... --out DIR [--lexicon DIR]\n\n"
               "Reads articles (files, directories, JSONL with one article per line, or - for stdin),\n"
               "finds actors, dates and events, merges reports of the same happening across documents,\n"
               "and writes DIR/timeline.json and DIR/graph.graphml.\n\n"
               "  --out DIR       output directory (created if missing)\n"
               "  --lexicon DIR   lexicon files that replace the built-in ones of the same name\n\n"
               "example:\n  eventgraph build examples/articles --out out\n";
}

int run_build(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  std::string out_dir, lexicon_dir;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if (a == "--help" || a == "-h") { print_build_help(); return exit_code::ok; }
    if (a == "--out" || a == "--lexicon") {
      if (i + 1 >= args.size()) { std::cerr << "eventgraph build: " << a << " needs a value\n"; return exit_code::usage; }
      (a == "--out" ? out_dir : lexicon_dir) = args[++i];
      continue;
    }
    if (a.size() > 1 && a[0] == '-' && a != "-") { std::cerr << "eventgraph build: unknown option " << a << "\n"; return exit_code::usage; }
    inputs.push_back(a);
  }
  if (inputs.empty() || out_dir.empty()) {
    std::cerr << "eventgraph build: needs at least one INPUT and --out DIR (see eventgraph build --help)\n";
    return exit_code::usage;
  }
  const lexicon_files lexicons = lexicon_dir.empty() ? lexicon_files::embedded() : lexicon_files::with_overrides(lexicon_dir);
  const pipeline pipe(lexicons);
  auto read = read_inputs(inputs);
  for (const auto& e : read.errors) std::cerr << "eventgraph: skipped " << e.to_string() << "\n";
  if (read.documents.empty()) {
    std::cerr << "eventgraph build: no readable input\n";
    return exit_code::failure;
  }
  std::map<std::string, std::string> sentence_text;
  for (auto& d : read.documents) {
    pipe.run(d);
    for (const auto& e : d.events)
      for (const auto& m : e.mentions)
        sentence_text[m.doc_id + "#" + std::to_string(m.sentence)] = std::string(d.text_of(d.sentences[m.sentence].where));
    for (const auto& diag : d.diagnostics) std::cerr << "eventgraph: note: " << d.source() << ": " << diag.message << "\n";
  }
  const std::size_t n_docs = read.documents.size();
  const knowledge_base kb = merge_documents(std::move(read.documents));
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) throw error(out_dir + ": cannot create output directory (" + ec.message() + ")");
  const std::string timeline_path = (std::filesystem::path(out_dir) / "timeline.json").string();
  const std::string graphml_path = (std::filesystem::path(out_dir) / "graph.graphml").string();
  write_file_atomically(timeline_path, timeline_json(kb, sentence_text));
  write_file_atomically(graphml_path, graphml(kb));

  std::map<std::string, int> by_type;
  for (const auto& e : kb.events) ++by_type[std::string(to_string(e.type))];
  std::cout << "documents: " << n_docs << (read.errors.empty() ? "" : " (" + std::to_string(read.errors.size()) + " inputs skipped)")
            << "\nactors: " << kb.actors.size() << "\nevents: " << kb.events.size() << "\n";
  for (const auto& [t, n] : by_type) std::cout << "  " << t << ": " << n << "\n";
  std::cout << "wrote:\n  " << timeline_path << "\n  " << graphml_path << "\n";
  return read.errors.empty() ? exit_code::ok : exit_code::partial;
}

}  // namespace eventgraph
