// The eventgraph command: dispatches to one subcommand and is the only place
// that catches every error and turns it into a message and an exit code.
#include <iostream>
#include <string>
#include <vector>

#include "cli/analyze_command.h"
#include "cli/build_command.h"
#include "cli/export_command.h"
#include "cli/extract_command.h"
#include "cli/times_command.h"
#include "cli/query_commands.h"
#include "cli/exit_codes.h"
#include "core/error.h"

#ifndef EVENTGRAPH_VERSION
#define EVENTGRAPH_VERSION "0.0.0"
#endif

namespace {
void print_help() {
  std::cout << "eventgraph " EVENTGRAPH_VERSION " - event timelines and knowledge graphs from news articles\n\n"
               "usage: eventgraph COMMAND [ARGS]\n\n"
               "commands:\n"
               "  build INPUT... --out DIR        read articles, extract and merge events, write the outputs\n"
               "  extract INPUT...                each document's events as JSON lines, as a stream (a pipe)\n"
               "  export --from DIR --format F    write a build in another format (graphml, gexf, vis, ...)\n"
               "  query DIR [--actor A] [--type T] [--from D] [--to D] ...   events that meet every condition\n"
               "  timeline DIR ACTOR              one actor's events in date order\n"
               "  neighbors DIR ACTOR             who an actor interacted with, how often, how\n"
               "  path DIR A B                    the shortest chain of actors and events from A to B\n"
               "  stats DIR                       counts by type and modality, central actors\n"
               "  times [--ref DAY] < lines       the time expressions of each line, resolved\n"
               "  analyze < lines                 word classes, phrases and clauses of each sentence\n\n"
               "options:\n  --help      this help\n  --version   print the version\n\n"
               "exit codes: 0 ok, 1 partial success (some inputs skipped), 2 usage error, 3 failure,\n"
               "            4 nothing found (queries)\n"
               "run 'eventgraph COMMAND --help' for a command's options.\n";
}
}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    print_help();
    return eventgraph::exit_code::usage;
  }
  const std::string cmd = args.front();
  if (cmd == "--help" || cmd == "-h" || cmd == "help") { print_help(); return eventgraph::exit_code::ok; }
  if (cmd == "--version") { std::cout << "eventgraph " EVENTGRAPH_VERSION "\n"; return eventgraph::exit_code::ok; }
  try {
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (cmd == "build") return eventgraph::run_build(rest);
    if (cmd == "export") return eventgraph::run_export(rest);
    if (cmd == "extract") return eventgraph::run_extract(rest);
    if (cmd == "query") return eventgraph::run_query(rest);
    if (cmd == "timeline") return eventgraph::run_timeline(rest);
    if (cmd == "neighbors") return eventgraph::run_neighbors(rest);
    if (cmd == "path") return eventgraph::run_path(rest);
    if (cmd == "stats") return eventgraph::run_stats(rest);
    if (cmd == "times") return eventgraph::run_times(rest);
    if (cmd == "analyze") return eventgraph::run_analyze(rest);
    std::cerr << "eventgraph: unknown command '" << cmd << "' (see eventgraph --help)\n";
    return eventgraph::exit_code::usage;
  } catch (const eventgraph::error& e) {
    std::cerr << "eventgraph: error: " << e.what() << "\n";
    return eventgraph::exit_code::failure;
  } catch (const std::exception& e) {
    std::cerr << "eventgraph: internal error: " << e.what() << "\n";
    return eventgraph::exit_code::failure;
  }
}
