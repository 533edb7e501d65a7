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
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/inflection_analyzer.h"

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

  const std::string output = argv[2];
  const std::string tmp = output + ".tmp";
  {
    // One line per form: form, tab, then readings separated by ';', each
    // class digit, verb form digit, plural digit, prior, ',' and the lemma
    // ("=" when it is the form itself). A string literal compiles in
    // seconds where an array of aggregates of this size takes minutes.
    std::ofstream out(tmp);
    out << "// Generated by extractors/wordnet_table_generator.cpp from " << dir << ". Do not edit.\n"
        << "#include \"extractors/wordnet_tables.h\"\n"
        << "namespace eventgraph::detail {\n"
        << "const std::size_t known_form_count = " << rows.size() << ";\n"
        << "const char known_forms_text[] =\n";
    for (const auto& r : rows) {
      std::string line = r.form + '\t';
      for (std::size_t k = 0; k < r.count; ++k) {
        const auto& x = readings[r.first + k];
        if (k) line += ';';
        line += std::to_string(x[0]) + std::to_string(x[1]) + std::to_string(x[2]) + std::to_string(x[3]) + ',';
        line += lemma_names[x[4]] == r.form ? std::string("=") : lemma_names[x[4]];
      }
      out << '"' << escaped(line) << "\\n\"\n";
    }
    out << ";\nconst std::size_t known_forms_text_size = sizeof known_forms_text - 1;\n"
        << "}  // namespace eventgraph::detail\n";
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
