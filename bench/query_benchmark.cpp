// Query benchmark: builds a synthetic knowledge base of N events (default
// 1,000,000) over a few thousand actors, writes it as timeline.json, then
// reports apart the time to load it (without and with the graph) and the
// time of typical queries. Run: cmake --build build --target bench_query &&
// build/bench/query_benchmark [N] [DIR].
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>

#include "exporters/atomic_file.h"
#include "exporters/timeline_json_reader.h"
#include "exporters/timeline_json_writer.h"
#include "graph/actor_lookup.h"
#include "graph/event_filter.h"
#include "graph/graph_queries.h"

using namespace eventgraph;
using clock_type = std::chrono::steady_clock;

namespace {
double ms_since(clock_type::time_point t) {
  return std::chrono::duration<double, std::milli>(clock_type::now() - t).count();
}

knowledge_base synthetic(std::size_t n_events, std::size_t n_actors) {
  std::mt19937_64 rng(42);
  knowledge_base kb;
  for (std::size_t d = 0; d < n_events / 20 + 1; ++d)
    kb.documents.push_back({"doc" + std::to_string(d), "doc" + std::to_string(d) + ".txt", "", "",
                            date(2020, 1, 1) + boost::gregorian::days(static_cast<long>(d % 1500)), date_source::byline, {}});
  for (std::size_t a = 0; a < n_actors; ++a) {
    actor x;
    x.id = "actor" + std::to_string(a);
    x.name = "Actor Number" + std::to_string(a);
    x.kind = a % 3 == 0 ? actor_kind::person : actor_kind::state;
    kb.actors[x.id] = x;
  }
  for (std::size_t i = 0; i < n_events; ++i) {
    event e;
    e.id = "ev" + std::to_string(i);
    e.type = static_cast<event_type>(rng() % event_type_count);
    e.cameo = std::string(default_cameo(e.type));
    e.mod = static_cast<modality>(rng() % 3 == 0 ? rng() % modality_count : 0);
    // Zipf-like: a few actors take part in many events, as in real news.
    const auto pick = [&] { return "actor" + std::to_string(static_cast<std::size_t>(std::pow(static_cast<double>(rng() % 10000) / 10000.0, 3.0) * static_cast<double>(n_actors))); };
    e.actors.push_back({pick(), participant_role::source});
    const auto second = pick();
    if (second != e.actors.front().actor_id) e.actors.push_back({second, participant_role::target});
    e.when = day_value(date(2020, 1, 1) + boost::gregorian::days(static_cast<long>(i * 1500 / n_events)), time_resolution::publication);
    e.location = "Place" + std::to_string(rng() % 500);
    mention m;
    m.doc_id = "doc" + std::to_string(i / 20);
    m.rule = "bench";
    m.evidence = "A sentence of about the length of a news sentence that reports this event, for the evidence field.";
    e.mentions.push_back(m);
    kb.events.push_back(std::move(e));
  }
  return kb;
}
}  // namespace

int main(int argc, char** argv) {
  const std::size_t n = argc > 1 ? std::stoul(argv[1]) : 1000000;
  const std::string dir = argc > 2 ? argv[2] : (std::filesystem::temp_directory_path() / "eventgraph-query-bench").string();
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/timeline.json";

  auto t = clock_type::now();
  write_file_atomically(path, timeline_json(synthetic(n, 5000)));
  std::printf("events: %zu  timeline.json: %.0f MB  (generated and written in %.0f ms)\n", n,
              static_cast<double>(std::filesystem::file_size(path)) / 1e6, ms_since(t));

  t = clock_type::now();
  const knowledge_base kb = read_timeline_json(path, false);
  std::printf("load (events only, as query/timeline do): %8.0f ms\n", ms_since(t));
  t = clock_type::now();
  const knowledge_base full = read_timeline_json(path, true);
  std::printf("load with graph (neighbors/path/stats):   %8.0f ms\n", ms_since(t));

  auto timed = [&](const char* what, auto&& f) {
    const auto start = clock_type::now();
    const std::size_t hits = f();
    std::printf("query %-44s %8.1f ms  %zu hits\n", what, ms_since(start), hits);
  };
  timed("--actor 'Actor Number7' --type meeting", [&] {
    event_filter f;
    f.actors.push_back(find_actor(kb, "actor number7").actor_id);
    f.types.push_back(event_type::meeting);
    return select_events(kb, f).size();
  });
  timed("--from 2021-03-01 --to 2021-03-31 --modality asserted", [&] {
    event_filter f;
    f.from = date(2021, 3, 1);
    f.to = date(2021, 3, 31);
    f.modalities.push_back(modality::asserted);
    return select_events(kb, f).size();
  });
  timed("--between actor1 --between actor2", [&] {
    event_filter f;
    f.actors = {"actor1", "actor2"};
    return select_events(kb, f).size();
  });
  timed("--place Place42 --min-sources 1", [&] {
    event_filter f;
    f.place = "Place42";
    f.min_sources = 1;
    return select_events(kb, f).size();
  });
  timed("neighbors actor0", [&] { return neighbors(full, "actor0").size(); });
  timed("path actor4000 actor4999", [&] { return shortest_path(full, "actor4000", "actor4999").size(); });
  return 0;
}
