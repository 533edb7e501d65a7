#include "cli/extract_command.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/count_option.h"
#include "cli/exit_codes.h"
#include "core/error.h"
#include "core/ordered_pipeline.h"
#include "core/parallel_for.h"
#include "exporters/atomic_file.h"
#include "exporters/timeline_json_writer.h"
#include "extractors/input_stream.h"
#include "extractors/pipeline.h"
#include "graph/event_merger.h"

namespace eventgraph {

void print_extract_help() {
  std::cout << "usage: eventgraph extract INPUT... [--out FILE] [--threads N] [--max-doc-bytes N] [--lexicon DIR]\n"
               "                         [--mentions] [--keep-fragments]\n\n"
               "Finds the events of each document and writes them as JSON lines, one event per line,\n"
               "in input order, in the same shape as the events of timeline.json. Reports are not\n"
               "merged across documents (use build for that). INPUT is a file, a directory or - for\n"
               "stdin; JSONL input (one article per line with id, url, title, published, text) is\n"
               "read line by line, so extract runs as a pipe in constant memory.\n\n"
               "  --out FILE           write here (atomically, at the end) instead of stdout\n"
               "  --threads N          documents extracted in parallel (default: one thread per core);\n"
               "                       the output is the same whatever N\n"
               "  --max-doc-bytes N    refuse larger documents (default 16777216)\n"
               "  --lexicon DIR        lexicon files that replace the built-in ones of the same name\n"
               "  --mentions           one line per report, before the reports of one happening in a\n"
               "                       document are merged: shows what each trigger found\n"
               "  --keep-fragments     also write meetings, calls, attacks, sanctions and aid of which\n"
               "                       only one side was found, and visits with no visitor\n"
               "                       (withheld by default)\n\n"
               "example:\n  eventgraph extract - < feed.jsonl > events.jsonl\n";
}

namespace {
// The events of one processed document as JSON lines.
std::string event_lines(document doc, bool merge, bool keep_fragments) {
  std::vector<document> one;
  one.push_back(std::move(doc));
  const knowledge_base kb = merge_documents(std::move(one), {.build_graph = false, .merge_events = merge, .keep_fragments = keep_fragments, .threads = 1});
  std::string out;
  for (const auto& e : kb.events) {
    append_event_json(out, kb, e);
    out += '\n';
  }
  return out;
}
}  // namespace

int run_extract(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  std::string out_path, lexicon_dir;
  input_options input;
  input.unique_ids = false;  // constant memory; ids come from the feed or the file names
  unsigned threads = 0;
  bool mentions_only = false;
  bool keep_fragments = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if (a == "--help" || a == "-h") { print_extract_help(); return exit_code::ok; }
    if (a == "--mentions") { mentions_only = true; continue; }
    if (a == "--keep-fragments") { keep_fragments = true; continue; }
    if (a == "--out" || a == "--lexicon" || a == "--threads" || a == "--max-doc-bytes") {
      if (i + 1 >= args.size()) { std::cerr << "eventgraph extract: " << a << " needs a value\n"; return exit_code::usage; }
      const std::string& v = args[++i];
      try {
        if (a == "--out") out_path = v;
        else if (a == "--lexicon") lexicon_dir = v;
        else if (a == "--threads") threads = static_cast<unsigned>(std::min<std::size_t>(parse_count(a, v), 1024));
        else input.max_document_bytes = parse_count(a, v);
      } catch (const error& e) {
        std::cerr << "eventgraph extract: " << e.what() << "\n";
        return exit_code::usage;
      }
      continue;
    }
    if (a.size() > 1 && a[0] == '-') { std::cerr << "eventgraph extract: unknown option " << a << "\n"; return exit_code::usage; }
    inputs.push_back(a);
  }
  if (inputs.empty()) {
    std::cerr << "eventgraph extract: needs at least one INPUT, or - for stdin (see eventgraph extract --help)\n";
    return exit_code::usage;
  }
  const lexicon_files lexicons = lexicon_dir.empty() ? lexicon_files::embedded() : lexicon_files::with_overrides(lexicon_dir);
  auto stages = pipeline::default_components();
  if (mentions_only) stages.erase(std::remove(stages.begin(), stages.end(), "event_coalescer"), stages.end());
  const pipeline pipe(lexicons, stages);
  std::unique_ptr<atomic_file> file;
  if (!out_path.empty() && out_path != "-") file = std::make_unique<atomic_file>(out_path);
  const auto emit = [&](std::string_view bytes) {
    if (file) file->write(bytes);
    else std::fwrite(bytes.data(), 1, bytes.size(), stdout);
  };

  input_stream in(inputs, input);
  const unsigned workers = threads == 0 ? default_thread_count() : threads;
  std::size_t documents = 0, skipped = 0;
  // Inputs one at a time, unparsed, to workers as they come free: a worker
  // parses its JSONL line itself, so the reading that must be serial is only
  // the splitting of lines. Lines and errors go out in input order.
  struct extracted {
    std::vector<input_error> errors;
    bool document = false;
    std::string lines;
  };
  const auto read = [&](raw_input& item) { return in.next_raw(item); };
  const auto extract = [&](raw_input&& item) {
    extracted out;
    if (auto doc = parse_raw_input(item)) {
      pipe.run(*doc);
      out.lines = event_lines(std::move(*doc), !mentions_only, keep_fragments);
      out.document = true;
    }
    out.errors = std::move(item.errors);
    return out;
  };
  ordered_pipeline<raw_input>(workers, 32 * static_cast<std::size_t>(workers), read, extract,
                              [&](extracted&& x) {
                                for (const auto& e : x.errors) std::cerr << "eventgraph: skipped " << e.to_string() << "\n";
                                skipped += x.errors.size();
                                documents += x.document ? 1 : 0;
                                emit(x.lines);
                              });
  if (file) file->commit();
  else std::fflush(stdout);
  if (documents == 0 && skipped > 0) {
    std::cerr << "eventgraph extract: no readable input\n";
    return exit_code::failure;
  }
  return skipped == 0 ? exit_code::ok : exit_code::partial;
}

}  // namespace eventgraph
