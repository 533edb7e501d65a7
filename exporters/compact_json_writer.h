// A JSON writer with the calls of rapidjson::Writer that our exporters use,
// appending compact JSON to a std::string. events.jsonl writes several bytes
// of JSON per byte of input, and rapidjson's writer spent about 25
// instructions on each; this one copies unescaped runs whole. The bytes are
// rapidjson's: the same escapes (\" \\ \b \f \n \r \t, other control
// characters as \u00XX in upper-case hex, everything else as is) and the
// same numbers for the decimals we write (0.75, 1.0).
//
// The writer writes through a cursor into the string's storage, grown ahead
// of it: appending byte by byte to a std::string stores its length and
// terminator each time, and an event line is some seventy pieces. So `out`
// holds exactly the JSON written only after finish() or the writer's end.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace eventgraph {

class compact_json_writer {
 public:
  explicit compact_json_writer(std::string& out) : out_(out), at_(out.size()) {}
  ~compact_json_writer() { finish(); }
  compact_json_writer(const compact_json_writer&) = delete;
  compact_json_writer& operator=(const compact_json_writer&) = delete;

  // Cuts the string to what was written; writing may go on afterwards.
  void finish() { out_.resize(at_); }

  void StartObject() { open('{'); }
  void EndObject() { close('}'); }
  void StartArray() { open('['); }
  void EndArray() { close(']'); }
  // Object members are written as Key() then the value: unlike rapidjson,
  // a String() is never taken for a key.
  void Key(const char* k, std::size_t n) { Key(std::string_view(k, n)); }
  void Key(std::string_view k) {
    comma();
    (void)escaped(k);
    put(':');
    after_key_ = true;
  }
  // A key written in our code: plain ASCII, nothing to escape.
  template <std::size_t N>
  void Key(const char (&k)[N]) {
    comma();
    char* p = room(N + 2);
    *p = '"';
    std::memcpy(p + 1, k, N - 1);
    p[N] = '"';
    p[N + 1] = ':';
    at_ += N + 2;
    after_key_ = true;
  }
  // s must be valid UTF-8 (as rapidjson's writer, nothing is checked).
  void String(const char* s, std::size_t n) { String(std::string_view(s, n)); }
  void String(std::string_view s);
  // Any bytes: invalid UTF-8 is written as U+FFFD (utf8::repair), checked
  // only when the string is not plain ASCII.
  void Text(std::string_view s);
  // A string our code made (enum names, dates, event ids): printable ASCII
  // with no quote or backslash, so written as it is, unscanned.
  void PlainString(std::string_view s) {
    comma();
    char* p = room(s.size() + 2);
    *p = '"';
    std::memcpy(p + 1, s.data(), s.size());
    p[s.size() + 1] = '"';
    at_ += s.size() + 2;
  }
  void Null() { scalar("null"); }
  void Bool(bool b) { scalar(b ? "true" : "false"); }
  void Int(int v);
  void Uint(unsigned v);
  void Double(double v);

 private:
  // Space for n more bytes at the cursor. The string grows a little beyond
  // what is asked, not geometrically from its size: a buffer that already
  // holds many lines would otherwise zero-fill its whole slack per line.
  char* room(std::size_t n) {
    if (out_.size() - at_ < n) grow(n);
    return out_.data() + at_;
  }
  // Out of line, so that room() stays small enough to be inlined everywhere.
  void grow(std::size_t n);
  void put(char c) {
    *room(1) = c;
    ++at_;
  }
  void append(std::string_view s) {
    std::memcpy(room(s.size()), s.data(), s.size());
    at_ += s.size();
  }
  // The comma before a value, unless it follows its key or opens its container.
  void comma() {
    if (after_key_) after_key_ = false;
    else if (!first_) put(',');
    first_ = false;
  }
  void open(char c) {
    comma();
    put(c);
    first_ = true;
  }
  void close(char c) {
    put(c);
    first_ = false;
  }
  void scalar(std::string_view text) {
    comma();
    append(text);
  }
  // Writes s quoted and escaped; whether it has a byte above 0x7F.
  bool escaped(std::string_view s);

  std::string& out_;
  std::size_t at_;  // the cursor: bytes of out_ that are JSON written
  bool first_ = true;  // nothing written yet in the innermost open container
  bool after_key_ = false;
};

}  // namespace eventgraph
