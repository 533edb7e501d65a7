#include "extractors/lexicon_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.h"

namespace eventgraph {
namespace detail {
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_lexicon_files();
}

lexicon_files lexicon_files::embedded() {
  lexicon_files l;
  for (const auto& [name, content] : detail::embedded_lexicon_files())
    l.files_[std::string(name)] = {std::string(content), "embedded:" + std::string(name)};
  return l;
}

lexicon_files lexicon_files::with_content(std::string_view name, std::string content, std::string origin) const {
  lexicon_files l = *this;
  const auto it = l.files_.find(name);
  if (it == l.files_.end()) throw error(std::string(name) + ": not a lexicon file name");
  it->second = {std::move(content), std::move(origin)};
  return l;
}

lexicon_files lexicon_files::with_overrides(const std::string& dir) {
  namespace fs = std::filesystem;
  lexicon_files l = embedded();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw error(dir + ": lexicon directory not found");
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file()) paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    const std::string name = p.filename().string();
    if (name.empty() || name.front() == '.') continue;
    auto it = l.files_.find(name);
    if (it == l.files_.end()) {
      std::string known;
      for (const auto& n : names()) known += (known.empty() ? "" : ", ") + n;
      throw error(p.string() + ": not a lexicon file name (known: " + known + ")");
    }
    std::ifstream in(p, std::ios::binary);
    if (!in) throw error(p.string() + ": cannot read lexicon file");
    std::ostringstream ss;
    ss << in.rdbuf();
    it->second = {ss.str(), p.string()};
  }
  return l;
}

std::string_view lexicon_files::content(std::string_view name) const {
  auto it = files_.find(name);
  if (it == files_.end()) throw error("no lexicon file named " + std::string(name));
  return it->second.content;
}

const std::string& lexicon_files::origin(std::string_view name) const {
  auto it = files_.find(name);
  if (it == files_.end()) throw error("no lexicon file named " + std::string(name));
  return it->second.origin;
}

std::vector<std::string> lexicon_files::names() {
  std::vector<std::string> out;
  for (const auto& [name, content] : detail::embedded_lexicon_files()) out.emplace_back(name);
  return out;
}

}  // namespace eventgraph
