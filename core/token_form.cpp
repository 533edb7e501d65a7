#include "core/token_form.h"

namespace eventgraph {

namespace {
// ’ ‘ – — are E2 80 xx in UTF-8.
constexpr unsigned char lead = 0xE2;
constexpr unsigned char second = 0x80;
}  // namespace

bool has_foldable_punctuation(std::string_view s) {
  for (std::size_t i = 0; i + 2 < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) == lead && static_cast<unsigned char>(s[i + 1]) == second) {
      const auto c = static_cast<unsigned char>(s[i + 2]);
      if (c == 0x98 || c == 0x99 || c == 0x93 || c == 0x94) return true;
    }
  return false;
}

std::string normalise_token(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == lead && static_cast<unsigned char>(s[i + 1]) == second) {
      const auto c = static_cast<unsigned char>(s[i + 2]);
      if (c == 0x98 || c == 0x99) { out += '\''; i += 2; continue; }
      if (c == 0x93 || c == 0x94) { out += '-'; i += 2; continue; }
    }
    out += s[i];
  }
  return out;
}

std::string token_form(std::string_view s) {
  std::string out = normalise_token(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace eventgraph
