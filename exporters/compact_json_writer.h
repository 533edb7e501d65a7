// A JSON writer with the calls of rapidjson::Writer that our exporters use,
// appending compact JSON to a std::string. events.jsonl writes several bytes
// of JSON per byte of input, and rapidjson's writer spent about 25
// instructions on each; this one copies unescaped runs whole. The bytes are
// rapidjson's: the same escapes (\" \\ \b \f \n \r \t, other control
// characters as \u00XX in upper-case hex, everything else as is) and the
// same numbers for the decimals we write (0.75, 1.0).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace eventgraph {

class compact_json_writer {
 public:
  explicit compact_json_writer(std::string& out) : out_(out) {}

  void StartObject() { open('{'); }
  void EndObject() { close('}'); }
  void StartArray() { open('['); }
  void EndArray() { close(']'); }
  // Object members are written as Key() then the value: unlike rapidjson,
  // a String() is never taken for a key.
  void Key(const char* k, std::size_t n) { Key(std::string_view(k, n)); }
  void Key(std::string_view k) {
    comma();
    escaped(k);
    out_ += ':';
    after_key_ = true;
  }
  // A key written in our code: plain ASCII, nothing to escape.
  template <std::size_t N>
  void Key(const char (&k)[N]) {
    comma();
    out_ += '"';
    out_.append(k, N - 1);
    out_ += "\":";
    after_key_ = true;
  }
  // s must be valid UTF-8 (as rapidjson's writer, nothing is checked).
  void String(const char* s, std::size_t n) { String(std::string_view(s, n)); }
  void String(std::string_view s);
  void Null() { scalar("null"); }
  void Bool(bool b) { scalar(b ? "true" : "false"); }
  void Int(int v);
  void Uint(unsigned v);
  void Double(double v);

 private:
  // The comma before a value, unless it follows its key or opens its container.
  void comma() {
    if (after_key_) after_key_ = false;
    else if (!first_) out_ += ',';
    first_ = false;
  }
  void open(char c) {
    comma();
    out_ += c;
    first_ = true;
  }
  void close(char c) {
    out_ += c;
    first_ = false;
  }
  void scalar(std::string_view text) {
    comma();
    out_ += text;
  }
  void escaped(std::string_view s);

  std::string& out_;
  bool first_ = true;  // nothing written yet in the innermost open container
  bool after_key_ = false;
};

}  // namespace eventgraph
