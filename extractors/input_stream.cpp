#include "extractors/input_stream.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "extractors/utf8.h"

namespace eventgraph {
namespace {
namespace fs = std::filesystem;

bool jsonl_name(const fs::path& p) {
  const auto ext = p.extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

std::string too_large(std::uintmax_t size, std::size_t limit) {
  return "document of " + std::to_string(size) + " bytes is over the limit of " + std::to_string(limit) +
         " bytes (--max-doc-bytes)";
}
}  // namespace

input_stream::input_stream(const std::vector<std::string>& inputs, input_options options) : options_(options) {
  for (const auto& in : inputs) {
    if (in == "-") { sources_.push_back({"<stdin>", "-"}); continue; }
    std::error_code ec;
    const fs::path p(in);
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const auto name = it->path().filename().string();
        if (!name.empty() && name.front() == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file()) found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      for (const auto& f : found) sources_.push_back({f.string(), f.string()});
    } else {
      // A missing path is reported when its turn comes, in input order.
      sources_.push_back({in, in});
    }
  }
}

input_stream::~input_stream() = default;

std::string input_stream::unique(std::string id) {
  if (!options_.unique_ids) return id;
  const int n = used_ids_[id]++;
  return n == 0 ? id : id + "~" + std::to_string(n + 1);
}

bool input_stream::next_batch(std::size_t max_documents, read_result& out) {
  const std::size_t before_docs = out.documents.size(), before_errors = out.errors.size();
  raw_input raw;
  while (out.documents.size() - before_docs < max_documents && next_raw(raw)) {
    auto d = parse_raw_input(raw);
    for (auto& e : raw.errors) out.errors.push_back(std::move(e));
    if (!d) continue;
    // A plain-text file had its unique id given when read; a feed's line gets its own here.
    if (raw.is_line && options_.unique_ids) {
      document copy(unique(d->id()), d->source(), d->text());
      copy.title = std::move(d->title);
      copy.url = std::move(d->url);
      copy.published = d->published;
      copy.published_from = d->published_from;
      copy.diagnostics = std::move(d->diagnostics);
      out.documents.push_back(std::move(copy));
    } else {
      out.documents.push_back(std::move(*d));
    }
  }
  return out.documents.size() > before_docs || out.errors.size() > before_errors;
}

bool input_stream::next_raw(raw_input& out) {
  out = raw_input{};
  read_result met;  // what next_line and open_next report
  const auto take_errors = [&] {
    for (auto& e : met.errors) out.errors.push_back(std::move(e));
    met.errors.clear();
  };
  for (;;) {
    if (jsonl_) {
      if (!next_line(met)) {
        if (!jsonl_has_content_) met.errors.push_back({jsonl_name_, 0, "empty file"});
        jsonl_ = nullptr;
        file_.reset();
        take_errors();
        if (!out.errors.empty()) return true;
        continue;
      }
      take_errors();
      if (line_.find_first_not_of(" \t\r") != std::string::npos) jsonl_has_content_ = true;
      out.is_line = true;
      out.source = jsonl_name_;
      out.line_no = line_no_;
      out.line.swap(line_);
      return true;
    }
    if (!open_next(met)) {
      take_errors();
      return !out.errors.empty();
    }
    take_errors();
    if (!met.documents.empty()) {
      out.documents = std::move(met.documents);
      return true;
    }
    if (!out.errors.empty()) return true;
  }
}

std::optional<document> parse_raw_input(raw_input& in) {
  if (in.is_line) return read_jsonl_line(in.source, in.line_no, in.line, in.errors);
  if (in.documents.empty()) return std::nullopt;
  return std::move(in.documents.front());
}

bool input_stream::open_next(read_result& out) {
  if (next_source_ >= sources_.size()) return false;
  const source s = sources_[next_source_++];
  if (s.path == "-") {
    std::cin >> std::ws;
    // An empty stream is a valid feed (an empty split of a streaming job).
    if (std::cin.peek() == std::char_traits<char>::eof()) return true;
    if (std::cin.peek() == '{') {
      start_jsonl(std::cin, s.name);
      return true;
    }
    read_plain(s, out);
    return true;
  }
  std::error_code ec;
  const fs::path p(s.path);
  if (!fs::exists(p, ec)) {
    out.errors.push_back({s.name, 0, "no such file or directory"});
    return true;
  }
  if (jsonl_name(p)) {
    file_ = std::make_unique<std::ifstream>(p, std::ios::binary);
    if (!*file_) {
      out.errors.push_back({s.name, 0, "cannot read file"});
      file_.reset();
      return true;
    }
    start_jsonl(*file_, s.name);
    return true;
  }
  read_plain(s, out);
  return true;
}

void input_stream::start_jsonl(std::istream& in, const std::string& name) {
  jsonl_ = &in;
  jsonl_name_ = name;
  chunk_.clear();
  chunk_pos_ = 0;
  line_no_ = 0;
  jsonl_has_content_ = false;
}

void input_stream::read_plain(const source& s, read_result& out) {
  std::string bytes;
  if (s.path == "-") {
    // Read through the limit: a larger stdin is refused, not buffered whole.
    auto* sb = std::cin.rdbuf();
    for (int c = sb->sbumpc(); c != std::char_traits<char>::eof(); c = sb->sbumpc()) {
      if (bytes.size() >= options_.max_document_bytes) {
        std::uintmax_t n = bytes.size() + 1;
        while (sb->sbumpc() != std::char_traits<char>::eof()) ++n;
        out.errors.push_back({s.name, 0, too_large(n, options_.max_document_bytes)});
        return;
      }
      bytes += static_cast<char>(c);
    }
  } else {
    std::error_code ec;
    const auto size = fs::file_size(s.path, ec);
    if (!ec && size > options_.max_document_bytes) {
      out.errors.push_back({s.name, 0, too_large(size, options_.max_document_bytes)});
      return;
    }
    std::ifstream in(s.path, std::ios::binary);
    if (!in) {
      out.errors.push_back({s.name, 0, "cannot read file"});
      return;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes = std::move(ss).str();
  }
  std::string note;
  std::size_t bad_utf16 = 0;
  if (auto converted = utf8::from_utf16(bytes, bad_utf16)) {
    note = std::string("converted from UTF-16") + (static_cast<unsigned char>(bytes[0]) == 0xFF ? "LE" : "BE");
    bytes = std::move(*converted);
  } else if (bad_utf16 != std::string::npos) {
    out.errors.push_back({s.name, 0, "invalid UTF-16 at byte " + std::to_string(bad_utf16)});
    return;
  }
  if (const auto why = refuse_reason(bytes); !why.empty()) {
    out.errors.push_back({s.name, 0, why});
    return;
  }
  const std::string stem = s.path == "-" ? "stdin" : fs::path(s.path).stem().string();
  out.documents.push_back(read_plain_text(unique(stem), s.name, bytes));
  if (!note.empty()) out.documents.back().diagnostics.push_back({{}, note});
}

bool input_stream::next_line(read_result& out) {
  // Read in chunks and search them for the newline: a line over the limit
  // is skipped without ever being held whole.
  constexpr std::size_t chunk_size = 1 << 16;
  const auto refill = [&] {
    chunk_.resize(chunk_size);
    const auto n = jsonl_->rdbuf()->sgetn(chunk_.data(), static_cast<std::streamsize>(chunk_size));
    chunk_.resize(static_cast<std::size_t>(std::max<std::streamsize>(n, 0)));
    chunk_pos_ = 0;
    return !chunk_.empty();
  };
  for (;;) {
    line_.clear();
    if (chunk_pos_ >= chunk_.size() && !refill()) return false;
    ++line_no_;
    std::uintmax_t length = 0;
    for (;;) {
      if (chunk_pos_ >= chunk_.size() && !refill()) break;
      const char* begin = chunk_.data() + chunk_pos_;
      const std::size_t avail = chunk_.size() - chunk_pos_;
      const void* nl = std::memchr(begin, '\n', avail);
      const std::size_t take = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - begin) : avail;
      if (length + take <= options_.max_document_bytes) line_.append(begin, take);
      length += take;
      chunk_pos_ += take;
      if (nl) {
        ++chunk_pos_;
        break;
      }
    }
    if (length <= options_.max_document_bytes) return true;
    jsonl_has_content_ = true;
    out.errors.push_back({jsonl_name_, line_no_, too_large(length, options_.max_document_bytes)});
  }
}

read_result read_inputs(const std::vector<std::string>& inputs, input_options options) {
  read_result out;
  input_stream in(inputs, options);
  while (in.next_batch(1024, out)) {
  }
  return out;
}

}  // namespace eventgraph
