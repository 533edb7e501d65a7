#include "extractors/utf8.h"

#include <cstring>

namespace eventgraph::utf8 {

char32_t decode_multibyte(std::string_view s, std::size_t i, int& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) { len = 1; return b0; }
  int n = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) { n = 2; cp = b0 & 0x1F; }
  else if ((b0 & 0xF0) == 0xE0) { n = 3; cp = b0 & 0x0F; }
  else if ((b0 & 0xF8) == 0xF0) { n = 4; cp = b0 & 0x07; }
  else { len = 1; return 0xFFFD; }
  if (i + n > s.size()) { len = 1; return 0xFFFD; }
  for (int k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) { len = 1; return 0xFFFD; }
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms and surrogates are invalid.
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    len = 1;
    return 0xFFFD;
  }
  len = n;
  return cp;
}

bool is_space_multibyte(char32_t c) {
  return c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

bool is_punct_multibyte(char32_t c) {
  return (c >= 0xA1 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x206F) ||
         (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x3001 && c <= 0x3003) ||
         c == 0xFFFD || (c >= 0x1F000 && c <= 0x1FAFF);
}

std::size_t first_invalid(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // ASCII, the bulk of news text, eight bytes at a time.
    if (i + 8 <= s.size()) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    int len = 0;
    const char32_t c = decode(s, i, len);
    if (c == 0xFFFD && !(len == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) return i;
    i += static_cast<std::size_t>(len);
  }
  return std::string_view::npos;
}

std::string repair(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    int len = 0;
    const char32_t c = decode(s, i, len);
    if (c == 0xFFFD && !(len == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) out += "\xEF\xBF\xBD";
    else out.append(s.substr(i, static_cast<std::size_t>(len)));
    i += static_cast<std::size_t>(len);
  }
  return out;
}

namespace {
char fold_latin(char32_t c) {
  if (c >= 0xC0 && c <= 0xC5) return 'a';
  if (c == 0xC7) return 'c';
  if (c >= 0xC8 && c <= 0xCB) return 'e';
  if (c >= 0xCC && c <= 0xCF) return 'i';
  if (c == 0xD1) return 'n';
  if ((c >= 0xD2 && c <= 0xD6) || c == 0xD8) return 'o';
  if (c >= 0xD9 && c <= 0xDC) return 'u';
  if (c == 0xDD) return 'y';
  if (c >= 0xE0 && c <= 0xE5) return 'a';
  if (c == 0xE7) return 'c';
  if (c >= 0xE8 && c <= 0xEB) return 'e';
  if (c >= 0xEC && c <= 0xEF) return 'i';
  if (c == 0xF1) return 'n';
  if ((c >= 0xF2 && c <= 0xF6) || c == 0xF8) return 'o';
  if (c >= 0xF9 && c <= 0xFC) return 'u';
  if (c == 0xFD || c == 0xFF) return 'y';
  if (c >= 0x100 && c <= 0x17F) {  // Latin Extended-A: pairs of upper/lower forms
    static constexpr char base[] =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkklllllllllllnnnnnnnnnoooooooorrrrrrssssssss"
        "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    const std::size_t k = c - 0x100;
    if (k < sizeof(base) - 1) return base[k];
  }
  return 0;
}
}  // namespace

std::string fold(std::string_view s) {
  std::string out;
  // Most names are ASCII: lower-cased in place after one copy.
  std::size_t ascii = 0;
  while (ascii < s.size() && static_cast<unsigned char>(s[ascii]) < 0x80) ++ascii;
  out.reserve(s.size());
  out.assign(s.substr(0, ascii));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (std::size_t i = ascii; i < s.size();) {
    if (const char a = s[i]; static_cast<unsigned char>(a) < 0x80) {  // most names are ASCII
      out += (a >= 'A' && a <= 'Z') ? static_cast<char>(a - 'A' + 'a') : a;
      ++i;
      continue;
    }
    int len = 0;
    const char32_t c = decode(s, i, len);
    if (c < 0x80) out += static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    else if (c == 0x2019 || c == 0x2018) out += '\'';
    else if (c == 0x2013 || c == 0x2014 || c == 0x2010 || c == 0x2011) out += '-';
    else if (const char f = fold_latin(c)) out += f;
    else out.append(s.substr(i, static_cast<std::size_t>(len)));
    i += static_cast<std::size_t>(len);
  }
  return out;
}

std::optional<std::string> from_utf16(std::string_view bytes, std::size_t& bad_offset) {
  bad_offset = std::string_view::npos;
  if (bytes.size() < 2) return std::nullopt;
  const auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
  const bool little = b0 == 0xFF && b1 == 0xFE;
  if (!little && !(b0 == 0xFE && b1 == 0xFF)) return std::nullopt;
  const auto unit = [&](std::size_t i) -> char32_t {
    const auto lo = static_cast<unsigned char>(bytes[i + (little ? 0 : 1)]);
    const auto hi = static_cast<unsigned char>(bytes[i + (little ? 1 : 0)]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 2; i < bytes.size(); i += 2) {
    if (i + 1 >= bytes.size()) { bad_offset = i; return std::nullopt; }
    char32_t c = unit(i);
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (i + 3 >= bytes.size()) { bad_offset = i; return std::nullopt; }
      const char32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) { bad_offset = i; return std::nullopt; }
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    } else if (c >= 0xDC00 && c <= 0xDFFF) {
      bad_offset = i;
      return std::nullopt;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

}  // namespace eventgraph::utf8
