// Reads articles from files, directories and stdin a batch at a time, so
// that memory for extraction does not grow with the size of the input: a
// JSONL file or stream is read line by line, a plain-text file whole. Bad
// input (binary, invalid UTF-8, empty, a malformed JSONL line, a document
// over the size limit) becomes an input_error naming the file and line, and
// reading goes on. Directories are read recursively in sorted order, hidden
// entries skipped; "-" is stdin (JSONL when it starts with '{').
#pragma once

#include <cstddef>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "extractors/document_reader.h"

namespace eventgraph {

struct input_options {
  // Larger documents (a whole file, or one JSONL line) are refused unread.
  std::size_t max_document_bytes = 16u << 20;
  // Make colliding document ids unique ("x", "x~2"). Remembers every id, so
  // a stream that must run in constant memory turns it off.
  bool unique_ids = true;
};

// One input as read, before any parsing: a JSONL line, or a document read
// whole (a plain-text file), with the errors met since the previous input.
// For a reader that parses lines on the threads that process them, so that
// the one thread reading at a time only splits lines.
struct raw_input {
  std::vector<input_error> errors;
  bool is_line = false;
  std::string source;  // of the line
  int line_no = 0;
  std::string line;
  std::vector<document> documents;  // read whole (at most one)
};

// The document of a raw input: its JSONL line parsed (a malformed line adds
// an error to in.errors), or the document read whole; nullopt when neither.
std::optional<document> parse_raw_input(raw_input& in);

class input_stream {
 public:
  input_stream(const std::vector<std::string>& inputs, input_options options = {});
  ~input_stream();
  input_stream(const input_stream&) = delete;
  input_stream& operator=(const input_stream&) = delete;

  // Appends up to max_documents documents (and any errors met on the way)
  // to out. Returns false when the input is exhausted and nothing was added.
  bool next_batch(std::size_t max_documents, read_result& out);

  // The next input unparsed, or only errors. Returns false when the input
  // is exhausted and nothing was met. A feed's ids are kept as given (a
  // caller that wants them unique reads with next_batch).
  bool next_raw(raw_input& out);

 private:
  struct source {
    std::string name;  // as shown in messages
    std::string path;  // "-" for stdin
  };
  bool open_next(read_result& out);
  void start_jsonl(std::istream& in, const std::string& name);
  void read_plain(const source& s, read_result& out);
  // Next line of the open JSONL input into line_; false at its end. A line
  // over the limit is skipped to its end and reported.
  bool next_line(read_result& out);
  std::string unique(std::string id);

  input_options options_;
  std::vector<source> sources_;
  std::size_t next_source_ = 0;
  std::unique_ptr<std::ifstream> file_;
  std::istream* jsonl_ = nullptr;  // the open JSONL input, if any
  std::string jsonl_name_;
  int line_no_ = 0;
  bool jsonl_has_content_ = false;
  std::string line_;
  std::string chunk_;  // bytes read ahead from the JSONL input
  std::size_t chunk_pos_ = 0;
  std::unordered_map<std::string, int> used_ids_;
};

// Every input at once: files, directories and "-" for stdin.
read_result read_inputs(const std::vector<std::string>& inputs, input_options options = {});

}  // namespace eventgraph
