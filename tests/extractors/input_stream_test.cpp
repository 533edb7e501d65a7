#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "extractors/input_stream.h"

using namespace eventgraph;
namespace fs = std::filesystem;

namespace {
// A directory of its own for one test, removed at its end.
struct scratch_dir {
  fs::path path;
  explicit scratch_dir(const std::string& name)
      : path(fs::temp_directory_path() / ("eventgraph_test_" + name + "_" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~scratch_dir() { fs::remove_all(path); }
  std::string write(const std::string& file, const std::string& bytes) const {
    std::ofstream(path / file, std::ios::binary) << bytes;
    return (path / file).string();
  }
};
}  // namespace

TEST_CASE("input_stream: raw inputs are JSONL lines unparsed, in order, with the errors met before them",
          "[extractors]") {
  const scratch_dir dir("raw");
  const auto feed = dir.write("feed.jsonl",
                              "{\"id\":\"a\",\"text\":\"Envoys met in Doha.\"}\n"
                              "{\"id\": broken\n");
  const auto empty = dir.write("empty.jsonl", "");
  const auto plain = dir.write("talks.txt", "Envoys met in Oslo on Monday.\n");
  input_stream in({feed, (dir.path / "missing.jsonl").string(), empty, plain}, {.unique_ids = false});

  raw_input r;
  REQUIRE(in.next_raw(r));
  CHECK(r.is_line);
  CHECK(r.line_no == 1);
  CHECK(r.errors.empty());
  auto doc = parse_raw_input(r);
  REQUIRE(doc);
  CHECK(doc->id() == "a");

  REQUIRE(in.next_raw(r));
  CHECK(r.line_no == 2);
  CHECK_FALSE(parse_raw_input(r));
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].line == 2);

  // The missing file, then the empty one: errors only, in input order.
  REQUIRE(in.next_raw(r));
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message == "no such file or directory");
  REQUIRE(in.next_raw(r));
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message == "empty file");

  REQUIRE(in.next_raw(r));
  CHECK_FALSE(r.is_line);
  doc = parse_raw_input(r);
  REQUIRE(doc);
  CHECK(doc->id() == "talks");

  CHECK_FALSE(in.next_raw(r));
}
