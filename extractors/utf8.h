// Small UTF-8 facts the text components share: code point decoding, which
// code points are spaces or punctuation, validation, and folding of Latin
// letters with diacritics to ASCII for name matching.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace eventgraph::utf8 {

// Decodes the code point at s[i]; sets len to its byte length (1 for an
// invalid byte, which decodes as U+FFFD). Inline for ASCII, which is most
// of what the tokenizer sees.
char32_t decode_multibyte(std::string_view s, std::size_t i, int& len);
inline char32_t decode(std::string_view s, std::size_t i, int& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  return decode_multibyte(s, i, len);
}

bool is_space_multibyte(char32_t c);
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return is_space_multibyte(c);
}
// Unicode punctuation and symbols we split on.
bool is_punct_multibyte(char32_t c);
inline bool is_punct(char32_t c) {
  if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  return is_punct_multibyte(c);
}

// Offset of the first invalid byte, or npos when s is valid UTF-8.
std::size_t first_invalid(std::string_view s);
// Whether s is valid UTF-8: inline for the short ASCII strings writers check
// by the thousand (ids, names, enum values).
inline bool valid(std::string_view s) {
  if (s.size() <= 32) {
    bool ascii = true;
    for (const char c : s) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii) return true;
  }
  return first_invalid(s) == std::string_view::npos;
}

// Replaces each invalid byte with U+FFFD.
std::string repair(std::string_view s);

// Text that starts with a UTF-16 byte order mark (FF FE or FE FF), as UTF-8
// without the mark. Empty optional (and bad_offset set) for an unpaired
// surrogate or an odd byte count; nullopt with bad_offset = npos when there
// is no UTF-16 mark at all.
std::optional<std::string> from_utf16(std::string_view bytes, std::size_t& bad_offset);

// Lower-cases ASCII and folds common Latin letters with diacritics
// ("Niinistö" -> "niinisto"), for case- and accent-insensitive keys.
std::string fold(std::string_view s);

}  // namespace eventgraph::utf8
