#include "cli/query_commands.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include "cli/exit_codes.h"
#include "cli/table.h"
#include "core/error.h"
#include "exporters/timeline_json_reader.h"
#include "exporters/timeline_json_writer.h"
#include "graph/actor_lookup.h"
#include "graph/event_filter.h"
#include "graph/graph_queries.h"

namespace eventgraph {
namespace {
enum class output { table, json, csv };

struct command_line {
  std::vector<std::string> positional;
  std::multimap<std::string, std::string> options;
  bool help = false;

  std::vector<std::string> all(const std::string& k) const {
    std::vector<std::string> v;
    for (auto [it, end] = options.equal_range(k); it != end; ++it) v.push_back(it->second);
    return v;
  }
  std::string last(const std::string& k, const std::string& fallback = {}) const {
    const auto v = all(k);
    return v.empty() ? fallback : v.back();
  }
};

struct usage_error : error {
  using error::error;
};

command_line parse(const std::vector<std::string>& args, const std::set<std::string>& valued) {
  command_line c;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& a = args[i];
    if (a == "--help" || a == "-h") { c.help = true; continue; }
    if (a.size() > 2 && a.rfind("--", 0) == 0) {
      if (!valued.count(a)) throw usage_error("unknown option " + a);
      if (i + 1 >= args.size()) throw usage_error(a + " needs a value");
      c.options.emplace(a, args[++i]);
      continue;
    }
    c.positional.push_back(a);
  }
  return c;
}

output output_of(const command_line& c) {
  const std::string f = c.last("--format", "table");
  if (f == "table") return output::table;
  if (f == "json") return output::json;
  if (f == "csv") return output::csv;
  throw usage_error("unknown --format '" + f + "' (table, json or csv)");
}

std::size_t limit_of(const command_line& c) {
  const std::string l = c.last("--limit");
  if (l.empty()) return std::string::npos;
  if (l.find_first_not_of("0123456789") != std::string::npos || l.size() > 9) throw usage_error("--limit needs a number");
  return static_cast<std::size_t>(std::stoul(l));
}

date date_of(const std::string& option, const std::string& v) {
  auto d = parse_iso_day(v);
  if (!d) throw usage_error(option + " needs a date as YYYY-MM-DD (or YYYY-MM, YYYY), not '" + v + "'");
  return *d;
}

// Resolves what the analyst typed to an actor id, or says what was meant.
std::string actor_of(const knowledge_base& kb, const std::string& name) {
  const actor_match m = find_actor(kb, name);
  if (!m.actor_id.empty()) return m.actor_id;
  std::string msg = "no actor '" + name + "'";
  if (!m.candidates.empty()) {
    msg += "; did you mean ";
    for (std::size_t i = 0; i < m.candidates.size(); ++i)
      msg += (i == 0 ? "" : i + 1 == m.candidates.size() ? " or " : ", ") + kb.actors.at(m.candidates[i]).name;
    msg += "?";
  }
  throw error(msg);
}

std::string name_of(const knowledge_base& kb, const std::string& id) {
  auto it = kb.actors.find(id);
  return it == kb.actors.end() ? id : it->second.name;
}

std::string when_of(const event& e) {
  if (!e.when.dated()) return "-";
  const std::string s = iso(e.when.start);
  if (e.when.end.is_special() || e.when.end == e.when.start) return s;
  return s + ".." + iso(e.when.end);
}

int sources_of(const event& e) {
  std::set<std::string_view> docs;
  for (const auto& m : e.mentions) docs.insert(m.doc_id);
  return static_cast<int>(docs.size());
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

int print_events(const knowledge_base& kb, std::vector<std::size_t> hits, const command_line& c) {
  const std::string sort = c.last("--sort", "date");
  if (sort == "sources")
    std::stable_sort(hits.begin(), hits.end(),
                     [&](std::size_t a, std::size_t b) { return sources_of(kb.events[a]) > sources_of(kb.events[b]); });
  else if (sort == "type")
    std::stable_sort(hits.begin(), hits.end(),
                     [&](std::size_t a, std::size_t b) { return kb.events[a].type < kb.events[b].type; });
  else if (sort != "date")
    throw usage_error("unknown --sort '" + sort + "' (date, sources or type)");
  hits.resize(std::min(hits.size(), limit_of(c)));
  const output o = output_of(c);
  if (o == output::json) {
    std::cout << "{\"events\": [";
    for (std::size_t i = 0; i < hits.size(); ++i) std::cout << (i ? ",\n " : "\n ") << event_json(kb, kb.events[hits[i]]);
    std::cout << (hits.empty() ? "]}\n" : "\n]}\n");
  } else {
    table t{{"date", "type", "modality", "actors", "place", "sources", "id"}, {}};
    for (auto i : hits) {
      const event& e = kb.events[i];
      std::string actors;
      for (const auto& p : e.actors) actors += (actors.empty() ? "" : ", ") + name_of(kb, p.actor_id);
      t.rows.push_back({when_of(e), std::string(to_string(e.type)), std::string(to_string(e.mod)), actors,
                        e.location.empty() ? "-" : e.location, std::to_string(sources_of(e)), e.id});
    }
    if (o == output::csv) std::cout << csv_text(t);
    else if (!hits.empty()) std::cout << aligned_text(t);
  }
  if (hits.empty()) {
    if (o == output::table) std::cerr << "no matching events\n";
    return exit_code::nothing_found;
  }
  return exit_code::ok;
}

// Runs one subcommand with the shared handling of help, usage errors and
// input errors, so each reports the same way.
template <typename Body>
int guarded(const char* name, const char* help, const std::vector<std::string>& args,
            const std::set<std::string>& valued, std::size_t positionals, Body body) {
  try {
    const command_line c = parse(args, valued);
    if (c.help) { std::cout << help; return exit_code::ok; }
    if (c.positional.size() != positionals) throw usage_error("expects " + std::to_string(positionals) + " argument(s)");
    output_of(c);
    return body(c);
  } catch (const usage_error& e) {
    std::cerr << "eventgraph " << name << ": " << e.what() << " (see eventgraph " << name << " --help)\n";
    return exit_code::usage;
  } catch (const error& e) {
    const std::string msg = e.what();
    std::cerr << "eventgraph " << name << ": " << msg << "\n";
    return msg.rfind("no actor", 0) == 0 ? exit_code::nothing_found : exit_code::failure;
  }
}

const std::set<std::string> output_options{"--format", "--limit", "--sort"};
std::set<std::string> with(std::set<std::string> s, std::initializer_list<const char*> more) {
  for (auto m : more) s.insert(m);
  return s;
}

constexpr const char* query_help =
    "usage: eventgraph query DIR [--actor NAME]... [--type TYPE]... [--from DATE] [--to DATE]\n"
    "                        [--place NAME] [--modality M]... [--min-sources N] [--between A --between B]\n"
    "                        [--format table|json|csv] [--limit N] [--sort date|sources|type]\n\n"
    "Events of a build (DIR or its timeline.json) that meet every condition, in date order.\n"
    "Several --actor must all take part; several --type or --modality are alternatives;\n"
    "--from/--to keep dated events that overlap the window. Names match any name or alias,\n"
    "ignoring case and accents. --format json gives events as in timeline.json.\n\n"
    "example:\n  eventgraph query out --actor Lavrov --type meeting --from 2022-01-01\n\n"
    "exit codes: 0 found, 4 nothing found (or no such actor), 2 usage error, 3 input error\n";
constexpr const char* timeline_help =
    "usage: eventgraph timeline DIR ACTOR [--format table|json|csv] [--limit N]\n\n"
    "One actor's events in date order.\n\nexample:\n  eventgraph timeline out Blinken\n\n"
    "exit codes: 0 found, 4 nothing found (or no such actor), 2 usage error, 3 input error\n";
constexpr const char* neighbors_help =
    "usage: eventgraph neighbors DIR ACTOR [--format table|json|csv] [--limit N]\n\n"
    "The actors that share events with ACTOR: how many, how many are cooperation or conflict\n"
    "(CAMEO quad class), the mean Goldstein value, and the first and last date.\n\n"
    "example:\n  eventgraph neighbors out Russia\n\n"
    "exit codes: 0 found, 4 nothing found (or no such actor), 2 usage error, 3 input error\n";
constexpr const char* path_help =
    "usage: eventgraph path DIR A B [--format table|json|csv]\n\n"
    "The shortest chain of actors and shared events from A to B.\n\n"
    "example:\n  eventgraph path out Blinken Niinisto\n\n"
    "exit codes: 0 found, 4 not connected (or no such actor), 2 usage error, 3 input error\n";
constexpr const char* stats_help =
    "usage: eventgraph stats DIR [--format table|json|csv] [--limit N]\n\n"
    "Events by type and by modality, then actors by degree (distinct partners) with their\n"
    "number of events and betweenness centrality (top 10 unless --limit).\n\n"
    "example:\n  eventgraph stats out\n\n"
    "exit codes: 0 ok, 2 usage error, 3 input error\n";

// A table as a JSON array of objects keyed by the header; numbers stay numbers.
std::string json_rows(const table& t) {
  std::string out = "[";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    out += r ? ",\n  {" : "\n  {";
    for (std::size_t c = 0; c < t.header.size(); ++c) {
      const std::string& v = t.rows[r][c];
      const bool numeric = !v.empty() && v.find_first_not_of("-0123456789.") == std::string::npos && v != "-";
      std::string quoted;
      for (char ch : v) quoted += ch == '"' ? "\\\"" : ch == '\\' ? "\\\\" : std::string(1, ch);
      out += (c ? ", \"" : "\"") + t.header[c] + "\": " + (numeric ? v : "\"" + quoted + "\"");
    }
    out += "}";
  }
  return out + (t.rows.empty() ? "]" : "\n ]");
}

void print_rows(const table& t, output o, const char* json_key) {
  if (o == output::csv) std::cout << csv_text(t);
  else if (o == output::table) std::cout << aligned_text(t);
  else std::cout << "{\"" << json_key << "\": " << json_rows(t) << "}\n";
}
}  // namespace

int run_query(const std::vector<std::string>& args) {
  return guarded("query", query_help, args,
                 with(output_options, {"--actor", "--type", "--from", "--to", "--place", "--modality", "--min-sources", "--between"}),
                 1, [](const command_line& c) {
    for (const auto& t : c.all("--type"))
      if (!parse_event_type(t)) throw usage_error("unknown --type '" + t + "'");
    for (const auto& m : c.all("--modality"))
      if (!parse_modality(m)) throw usage_error("unknown --modality '" + m + "'");
    const auto between = c.all("--between");
    if (!between.empty() && between.size() != 2) throw usage_error("--between is given twice: --between A --between B");
    const std::string min = c.last("--min-sources", "0");
    if (min.find_first_not_of("0123456789") != std::string::npos || min.size() > 6) throw usage_error("--min-sources needs a number");
    const knowledge_base kb = read_timeline_json(c.positional[0], false);
    event_filter f;
    for (const auto& a : c.all("--actor")) f.actors.push_back(actor_of(kb, a));
    for (const auto& a : between) f.actors.push_back(actor_of(kb, a));
    for (const auto& t : c.all("--type")) f.types.push_back(*parse_event_type(t));
    for (const auto& m : c.all("--modality")) f.modalities.push_back(*parse_modality(m));
    if (!c.last("--from").empty()) f.from = date_of("--from", c.last("--from"));
    if (!c.last("--to").empty()) f.to = date_of("--to", c.last("--to"));
    f.place = c.last("--place");
    f.min_sources = std::stoi(min);
    return print_events(kb, select_events(kb, f), c);
  });
}

int run_timeline(const std::vector<std::string>& args) {
  return guarded("timeline", timeline_help, args, output_options, 2, [](const command_line& c) {
    const knowledge_base kb = read_timeline_json(c.positional[0], false);
    return print_events(kb, events_of(kb, actor_of(kb, c.positional[1])), c);
  });
}

int run_neighbors(const std::vector<std::string>& args) {
  return guarded("neighbors", neighbors_help, args, output_options, 2, [](const command_line& c) {
    const knowledge_base kb = read_timeline_json(c.positional[0]);
    auto n = neighbors(kb, actor_of(kb, c.positional[1]));
    n.resize(std::min(n.size(), limit_of(c)));
    table t{{"actor", "events", "cooperation", "conflict", "goldstein", "first", "last", "id"}, {}};
    for (const auto& x : n)
      t.rows.push_back({name_of(kb, x.actor_id), std::to_string(x.events), std::to_string(x.cooperation),
                        std::to_string(x.conflict), number(x.goldstein), x.first.is_special() ? "-" : iso(x.first),
                        x.last.is_special() ? "-" : iso(x.last), x.actor_id});
    if (n.empty()) { std::cerr << "no interactions\n"; return exit_code::nothing_found; }
    print_rows(t, output_of(c), "neighbors");
    return exit_code::ok;
  });
}

int run_path(const std::vector<std::string>& args) {
  return guarded("path", path_help, args, output_options, 3, [](const command_line& c) {
    const knowledge_base kb = read_timeline_json(c.positional[0]);
    const std::string a = actor_of(kb, c.positional[1]), b = actor_of(kb, c.positional[2]);
    const auto steps = shortest_path(kb, a, b);
    if (steps.empty()) {
      std::cerr << "no path between " << name_of(kb, a) << " and " << name_of(kb, b) << "\n";
      return exit_code::nothing_found;
    }
    std::map<std::string, const event*> events;
    for (const auto& e : kb.events) events[e.id] = &e;
    table t{{"step", "kind", "what", "id"}, {}};
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const auto& s = steps[i];
      std::string what = s.label;
      if (s.kind == vertex_kind::event) {
        const event& e = *events.at(s.id);
        what = std::string(to_string(e.type)) + " " + when_of(e) + (e.mod == modality::asserted ? "" : " (" + std::string(to_string(e.mod)) + ")");
      }
      t.rows.push_back({std::to_string(i), std::string(to_string(s.kind)), what, s.id});
    }
    print_rows(t, output_of(c), "path");
    return exit_code::ok;
  });
}

int run_stats(const std::vector<std::string>& args) {
  return guarded("stats", stats_help, args, output_options, 1, [](const command_line& c) {
    const knowledge_base kb = read_timeline_json(c.positional[0]);
    const output o = output_of(c);
    std::map<std::string, int> by_type, by_modality;
    for (const auto& e : kb.events) {
      ++by_type[std::string(to_string(e.type))];
      ++by_modality[std::string(to_string(e.mod))];
    }
    table counts{{"count_of", "value", "events"}, {}};
    for (const auto& [k, n] : by_type) counts.rows.push_back({"type", k, std::to_string(n)});
    for (const auto& [k, n] : by_modality) counts.rows.push_back({"modality", k, std::to_string(n)});
    auto central = centrality(kb);
    const std::size_t limit = c.options.count("--limit") ? limit_of(c) : 10;
    central.resize(std::min(central.size(), limit));
    table actors{{"actor", "degree", "events", "betweenness", "id"}, {}};
    for (const auto& x : central)
      actors.rows.push_back({name_of(kb, x.actor_id), std::to_string(x.degree), std::to_string(x.events),
                             number(x.betweenness), x.actor_id});
    if (o == output::table) {
      std::cout << "documents: " << kb.documents.size() << "\nactors: " << kb.actors.size() << "\nevents: " << kb.events.size()
                << "\n\n" << aligned_text(counts) << "\n" << aligned_text(actors);
    } else if (o == output::csv) {
      std::cout << csv_text(counts) << "\n" << csv_text(actors);
    } else {
      std::cout << "{\"documents\": " << kb.documents.size() << ", \"actors\": " << kb.actors.size()
                << ", \"events\": " << kb.events.size() << ",\n \"counts\": " << json_rows(counts)
                << ",\n \"top_actors\": " << json_rows(actors) << "}\n";
    }
    return exit_code::ok;
  });
}

}  // namespace eventgraph
