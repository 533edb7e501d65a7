#include "exporters/compact_json_writer.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <utility>

#include "extractors/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace eventgraph {
namespace {
// 0: the byte goes out as is; otherwise the letter after the backslash.
constexpr auto escapes = [] {
  struct table {
    char of[256] = {};
  } t;
  for (int c = 0; c < 0x20; ++c) t.of[c] = 'u';
  for (const auto& [c, e] : {std::pair{'\b', 'b'}, std::pair{'\t', 't'}, std::pair{'\n', 'n'}, std::pair{'\f', 'f'},
                             std::pair{'\r', 'r'}, std::pair{'"', '"'}, std::pair{'\\', '\\'}})
    t.of[static_cast<unsigned char>(c)] = e;
  return t;
}();

// Whether one of the eight bytes of w may be a control character, '"' or
// '\\' (exact when none is: the usual bit trick for a zero or small byte).
constexpr bool may_need_escape(std::uint64_t w) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const std::uint64_t control = (w - ones * 0x20) & ~w;
  const std::uint64_t q = w ^ (ones * '"'), quote = (q - ones) & ~q;
  const std::uint64_t b = w ^ (ones * '\\'), backslash = (b - ones) & ~b;
  return ((control | quote | backslash) & highs) != 0;
}
}  // namespace

void compact_json_writer::grow(std::size_t n) { out_.resize(at_ + n + 1024); }

void compact_json_writer::String(std::string_view s) {
  comma();
  escaped(s);
}

void compact_json_writer::Text(std::string_view s) {
  comma();
  const std::size_t from = at_;
  // Text without a byte above 0x7F is ASCII, valid as it is: the UTF-8 check
  // is needed only when the escape scan saw one.
  if (!escaped(s) || utf8::valid(s)) return;
  at_ = from;
  escaped(utf8::repair(s));
}

bool compact_json_writer::escaped(std::string_view s) {
  // Room for the quotes and every byte as it is; an escape asks for more.
  room(s.size() + 2);
  char* p = out_.data() + at_;
  *p++ = '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  std::size_t i = 0;
  bool high = false;  // a byte above 0x7F seen
  while (i < s.size()) {
#if defined(__SSE2__)
    // Sixteen bytes at a time: an evidence sentence is most of an event line.
    if (i + 16 <= s.size()) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
      const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
      if (_mm_movemask_epi8(_mm_or_si128(control, special)) == 0) {
        high |= _mm_movemask_epi8(v) != 0;
        i += 16;
        continue;
      }
    }
#endif
    if (i + 8 <= s.size()) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (!may_need_escape(w)) {
        high |= (w & 0x8080808080808080ull) != 0;
        i += 8;
        continue;
      }
    }
    const std::size_t stop = std::min(i + 8, s.size());
    for (; i < stop; ++i) {
      high |= static_cast<unsigned char>(s[i]) >= 0x80;
      const char e = escapes.of[static_cast<unsigned char>(s[i])];
      if (e == 0) continue;
      std::memcpy(p, s.data() + run, i - run);
      p += i - run;
      run = i + 1;
      // Six bytes at most for this one, one for each byte left, the quote.
      const std::size_t written = static_cast<std::size_t>(p - out_.data());
      if (out_.size() - written < 7 + (s.size() - run)) out_.resize(written + 7 + (s.size() - run) + 1024);
      p = out_.data() + written;
      *p++ = '\\';
      *p++ = e;
      if (e == 'u') {
        static constexpr char hex[] = "0123456789ABCDEF";
        const auto c = static_cast<unsigned char>(s[i]);
        *p++ = '0';
        *p++ = '0';
        *p++ = hex[c >> 4];
        *p++ = hex[c & 15];
      }
    }
  }
  std::memcpy(p, s.data() + run, s.size() - run);
  p += s.size() - run;
  *p++ = '"';
  at_ = static_cast<std::size_t>(p - out_.data());
  return high;
}

void compact_json_writer::Int(int v) {
  char buf[16];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  scalar(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

void compact_json_writer::Uint(unsigned v) {
  char buf[16];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  scalar(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

void compact_json_writer::Double(double v) {
  // Whole hundredths (confidences are rounded to them) are written from the
  // integer: the shortest text of n / 100.0 is n's digits with a point before
  // the last two, trailing zeros after it dropped.
  if (v > -1e6 && v < 1e6) {
    const auto n = static_cast<long long>(v * 100 + (v < 0 ? -0.5 : 0.5));
    if (static_cast<double>(n) / 100.0 == v) {
      const long long whole = (n < 0 ? -n : n) / 100, cents = (n < 0 ? -n : n) % 100;
      char buf[32];
      char* p = buf;
      if (n < 0) *p++ = '-';
      p = std::to_chars(p, buf + sizeof buf, whole).ptr;
      *p++ = '.';
      *p++ = static_cast<char>('0' + cents / 10);
      if (cents % 10 != 0) *p++ = static_cast<char>('0' + cents % 10);
      scalar(std::string_view(buf, static_cast<std::size_t>(p - buf)));
      return;
    }
  }
  // The shortest text that reads back as v, as rapidjson's Grisu writes it;
  // a whole number keeps its ".0" so that it stays a JSON double.
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf - 2, v);
  std::size_t n = static_cast<std::size_t>(r.ptr - buf);
  if (std::memchr(buf, '.', n) == nullptr && std::memchr(buf, 'e', n) == nullptr) {
    buf[n++] = '.';
    buf[n++] = '0';
  }
  scalar(std::string_view(buf, n));
}

}  // namespace eventgraph
