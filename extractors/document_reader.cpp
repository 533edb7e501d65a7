#include "extractors/document_reader.h"

// Before any RapidJSON header:
#include "extractors/rapidjson_options.h"
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>

#include "core/error.h"
#include "extractors/calendar_words.h"
#include "extractors/temporal_tagger.h"
#include "extractors/utf8.h"

namespace eventgraph {
namespace {
namespace fs = std::filesystem;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> lines_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    const auto nl = s.find('\n', pos);
    out.push_back(trim(s.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos)));
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return out;
}

bool ends_sentence(std::string_view line) {
  static constexpr std::string_view enders[] = {".", "!", "?", "\"", "\xE2\x80\x9D", ":", "\xE2\x80\x99"};
  for (auto e : enders)
    if (line.size() >= e.size() && line.substr(line.size() - e.size()) == e) return true;
  return false;
}

bool is_url(std::string_view line) {
  return (line.rfind("http://", 0) == 0 || line.rfind("https://", 0) == 0) && line.find(' ') == std::string_view::npos;
}

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool sp = c == ' ' || c == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

// Words a date line may carry besides the date itself: its label and a clock.
bool date_line_word(std::string_view lower) {
  static constexpr std::string_view words[] = {"published", "updated", "posted", "first", "last",  "modified",
                                               "date",      "dated",   "on",     "at",    "gmt",   "utc",
                                               "am",        "pm",      "est",    "edt",   "bst",   "cet"};
  if (std::find(std::begin(words), std::end(words), lower) != std::end(words)) return true;
  const auto c = calendar_word_of(lower);
  return c.month != 0 || c.weekday >= 0;
}

// A header line that is only a date: "20220122", "2022-01-22", "date 2022-01-22",
// "22 January 2022", "23:21 GMT 23.01.2022", "Published 10 November 2020",
// "Wednesday 23 September 2020". The letters of other words are counted so
// that a title or a sentence holding a date is not taken for one.
std::optional<date> date_line(std::string_view line) {
  if (line.empty() || line.size() > 48 || word_count(line) > 7) return std::nullopt;
  const auto d = find_full_date(line);
  if (!d) return std::nullopt;
  std::size_t other_letters = 0;
  std::string word;
  auto end_word = [&] {
    if (!word.empty() && !date_line_word(word)) other_letters += word.size();
    word.clear();
  };
  for (char c : line) {
    if (c >= 'A' && c <= 'Z') word += static_cast<char>(c - 'A' + 'a');
    else if (c >= 'a' && c <= 'z') word += c;
    else end_word();
  }
  // "date 2023-09-01 On August 5, a": a line ending on an article goes on
  // below; it opens the body.
  const bool open_end = word == "a" || word == "an" || word == "the";
  end_word();
  return other_letters <= 12 && !open_end ? d : std::nullopt;
}

// "October 30, 2025 | The Frontline Monitor": a date line and the outlet's
// name between bars, as web pages print them over the headline. Each other
// part is a short name, so a headline with a date after a bar stays a title.
std::optional<date> date_line_with_outlet(std::string_view line) {
  if (line.size() > 120 || line.find(" | ") == std::string_view::npos) return std::nullopt;
  std::optional<date> found;
  while (!line.empty()) {
    const auto bar = line.find(" | ");
    const auto part = trim(line.substr(0, bar));
    line = bar == std::string_view::npos ? std::string_view{} : line.substr(bar + 3);
    if (const auto d = found ? std::nullopt : date_line(part)) found = d;
    else if (word_count(part) > 5 || ends_sentence(part)) return std::nullopt;
  }
  return found;
}

// "date 2023-07-19 Russia attacked ...", "Published 2023-07-19 [Reuters]":
// a label and an ISO day opening the first line, the body (if any) after it.
// Returns the day and the length of the prefix, a bracketed source included.
std::optional<std::pair<date, std::size_t>> date_label_prefix(std::string_view line) {
  static constexpr std::string_view labels[] = {"date ", "dated ", "published ", "updated ", "posted "};
  for (const auto label : labels) {
    if (line.size() < label.size() + 10) continue;
    bool same = true;
    for (std::size_t k = 0; k < label.size() && same; ++k)
      same = (line[k] | 0x20) == label[k];
    if (!same) continue;
    std::size_t at = label.size();
    while (at < line.size() && line[at] == ' ') ++at;
    const auto d = parse_iso_day(line.substr(at, 10));
    if (!d || (at + 10 < line.size() && line[at + 10] != ' ')) return std::nullopt;
    at += 10;
    while (at < line.size() && line[at] == ' ') ++at;
    if (at < line.size() && line[at] == '[')
      if (const auto close = line.find(']', at); close != std::string_view::npos) {
        at = close + 1;
        while (at < line.size() && line[at] == ' ') ++at;
      }
    return std::make_pair(*d, at);
  }
  return std::nullopt;
}

// "- DEFENSE & SECURITY", "WORLD NEWS": a section label over an article. It
// has no lower-case letter and ends no sentence; a headline in capitals is
// longer than the six words allowed.
bool is_section_label(std::string_view line) {
  if (line.empty() || word_count(line) > 6 || ends_sentence(line)) return false;
  bool upper = false;
  for (char c : line) {
    if (c >= 'a' && c <= 'z') return false;
    upper = upper || (c >= 'A' && c <= 'Z');
  }
  return upper;
}

// "WASHINGTON, Jan. 21 (Reuters) —": a dateline opening the body.
std::optional<date> dateline(std::string_view body_start, date reference_year_hint) {
  const auto dash = body_start.find("\xE2\x80\x94");
  const auto dash2 = body_start.find(" - ");
  const auto cut = std::min(dash, dash2);
  if (cut == std::string_view::npos || cut > 80) return std::nullopt;
  const auto head = body_start.substr(0, cut);
  if (head.find(',') == std::string_view::npos) return std::nullopt;
  if (auto d = find_full_date(head)) return d;
  (void)reference_year_hint;
  return std::nullopt;
}

std::size_t next_nonblank(const std::vector<std::string_view>& lines, std::size_t i) {
  while (i < lines.size() && lines[i].empty()) ++i;
  return i;
}

}  // namespace

std::string input_error::to_string() const {
  return line > 0 ? source + ":" + std::to_string(line) + ": " + message : source + ": " + message;
}

std::optional<date> date_from_url(std::string_view url) {
  for (std::size_t i = 0; i + 1 < url.size(); ++i) {
    if (url[i] != '/') continue;
    auto digits = [&](std::size_t p, std::size_t n) {
      if (p + n > url.size()) return -1;
      int v = 0;
      for (std::size_t k = p; k < p + n; ++k) {
        if (url[k] < '0' || url[k] > '9') return -1;
        v = v * 10 + (url[k] - '0');
      }
      return v;
    };
    const int y = digits(i + 1, 4);
    if (y < 1990 || y > 2100) continue;
    std::optional<date> d;
    if (i + 5 < url.size() && url[i + 5] == '/') {  // /2022/01/21/
      const int m = digits(i + 6, 2), dd = digits(i + 9, 2);
      if (m > 0 && dd > 0 && i + 8 < url.size() && url[i + 8] == '/') {
        try { d = date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd)); }
        catch (const std::exception&) {}
      }
    } else if (i + 9 < url.size() && url[i + 9] == '/') {  // /20220121/
      const int m = digits(i + 5, 2), dd = digits(i + 7, 2);
      if (m > 0 && dd > 0) {
        try { d = date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(dd)); }
        catch (const std::exception&) {}
      }
    }
    if (d) return d;
  }
  return std::nullopt;
}

std::string refuse_reason(std::string_view bytes) {
  if (trim(bytes).empty() && bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) return "empty file";
  if (const auto nul = bytes.find('\0'); nul != std::string_view::npos)
    return "binary file (NUL byte at offset " + std::to_string(nul) + ")";
  if (const auto bad = utf8::first_invalid(bytes); bad != std::string_view::npos)
    return "invalid UTF-8 at byte " + std::to_string(bad);
  return {};
}

document read_plain_text(std::string id, std::string source, std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  auto lines = lines_of(bytes);
  std::size_t i = 0;
  while (i < lines.size() && lines[i].empty()) ++i;
  std::string title, url;
  date published(boost::gregorian::not_a_date_time);
  date_source from = date_source::none;
  // Header: up to five leading lines that are a title, a byline, a date line or a URL.
  std::size_t preamble = 0;  // section labels and date lines seen: a title may still follow them
  for (std::size_t seen = 0; i < lines.size() && seen < 5; ++seen) {
    const auto line = lines[i];
    // (A blank line between header lines does not keep the title out.)
    if (line.empty()) { ++i; ++preamble; continue; }
    if (is_url(line)) {
      url = std::string(line);
      if (published.is_special())
        if (auto d = date_from_url(line)) { published = *d; from = date_source::url; }
      ++i;
      continue;
    }
    if ((line.rfind("By ", 0) == 0 || line.rfind("BY ", 0) == 0) && line.size() < 200) {
      if (auto d = find_full_date(line)) { published = *d; from = date_source::byline; }
      ++i;
      continue;
    }
    // Pages that print their header twice: the second copy is header too.
    if (!title.empty() && line == title) { ++i; continue; }
    // A headline printed twice is the title; a short line over it was a
    // section's name ("World Politics").
    if (const auto again = next_nonblank(lines, i + 1); !title.empty() && again < lines.size() &&
        lines[again] == line && !ends_sentence(line) && word_count(line) >= 2) {
      title = std::string(line);
      i = again + 1;
      continue;
    }
    auto d = date_line(line);
    if (!d) d = date_line_with_outlet(line);
    if (d) {
      if (published.is_special() || from == date_source::url) { published = *d; from = date_source::date_line; }
      if (title.empty()) ++preamble;
      ++i;
      continue;
    }
    // The label's day is the publication's, not a date the first sentence tells.
    if (const auto p = date_label_prefix(line)) {
      if (published.is_special() || from == date_source::url) { published = p->first; from = date_source::date_line; }
      lines[i] = line.substr(p->second);
      if (!lines[i].empty() && !is_section_label(lines[i])) break;
      ++i;
      continue;
    }
    if (is_section_label(line)) { ++i; ++preamble; continue; }
    const bool next_is_body = i + 1 < lines.size();
    if (title.empty() && seen == preamble && next_is_body && line.size() < 200 && !ends_sentence(line) &&
        word_count(line) >= 2) {
      title = std::string(line);
      ++i;
      continue;
    }
    break;
  }
  // Body: rejoin hard-wrapped lines. A line that ends a sentence ends its
  // paragraph, unless it is a single word (some feeds break after a
  // paragraph's first word).
  // A line that starts in lower case continues the sentence whatever the
  // line before ended with ("As U.S." / "officials worked ..."), unless a
  // blank line stands between them.
  std::string body;
  bool paragraph_open = false, blank_before = false;
  for (; i < lines.size(); ++i) {
    const auto line = lines[i];
    if (line.empty()) {
      paragraph_open = false;
      blank_before = true;
      continue;
    }
    const bool continues = !blank_before && line.front() >= 'a' && line.front() <= 'z';
    blank_before = false;
    if (!body.empty()) body += paragraph_open || continues ? ' ' : '\n';
    body.append(line);
    // (A trimmed line is one word when it has no space or tab inside.)
    paragraph_open = !ends_sentence(line) || line.find_first_of(" \t") == std::string_view::npos;
  }
  if (published.is_special()) {
    if (auto d = dateline(body, published)) { published = *d; from = date_source::dateline; }
  }
  document doc(std::move(id), std::move(source), std::move(body));
  doc.title = std::move(title);
  doc.url = std::move(url);
  doc.published = published;
  doc.published_from = from;
  return doc;
}

std::optional<document> read_jsonl_line(const std::string& source, int line_no, std::string_view raw,
                                        std::vector<input_error>& errors) {
  const std::string_view line = trim(raw);
  if (line.empty()) return std::nullopt;
  auto fail = [&](const std::string& why) {
    errors.push_back({source, line_no, why});
    return std::nullopt;
  };
  if (const auto why = refuse_reason(line); !why.empty()) return fail(why);
  // Parsed in place in a copy of the line: strings are decoded where they
  // lie instead of being copied out (the article text is most of the line).
  // refuse_reason has ruled out NUL bytes, so the copy's terminator ends it.
  std::string buffer(line);
  rapidjson::Document j;
  // Iterative: a deeply nested line must not exhaust the stack.
  j.ParseInsitu<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag>(buffer.data());
  if (j.HasParseError())
    return fail(std::string("malformed JSON at column ") + std::to_string(j.GetErrorOffset() + 1) + ": " +
                rapidjson::GetParseError_En(j.GetParseError()));
  if (!j.IsObject()) return fail("expected a JSON object");
  auto view = [&](const char* key) -> std::string_view {
    if (!j.HasMember(key) || !j[key].IsString()) return {};
    return {j[key].GetString(), j[key].GetStringLength()};
  };
  auto str = [&](const char* key) { return std::string(view(key)); };
  if (!j.HasMember("text") || !j["text"].IsString()) return fail("missing string field 'text'");
  const std::string_view text = view("text");
  if (trim(text).empty()) return fail("empty 'text'");
  std::string id = str("id");
  if (id.empty()) id = fs::path(source).stem().string() + "-" + std::to_string(line_no);
  document doc = read_plain_text(id, source + ":" + std::to_string(line_no), text);
  doc.url = str("url");
  if (const auto t = str("title"); !t.empty()) doc.title = t;
  if (const auto p = str("published"); !p.empty()) {
    auto d = parse_iso_day(p.substr(0, std::min<std::size_t>(p.size(), 10)));
    if (!d) d = find_full_date(p);
    if (d) { doc.published = *d; doc.published_from = date_source::metadata; }
    else doc.diagnostics.push_back({{}, "unreadable 'published' value: " + p});
  }
  if (doc.published.is_special() && !doc.url.empty())
    if (auto d = date_from_url(doc.url)) { doc.published = *d; doc.published_from = date_source::url; }
  return doc;
}

read_result read_jsonl(const std::string& source, std::string_view bytes) {
  read_result out;
  const auto lines = lines_of(bytes);
  for (std::size_t n = 0; n < lines.size(); ++n)
    if (auto d = read_jsonl_line(source, static_cast<int>(n + 1), lines[n], out.errors))
      out.documents.push_back(std::move(*d));
  return out;
}


}  // namespace eventgraph
