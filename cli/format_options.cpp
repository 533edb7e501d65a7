#include "cli/format_options.h"

#include <filesystem>

#include "core/error.h"
#include "exporters/atomic_file.h"

namespace eventgraph {

std::vector<export_format> parse_format_list(const std::string& list) {
  std::vector<export_format> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    const auto comma = list.find(',', start);
    const std::string name = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!name.empty()) {
      auto f = parse_export_format(name);
      if (!f) throw error("unknown format '" + name + "' (formats: " + export_format_names() + ")");
      bool seen = false;
      for (auto g : out) seen = seen || g == *f;
      if (!seen) out.push_back(*f);
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (out.empty()) throw error("--format needs at least one of: " + export_format_names());
  return out;
}

gexf_version parse_gexf_version(const std::string& v) {
  if (v == "1.3") return gexf_version::v1_3;
  if (v == "1.2" || v == "1.2draft") return gexf_version::v1_2draft;
  throw error("unknown GEXF version '" + v + "' (1.3 or 1.2)");
}

std::vector<std::string> write_formats(const knowledge_base& kb, const std::vector<export_format>& formats,
                                       const std::string& dir, const export_options& options) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw error(dir + ": cannot create output directory (" + ec.message() + ")");
  std::vector<std::string> paths;
  for (const auto f : formats)
    for (const auto& file : render(f, kb, options)) {
      const std::string path = (std::filesystem::path(dir) / file.name).string();
      write_file_atomically(path, file.content);
      paths.push_back(path);
    }
  return paths;
}

}  // namespace eventgraph
