#include "cli/export_command.h"

#include <filesystem>
#include <iostream>

#include "cli/exit_codes.h"
#include "cli/format_options.h"
#include "core/error.h"
#include "exporters/atomic_file.h"
#include "exporters/timeline_json_reader.h"

namespace eventgraph {
namespace {
void print_help() {
  std::cout << "usage: eventgraph export --from DIR_OR_TIMELINE --format FORMAT [--out PATH] [--gexf-version 1.3|1.2]\n\n"
               "Writes a build's knowledge base (its timeline.json) in another format.\n\n"
               "  --from PATH          a build directory, or its timeline.json\n"
               "  --format FORMAT      one of: " << export_format_names() << "\n"
               "  --out PATH           the file to write (a directory: the format's usual file name in it);\n"
               "                       without it, the file goes to standard output. csv writes nodes.csv\n"
               "                       and edges.csv and needs --out DIR.\n"
               "  --gexf-version V     1.3 (default) or 1.2 (1.2draft, which networkx reads)\n\n"
               "example:\n  eventgraph export --from out --format vis --out out/timeline-vis.json\n";
}
}  // namespace

int run_export(const std::vector<std::string>& args) {
  std::string from, out, format_name;
  export_options options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if (a == "--help" || a == "-h") { print_help(); return exit_code::ok; }
    if (a == "--from" || a == "--out" || a == "--format" || a == "--gexf-version") {
      if (i + 1 >= args.size()) { std::cerr << "eventgraph export: " << a << " needs a value\n"; return exit_code::usage; }
      const std::string& v = args[++i];
      if (a == "--from") from = v;
      else if (a == "--out") out = v;
      else if (a == "--format") format_name = v;
      else {
        try { options.gexf = parse_gexf_version(v); }
        catch (const error& e) { std::cerr << "eventgraph export: " << e.what() << "\n"; return exit_code::usage; }
      }
      continue;
    }
    std::cerr << "eventgraph export: unexpected argument " << a << " (see eventgraph export --help)\n";
    return exit_code::usage;
  }
  if (from.empty() || format_name.empty()) {
    std::cerr << "eventgraph export: needs --from and --format (see eventgraph export --help)\n";
    return exit_code::usage;
  }
  const auto format = parse_export_format(format_name);
  if (!format) {
    std::cerr << "eventgraph export: unknown format '" << format_name << "' (formats: " << export_format_names() << ")\n";
    return exit_code::usage;
  }
  const knowledge_base kb = read_timeline_json(from);
  const auto files = render(*format, kb, options);
  if (out.empty()) {
    if (files.size() > 1) {
      std::cerr << "eventgraph export: " << format_name << " writes several files; give --out DIR\n";
      return exit_code::usage;
    }
    std::cout << files.front().content;
    return exit_code::ok;
  }
  std::error_code ec;
  if (files.size() > 1 || std::filesystem::is_directory(out, ec)) {
    write_formats(kb, {*format}, out, options);
    return exit_code::ok;
  }
  write_file_atomically(out, files.front().content);
  return exit_code::ok;
}

}  // namespace eventgraph
