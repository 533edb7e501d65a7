// Build-time tool: turns WordNet's part-of-speech index and exception lists
// (Debian's wordnet-base, /usr/share/wordnet) into a C++ source holding every
// form a WordNet lemma can take - the lemma itself, its irregular forms
// ("struck", "men") and its regular inflections ("strikes", "shelled") -
// with the readings inflection_analyzer gives it, so that English morphology
// and open word classes come from a well-kept lexical resource instead of
// lists written by hand, and cost nothing to work out at run time. A
// reading's prior is 1 + the number of the lemma's senses in that class
// tagged in WordNet's sense-tagged corpus: what tells "strikes" (noun) from
// "strikes" (verb) when context is silent.
//   wordnet_table_generator WORDNET_DIR OUTPUT.cpp
// Writes OUTPUT.cpp.tmp and renames it, so that a failed run leaves no half file.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/form_hash.h"
#include "extractors/inflection_analyzer.h"
#include "extractors/wordnet_tables.h"

namespace {

constexpr std::array<const char*, 4> classes{"noun", "verb", "adj", "adv"};

bool plain_word(const std::string& w) {
  if (w.empty() || w.size() > 40) return false;
  for (const char c : w)
    if (!((c >= 'a' && c <= 'z') || c == '-' || c == '\'' || c == '.' || (c >= '0' && c <= '9'))) return false;
  return true;
}

std::string escaped(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (c == '\t') { out += "\\t"; continue; }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// Bytes as a string literal: printable characters as they are, the others
// as three-digit octal escapes (which a following digit cannot extend).
void write_bytes(std::ostream& out, const std::string& bytes) {
  std::string line = "\"";
  for (const char c : bytes) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7F && c != '"' && c != '\\' && c != '?') {
      line += c;
    } else {
      const char esc[5] = {'\\', static_cast<char>('0' + (u >> 6)), static_cast<char>('0' + ((u >> 3) & 7)),
                           static_cast<char>('0' + (u & 7)), '\0'};
      line += esc;
    }
    if (line.size() > 120) {
      out << line << "\"\n";
      line = "\"";
    }
  }
  out << line << '"';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: wordnet_table_generator WORDNET_DIR OUTPUT.cpp\n";
    return 2;
  }
  const std::string dir = argv[1];
  std::map<std::string, std::array<int, 4>> words;
  std::vector<std::array<std::string, 3>> exceptions;  // form, lemma, class index
  for (std::size_t c = 0; c < classes.size(); ++c) {
    const std::string path = dir + "/index." + classes[c];
    std::ifstream in(path);
    if (!in) {
      std::cerr << path << ": cannot read (install Debian's wordnet-base: scripts/install-deps.sh)\n";
      return 1;
    }
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == ' ') continue;  // the licence header
      std::istringstream fields(line);
      std::vector<std::string> f;
      for (std::string x; fields >> x;) f.push_back(x);
      // lemma pos synset_cnt p_cnt ptr_symbol... sense_cnt tagsense_cnt synset_offset...
      if (f.size() < 6) continue;
      const std::string& lemma = f[0];
      if (!plain_word(lemma)) continue;
      const std::size_t pointers = static_cast<std::size_t>(std::stoi(f[3]));
      if (4 + pointers + 1 >= f.size()) continue;
      const int tagged = std::stoi(f[4 + pointers + 1]);
      auto& counts = words[lemma];
      counts[c] = std::min(tagged, 254) + 1;
    }
    const std::string exc_path = dir + "/" + classes[c] + ".exc";
    std::ifstream exc(exc_path);
    if (!exc) {
      std::cerr << exc_path << ": cannot read (install Debian's wordnet-base: scripts/install-deps.sh)\n";
      return 1;
    }
    while (std::getline(exc, line)) {
      std::istringstream fields(line);
      std::string form;
      fields >> form;
      for (std::string lemma; fields >> lemma;)
        if (plain_word(form) && plain_word(lemma) && form != lemma)
          exceptions.push_back({form, lemma, std::to_string(c)});
    }
  }
  std::sort(exceptions.begin(), exceptions.end());
  exceptions.erase(std::unique(exceptions.begin(), exceptions.end()), exceptions.end());

  std::vector<eventgraph::wordnet_lemma> lemma_rows;
  for (const auto& [w, c] : words)
    lemma_rows.push_back({w, static_cast<std::uint8_t>(c[0]), static_cast<std::uint8_t>(c[1]),
                          static_cast<std::uint8_t>(c[2]), static_cast<std::uint8_t>(c[3])});
  std::vector<eventgraph::wordnet_exception> exception_rows;
  for (const auto& e : exceptions)
    exception_rows.push_back({e[0], e[1], static_cast<std::uint8_t>(std::stoi(e[2]))});
  const eventgraph::inflection_analyzer analyzer(lemma_rows, exception_rows);

  // Every form the analyzer can read: each lemma, each irregular form, and
  // each regular inflection of a lemma of its class.
  std::set<std::string> forms;
  const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  const auto ends = [](const std::string& w, const char* x) {
    const std::size_t n = std::char_traits<char>::length(x);
    return w.size() > n && w.compare(w.size() - n, n, x) == 0;
  };
  for (const auto& [w, c] : words) {
    forms.insert(w);
    const char last = w.back();
    const std::string but_last = w.substr(0, w.size() - 1);
    const bool y_after_consonant = w.size() > 1 && last == 'y' && !vowel(w[w.size() - 2]);
    const bool sibilant = ends(w, "s") || ends(w, "x") || ends(w, "z") || ends(w, "ch") || ends(w, "sh");
    if (c[0] || c[1]) {
      forms.insert(w + "s");
      if (sibilant) forms.insert(w + "es");
      if (y_after_consonant) forms.insert(but_last + "ies");
    }
    if (c[0] && ends(w, "man")) forms.insert(w.substr(0, w.size() - 3) + "men");
    if (c[1]) {
      if (!sibilant) forms.insert(w + "es");
      forms.insert(w + "ed");
      forms.insert(w + "ing");
      if (last == 'e') {
        forms.insert(w + "d");
        forms.insert(but_last + "ing");
      }
      if (y_after_consonant) forms.insert(but_last + "ied");
      if (!vowel(last) && last != 'w' && last != 'x' && last != 'y') {
        forms.insert(w + last + "ed");
        forms.insert(w + last + "ing");
      }
    }
    // Comparatives of short adjectives only ("closer", "largest"): longer ones take "more".
    if (c[2] && w.size() <= 6) {
      forms.insert(w + (last == 'e' ? "r" : "er"));
      forms.insert(w + (last == 'e' ? "st" : "est"));
    }
  }
  for (const auto& e : exceptions) forms.insert(e[0]);

  std::map<std::string, std::uint32_t> lemma_index;
  struct row {
    std::string form;
    std::uint32_t first;
    std::size_t count;
  };
  std::vector<row> rows;
  std::vector<std::array<std::uint32_t, 5>> readings;  // cls, form, plural, prior, lemma
  for (const auto& f : forms) {
    const auto rs = analyzer.readings(f);
    if (rs.empty()) continue;
    rows.push_back({f, static_cast<std::uint32_t>(readings.size()), rs.size()});
    for (const auto& r : rs) {
      const auto [it, fresh] = lemma_index.emplace(std::string(r.lemma), static_cast<std::uint32_t>(lemma_index.size()));
      readings.push_back({static_cast<std::uint32_t>(r.cls), static_cast<std::uint32_t>(r.form), r.plural ? 1u : 0u,
                          static_cast<std::uint32_t>(std::min(r.prior, 255)), it->second});
    }
  }
  std::vector<std::string> lemma_names(lemma_index.size());
  for (const auto& [l, i] : lemma_index) lemma_names[i] = l;

  // The text: one line per form, form, tab, then readings separated by ';',
  // each class digit, verb form digit, plural digit, prior, ',' and the lemma
  // ("=" when it is the form itself). Where each form and each lemma sits in
  // it is kept, for the finished index below.
  std::string text;
  std::vector<std::uint32_t> form_at(rows.size());
  std::vector<std::array<std::uint32_t, 2>> lemma_at(readings.size());  // offset, length
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    form_at[i] = static_cast<std::uint32_t>(text.size());
    text += r.form + '\t';
    for (std::size_t k = 0; k < r.count; ++k) {
      const auto& x = readings[r.first + k];
      if (k) text += ';';
      text += std::to_string(x[0]) + std::to_string(x[1]) + std::to_string(x[2]) + std::to_string(x[3]) + ',';
      const std::string& lemma = lemma_names[x[4]];
      if (lemma == r.form) {
        lemma_at[r.first + k] = {form_at[i], static_cast<std::uint32_t>(r.form.size())};
        text += '=';
      } else {
        lemma_at[r.first + k] = {static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(lemma.size())};
        text += lemma;
      }
    }
    text += '\n';
  }
  if (text.size() >= (1u << 24) - 1) {
    std::cerr << "wordnet_table_generator: the table's text is over 16 MB\n";
    return 1;
  }

  // The finished open-addressing index english_morphology probes, so that
  // start-up neither parses nor hashes: 16-byte slots of the form's
  // form_hash, its first reading, and (reading count << 24) | (offset + 1),
  // at most 3/4 full; and the readings packed 8 bytes each: class, verb form,
  // plural, prior, the lemma's offset in the text (24 bits) and length.
  std::size_t slot_count = 1;
  while (slot_count * 3 < rows.size() * 4) slot_count *= 2;
  std::vector<eventgraph::detail::known_form_slot> slots(slot_count);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::uint64_t h = eventgraph::form_hash(rows[i].form);
    std::size_t k = h & (slot_count - 1);
    while (slots[k].text_and_count) k = (k + 1) & (slot_count - 1);
    slots[k] = {h, rows[i].first, (static_cast<std::uint32_t>(rows[i].count) << 24) | (form_at[i] + 1)};
  }
  std::string slot_bytes(slot_count * sizeof(eventgraph::detail::known_form_slot), '\0');
  std::memcpy(slot_bytes.data(), slots.data(), slot_bytes.size());
  std::string reading_bytes;
  for (std::size_t i = 0; i < readings.size(); ++i) {
    const auto& x = readings[i];
    const std::uint32_t at = lemma_at[i][0];
    const char packed[8] = {static_cast<char>(x[0]), static_cast<char>(x[1]), static_cast<char>(x[2]),
                            static_cast<char>(x[3]), static_cast<char>(at & 0xFF), static_cast<char>((at >> 8) & 0xFF),
                            static_cast<char>(at >> 16), static_cast<char>(lemma_at[i][1])};
    reading_bytes.append(packed, 8);
  }

  const std::string output = argv[2];
  const std::string tmp = output + ".tmp";
  {
    // String literals: they compile in seconds where arrays of aggregates
    // of this size take minutes.
    std::ofstream out(tmp);
    out << "// Generated by extractors/wordnet_table_generator.cpp from " << dir << ". Do not edit.\n"
        << "#include \"extractors/wordnet_tables.h\"\n"
        << "namespace eventgraph::detail {\n"
        << "const std::size_t known_form_count = " << rows.size() << ";\n"
        << "const char known_forms_text[] =\n";
    std::size_t line_start = 0;
    while (line_start < text.size()) {
      const std::size_t nl = text.find('\n', line_start);
      out << '"' << escaped(text.substr(line_start, nl - line_start)) << "\\n\"\n";
      line_start = nl + 1;
    }
    out << ";\nconst std::size_t known_forms_text_size = sizeof known_forms_text - 1;\n"
        << "const std::size_t known_form_slot_count = " << slot_count << ";\n"
        << "alignas(16) const char known_form_slots[] =\n";
    write_bytes(out, slot_bytes);
    out << ";\nconst std::size_t known_reading_count = " << readings.size() << ";\n"
        << "const char known_readings[] =\n";
    write_bytes(out, reading_bytes);
    out << ";\n}  // namespace eventgraph::detail\n";
    if (!out) {
      std::cerr << tmp << ": cannot write\n";
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), output.c_str()) != 0) {
    std::cerr << output << ": cannot rename " << tmp << "\n";
    return 1;
  }
  return 0;
}
