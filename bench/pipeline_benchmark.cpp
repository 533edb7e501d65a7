// Pipeline benchmark: generates N synthetic articles (bench/corpus_generator)
// and reports extraction throughput per stage and end to end (one thread and
// all threads), cross-document merge and graph build time, export time per
// format and peak RSS. Each size runs in a child process so that its peak
// RSS is its own. With --eventgraph PATH it also times `eventgraph extract`
// over the same articles as JSONL, as a user would run it, with that
// process's peak RSS. Run: cmake --build build --target benchmark, or
// build/bench/pipeline_benchmark [--eventgraph build/eventgraph] [N...].
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "bench/corpus_generator.h"
#include "core/parallel_for.h"
#include "exporters/export_format.h"
#include "extractors/document_reader.h"
#include "extractors/pipeline.h"
#include "graph/event_merger.h"

using namespace eventgraph;
using clock_type = std::chrono::steady_clock;

namespace {
double seconds_since(clock_type::time_point t) {
  return std::chrono::duration<double>(clock_type::now() - t).count();
}

double peak_rss_mb(const rusage& u) { return static_cast<double>(u.ru_maxrss) / 1024.0; }

void report(const char* what, double seconds, double mb, std::size_t docs) {
  std::printf("  %-28s %8.3f s %9.1f MB/s %10.0f docs/s\n", what, seconds, mb / seconds,
              static_cast<double>(docs) / seconds);
}

// Read on as many threads as the pipeline runs on (as extract reads ahead
// while it extracts), so that the end-to-end speed-up is not capped by a
// serial read.
std::vector<document> read_all(const std::vector<generated_article>& articles, unsigned threads = 1) {
  std::vector<std::optional<document>> read(articles.size());
  parallel_for(articles.size(), threads, [&](std::size_t i) {
    read[i] = read_plain_text(articles[i].id, articles[i].id + ".txt", articles[i].text);
  });
  std::vector<document> docs;
  docs.reserve(articles.size());
  for (auto& d : read) docs.push_back(std::move(*d));
  return docs;
}

void in_process(std::size_t n) {
  const lexicon_files lexicons = lexicon_files::embedded();
  corpus_generator gen(lexicons, 7);
  std::vector<generated_article> articles;
  double bytes = 0;
  for (std::size_t i = 0; i < n; ++i) {
    articles.push_back(gen.next());
    bytes += static_cast<double>(articles.back().text.size());
  }
  const double mb = bytes / 1e6;
  std::printf("%zu documents, %.1f MB of text\n", n, mb);

  auto t = clock_type::now();
  std::vector<document> docs = read_all(articles);
  report("read (text -> document)", seconds_since(t), mb, n);
  for (const auto& name : pipeline::default_components()) {
    const pipeline stage(lexicons, {name});
    t = clock_type::now();
    for (auto& d : docs) stage.run(d);
    report(name.c_str(), seconds_since(t), mb, n);
  }

  const pipeline full(lexicons);
  t = clock_type::now();
  docs = read_all(articles);
  full.run_all(docs, 1);
  const double one = seconds_since(t);
  report("end to end, 1 thread", one, mb, n);
  const unsigned threads = default_thread_count();
  t = clock_type::now();
  docs = read_all(articles, threads);
  full.run_all(docs, threads);
  const double all = seconds_since(t);
  char label[64];
  std::snprintf(label, sizeof label, "end to end, %u threads", threads);
  report(label, all, mb, n);
  std::printf("  speed-up 1 -> %u threads: %.2fx\n", threads, one / all);

  articles.clear();
  articles.shrink_to_fit();
  t = clock_type::now();
  const knowledge_base kb = merge_documents(std::move(docs));
  std::printf("  %-28s %8.3f s (%zu events, %zu actors)\n", "merge and graph build", seconds_since(t), kb.events.size(),
              kb.actors.size());
  for (const auto f : {export_format::timeline, export_format::graphml, export_format::gexf, export_format::vis,
                       export_format::timelinejs, export_format::jsonl, export_format::csv}) {
    t = clock_type::now();
    const auto files = render(f, kb);
    std::size_t size = 0;
    for (const auto& file : files) size += file.content.size();
    std::printf("  export %-21s %8.3f s (%.1f MB)\n", std::string(to_string(f)).c_str(), seconds_since(t),
                static_cast<double>(size) / 1e6);
  }
}

// Runs fn in a child; returns its rusage.
template <class F>
rusage in_child(F fn) {
  std::fflush(stdout);
  const pid_t pid = ::fork();
  if (pid == 0) {
    fn();
    std::fflush(stdout);
    std::_Exit(0);
  }
  int status = 0;
  rusage usage{};
  ::wait4(pid, &status, 0, &usage);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) std::printf("  (child failed with status %d)\n", status);
  return usage;
}

void extract_run(const std::string& eventgraph, std::size_t n) {
  const std::string feed = "/tmp/eventgraph-bench-" + std::to_string(::getpid()) + ".jsonl";
  double bytes = 0;
  {
    corpus_generator gen(lexicon_files::embedded(), 7);
    std::ofstream out(feed, std::ios::binary);
    for (std::size_t i = 0; i < n; ++i) {
      const auto a = gen.next();
      bytes += static_cast<double>(a.text.size());
      out << corpus_generator::jsonl_line(a) << '\n';
    }
  }
  for (const char* threads : {"1", "0"}) {
    const auto t = clock_type::now();
    const rusage u = in_child([&] {
      if (!std::freopen("/dev/null", "w", stdout)) std::_Exit(3);
      const std::string th = threads[0] == '0' ? std::to_string(default_thread_count()) : threads;
      ::execl(eventgraph.c_str(), eventgraph.c_str(), "extract", feed.c_str(), "--threads", th.c_str(),
              static_cast<char*>(nullptr));
      std::_Exit(127);
    });
    const double s = seconds_since(t);
    std::printf("  eventgraph extract, %s thread(s): %.3f s, %.1f MB/s, %.0f docs/s, peak RSS %.1f MB\n",
                threads[0] == '0' ? std::to_string(default_thread_count()).c_str() : threads, s, bytes / 1e6 / s,
                static_cast<double>(n) / s, peak_rss_mb(u));
  }
  std::remove(feed.c_str());
}
}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes;
  std::string eventgraph;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--eventgraph" && i + 1 < argc) eventgraph = argv[++i];
    else sizes.push_back(std::strtoull(a.c_str(), nullptr, 10));
  }
  if (sizes.empty()) sizes = {10000, 100000};
  for (const auto n : sizes) {
    const rusage u = in_child([n] { in_process(n); });
    std::printf("  peak RSS (in-process build of all %zu documents): %.1f MB\n", n, peak_rss_mb(u));
    if (!eventgraph.empty()) extract_run(eventgraph, n);
  }
  return 0;
}
