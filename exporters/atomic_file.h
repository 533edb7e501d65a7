// Writes a file atomically: the content goes to a temporary file beside the
// target, which is renamed over it only when complete, so a reader never sees
// a half-written file and an interrupted run leaves the previous one intact.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace eventgraph {

// A file written in pieces (a stream of events) that appears at its path
// only on commit(); destroyed uncommitted, it leaves the old file as it was.
class atomic_file {
 public:
  // Throws eventgraph::error naming path when the temporary cannot be created.
  explicit atomic_file(std::string path);
  ~atomic_file();
  atomic_file(const atomic_file&) = delete;
  atomic_file& operator=(const atomic_file&) = delete;

  void write(std::string_view bytes);
  // Flushes, syncs and renames into place; throws eventgraph::error on failure.
  void commit();

 private:
  std::string path_, tmp_;
  std::FILE* file_ = nullptr;
  bool ok_ = true;
};

// Throws eventgraph::error naming path when it cannot be written.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace eventgraph
