// Merge benchmark: generates N reports (default 1,000,000) of synthetic
// happenings, as documents of up to ten reports published on one day, merges them with
// merge_documents and reports the time, the peak RSS, and how well the
// reports of each generated happening came together (the generator knows
// which reports belong to which happening).
//   build/bench/merge_benchmark [N] [--graph]
// Each happening has a type, two actors drawn from a skewed distribution
// over 5,000 actors (a few take part in most events, as in real news), a
// day within three years and a place; it is reported 1-5 times, by documents
// published 0-3 days later, and a report may omit its date (it then has only
// its document's), its place or one actor.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "graph/event_merger.h"

using namespace eventgraph;
using clock_type = std::chrono::steady_clock;

namespace {

constexpr std::size_t kActors = 5000;
constexpr std::size_t kPlaces = 400;
constexpr std::size_t kReportsPerDocument = 10;

double seconds_since(clock_type::time_point t) {
  return std::chrono::duration<double>(clock_type::now() - t).count();
}

// CPU time of the process (all threads, user and system): steadier than the
// wall clock on a shared machine.
double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  const auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return s(u.ru_utime) + s(u.ru_stime);
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

std::string actor_id(std::size_t i) { return "a" + std::to_string(i); }

struct report {
  std::size_t happening;
  event e;
  date published;
};

// The reports, in a shuffled order, each knowing its happening.
std::vector<report> generate(std::size_t n, std::mt19937_64& rng) {
  const date first(2021, 1, 1);
  const auto skewed = [&] {
    const double u = static_cast<double>(rng() % 1000000) / 1000000.0;
    return static_cast<std::size_t>(std::pow(u, 2.5) * static_cast<double>(kActors));
  };
  std::vector<report> out;
  out.reserve(n + 5);
  for (std::size_t h = 0; out.size() < n; ++h) {
    event base;
    base.type = static_cast<event_type>(rng() % 10);  // the scored types
    base.cameo = std::string(default_cameo(base.type));
    const std::size_t a = skewed();
    std::size_t b = skewed();
    if (b == a) b = (a + 1) % kActors;
    base.actors = {{actor_id(a), participant_role::source}, {actor_id(b), participant_role::target}};
    const date day = first + boost::gregorian::days(static_cast<long>(rng() % 1095));
    const std::string place = "Place " + std::to_string(rng() % kPlaces);
    const std::size_t copies = 1 + rng() % 5;
    for (std::size_t c = 0; c < copies && out.size() < n; ++c) {
      event e = base;
      const date published = day + boost::gregorian::days(static_cast<long>(rng() % 4));
      if (rng() % 10 >= 3) e.when = day_value(day, time_resolution::publication);
      if (rng() % 10 >= 4) e.location = place;
      if (rng() % 10 == 0) e.actors.pop_back();
      mention m;
      m.rule = "bench";
      m.where = {static_cast<std::uint32_t>(c * 100), static_cast<std::uint32_t>(c * 100 + 7)};
      e.mentions.push_back(m);
      out.push_back({h, std::move(e), published});
    }
  }
  std::shuffle(out.begin(), out.end(), rng);
  // A document is published on one day and reports what happened in the days
  // before: grouped by publication day, ten reports make a document whose
  // date is that of each of its reports.
  std::stable_sort(out.begin(), out.end(), [](const report& a, const report& b) { return a.published < b.published; });
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t n = 1000000;
  merge_options options{.build_graph = false};
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--graph") options.build_graph = true;
    else n = static_cast<std::size_t>(std::strtoull(argv[i], nullptr, 10));
  }
  if (n == 0) {
    std::fprintf(stderr, "usage: merge_benchmark [N] [--graph]\n");
    return 2;
  }
  std::mt19937_64 rng(20220121);
  auto t = clock_type::now();
  auto reports = generate(n, rng);
  std::map<std::string, actor> actors;
  for (std::size_t i = 0; i < kActors; ++i) {
    actor x;
    x.id = actor_id(i);
    x.name = "Actor " + std::to_string(i);
    x.kind = i % 4 == 0 ? actor_kind::person : actor_kind::state;
    if (x.kind == actor_kind::person) x.country = actor_id(i + 1);
    actors.emplace(x.id, x);
  }
  // Documents of up to ten reports of one publication day; a report's mention names its document.
  std::vector<document> docs;
  std::map<std::string, std::size_t> happening_of;  // "doc@offset" -> happening
  for (std::size_t i = 0, next = 0; i < reports.size(); i = next) {
    next = i + 1;
    while (next < reports.size() && next - i < kReportsPerDocument && reports[next].published == reports[i].published)
      ++next;
    const std::string id = "d" + std::to_string(docs.size());
    docs.emplace_back(id, id + ".txt", "");
    auto& d = docs.back();
    d.published = reports[i].published;
    d.published_from = date_source::metadata;
    for (std::size_t k = i; k < next; ++k) {
      auto& e = reports[k].e;
      e.mentions.front().doc_id = id;
      e.mentions.front().where = {static_cast<std::uint32_t>((k - i) * 100), static_cast<std::uint32_t>((k - i) * 100 + 7)};
      happening_of[id + "@" + std::to_string((k - i) * 100)] = reports[k].happening;
      for (const auto& p : e.actors) d.actors.emplace(p.actor_id, actors.at(p.actor_id));
      d.events.push_back(std::move(e));
    }
  }
  reports.clear();
  reports.shrink_to_fit();
  std::printf("merge benchmark: %zu reports in %zu documents, generated in %.2f s\n", n, docs.size(),
              seconds_since(t));

  t = clock_type::now();
  const double cpu0 = cpu_seconds();
  const knowledge_base kb = merge_documents(std::move(docs), options);
  const double merge_s = seconds_since(t);
  const double merge_cpu = cpu_seconds() - cpu0;
  std::printf("  %-34s %8.2f s (%zu events)%s\n", "merge", merge_s, kb.events.size(),
              options.build_graph ? ", with the graph" : "");
  std::printf("  %-34s %8.2f s (all threads)\n", "merge CPU time", merge_cpu);
  std::printf("  %-34s %8.0f reports/s\n", "throughput", static_cast<double>(n) / merge_s);
  std::printf("  %-34s %8.1f MB\n", "peak RSS (whole process)", peak_rss_mb());

  // Quality against the generator's truth: a happening is complete when all
  // its reports are in one event; an event is pure when all its reports are
  // of one happening.
  std::map<std::size_t, std::size_t> events_per_happening;
  std::size_t pure = 0;
  for (const auto& e : kb.events) {
    std::map<std::size_t, int> hs;
    for (const auto& m : e.mentions) ++hs[happening_of.at(m.doc_id + "@" + std::to_string(m.where.begin))];
    pure += hs.size() == 1;
    for (const auto& [h, count] : hs) ++events_per_happening[h];
  }
  std::size_t complete = 0;
  for (const auto& [h, count] : events_per_happening) complete += count == 1;
  std::printf("  %-34s %8.3f (%zu of %zu)\n", "happenings in one event", static_cast<double>(complete) /
              static_cast<double>(events_per_happening.size()), complete, events_per_happening.size());
  std::printf("  %-34s %8.3f\n", "events of one happening (purity)",
              static_cast<double>(pure) / static_cast<double>(kb.events.size()));
  return 0;
}
