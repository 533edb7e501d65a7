#include "cli/build_command.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "cli/count_option.h"
#include "cli/exit_codes.h"
#include "core/error.h"
#include "core/parallel_for.h"
#include "cli/format_options.h"
#include "extractors/input_stream.h"
#include "extractors/pipeline.h"
#include "graph/event_merger.h"

namespace eventgraph {

void print_build_help() {
  std::cout << "usage: eventgraph build INPUT... --out DIR [--format LIST] [--gexf-version 1.3|1.2] [--lexicon DIR]\n"
               "                        [--threads N] [--max-doc-bytes N] [--keep-fragments]\n\n"
               "Reads articles (files, directories, JSONL with one article per line, or - for stdin),\n"
               "finds actors, dates and events, merges reports of the same happening across documents,\n"
               "and writes the chosen formats into DIR.\n\n"
               "  --out DIR            output directory (created if missing)\n"
               "  --format LIST        comma-separated, from: " << export_format_names() << "\n"
               "                       (default: timeline,graphml,gexf; queries and export read timeline.json)\n"
               "  --gexf-version V     1.3 (default) or 1.2 (1.2draft, which networkx reads)\n"
               "  --lexicon DIR        lexicon files that replace the built-in ones of the same name\n"
               "  --threads N          documents extracted, and event types merged, in parallel (default:\n"
               "                       one thread per core);\n"
               "                       the output is the same whatever N\n"
               "  --max-doc-bytes N    refuse larger documents (default 16777216)\n"
               "  --keep-fragments     keep meetings, calls, attacks, sanctions and aid of which only\n"
               "                       one side was found, and visits with no visitor, even after\n"
               "                       merging (withheld by default)\n\n"
               "example:\n  eventgraph build examples/articles --out out --format timeline,graphml,gexf,vis\n";
}

int run_build(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  std::string out_dir, lexicon_dir;
  std::vector<export_format> formats{export_format::timeline, export_format::graphml, export_format::gexf};
  export_options options;
  input_options input;
  unsigned threads = 0;
  bool keep_fragments = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if (a == "--help" || a == "-h") { print_build_help(); return exit_code::ok; }
    if (a == "--keep-fragments") { keep_fragments = true; continue; }
    if (a == "--out" || a == "--lexicon" || a == "--format" || a == "--gexf-version" || a == "--threads" ||
        a == "--max-doc-bytes") {
      if (i + 1 >= args.size()) { std::cerr << "eventgraph build: " << a << " needs a value\n"; return exit_code::usage; }
      const std::string& v = args[++i];
      try {
        if (a == "--out") out_dir = v;
        else if (a == "--lexicon") lexicon_dir = v;
        else if (a == "--format") formats = parse_format_list(v);
        else if (a == "--threads") threads = static_cast<unsigned>(std::min<std::size_t>(parse_count(a, v), 1024));
        else if (a == "--max-doc-bytes") input.max_document_bytes = parse_count(a, v);
        else options.gexf = parse_gexf_version(v);
      } catch (const error& e) {
        std::cerr << "eventgraph build: " << e.what() << "\n";
        return exit_code::usage;
      }
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
  // Read and extract a batch at a time, so that progress shows and the
  // text of a batch is processed while it is still in cache.
  input_stream in(inputs, input);
  std::size_t skipped = 0;
  const bool show_progress = ::isatty(STDERR_FILENO) == 1;
  const std::size_t batch_size = 64 * static_cast<std::size_t>(threads == 0 ? default_thread_count() : threads);
  std::vector<document> docs;
  for (;;) {
    read_result batch;
    if (!in.next_batch(batch_size, batch)) break;
    for (const auto& e : batch.errors) std::cerr << "eventgraph: skipped " << e.to_string() << "\n";
    pipe.run_all(batch.documents, threads);
    for (auto& d : batch.documents) {
      for (const auto& diag : d.diagnostics) std::cerr << "eventgraph: note: " << d.source() << ": " << diag.message << "\n";
      docs.push_back(std::move(d));
    }
    skipped += batch.errors.size();
    if (show_progress) std::cerr << "\rextracting: " << docs.size() << " documents" << std::flush;
  }
  if (docs.empty()) {
    std::cerr << "eventgraph build: no readable input\n";
    return exit_code::failure;
  }
  if (show_progress) std::cerr << "\rmerging across documents...            \r" << std::flush;
  const std::size_t n_docs = docs.size();
  const knowledge_base kb = merge_documents(std::move(docs), {.keep_fragments = keep_fragments, .threads = threads});
  const auto written = write_formats(kb, formats, out_dir, options);

  std::map<std::string, int> by_type;
  for (const auto& e : kb.events) ++by_type[std::string(to_string(e.type))];
  std::cout << "documents: " << n_docs << (skipped == 0 ? "" : " (" + std::to_string(skipped) + " inputs skipped)")
            << "\nactors: " << kb.actors.size() << "\nevents: " << kb.events.size() << "\n";
  for (const auto& [t, n] : by_type) std::cout << "  " << t << ": " << n << "\n";
  if (kb.fragments_withheld > 0)
    std::cout << "withheld: " << kb.fragments_withheld << " events with one side only or no visitor (--keep-fragments keeps them)\n";
  std::cout << "wrote:\n";
  for (const auto& p : written) std::cout << "  " << p << "\n";
  return skipped == 0 ? exit_code::ok : exit_code::partial;
}

}  // namespace eventgraph
