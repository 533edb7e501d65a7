// The lexicon data files the pipeline reads: the defaults embedded in the
// binary at build time, each replaceable by a file of the same name in a
// user's directory (--lexicon DIR). Immutable once built.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace eventgraph {

class lexicon_files {
 public:
  // The embedded defaults.
  static lexicon_files embedded();
  // The embedded defaults, with every file of dir whose name is a known
  // lexicon file replacing the default. Throws eventgraph::error for a
  // missing directory, an unreadable file or a file name we do not know.
  static lexicon_files with_overrides(const std::string& dir);

  // Content of a named file ("states.tsv"); throws if unknown.
  std::string_view content(std::string_view name) const;
  // Where the file came from: "embedded:states.tsv" or the user's path.
  const std::string& origin(std::string_view name) const;
  static std::vector<std::string> names();
  // A copy with the named file's content replaced, said to come from origin
  // (for tests and fuzzing); throws eventgraph::error for an unknown name.
  lexicon_files with_content(std::string_view name, std::string content, std::string origin) const;

 private:
  struct file {
    std::string content;
    std::string origin;
  };
  std::map<std::string, file, std::less<>> files_;
};

}  // namespace eventgraph
