// Writes a file atomically: the content goes to a temporary file beside the
// target, which is renamed over it only when complete, so a reader never sees
// a half-written file and an interrupted run leaves the previous one intact.
#pragma once

#include <string>
#include <string_view>

namespace eventgraph {

// Throws eventgraph::error naming path when it cannot be written.
void write_file_atomically(const std::string& path, std::string_view content);

}  // namespace eventgraph
