#include "cli/analyze_command.h"

// Before any RapidJSON header:
#include "extractors/rapidjson_options.h"
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <iostream>
#include <string>

#include "cli/exit_codes.h"
#include "extractors/lexicon_files.h"
#include "extractors/pipeline.h"
#include "extractors/utf8.h"

namespace eventgraph {
namespace {

void print_analyze_help() {
  std::cout << "usage: eventgraph analyze [--lexicon DIR] < lines\n\n"
               "Runs the linguistic layer on each line of stdin and prints one JSON line per sentence:\n"
               "{\"text\", \"tokens\": [{\"text\", \"class\", \"lemma\", \"verb_form\"}],\n"
               " \"chunks\": [{\"text\", \"head\", \"preposition\", \"next_conjunct\"}],\n"
               " \"clauses\": [{\"kind\", \"text\", \"opener\", \"verb\", \"governor\", \"modal\", \"tense\", \"aspect\",\n"
               "               \"voice\", \"negated\", \"subject\", \"object\", \"agent\", \"parent\"}]}.\n"
               "Token and chunk references are the words themselves; parent and next_conjunct are indexes\n"
               "into the sentence's clauses and chunks (-1: none).\n\n"
               "example:\n  echo 'The talks were hosted by Oman on Saturday.' | eventgraph analyze\n";
}

class sentence_json {
 public:
  sentence_json(const document& doc, std::uint32_t s) : doc_(doc), s_(s) {}

  std::string operator()() {
    const auto& sent = doc_.sentences[s_];
    w_.StartObject();
    w_.Key("text"); str(doc_.text_of(sent.where));
    w_.Key("tokens");
    w_.StartArray();
    for (std::uint32_t i = sent.first_token; i < sent.last_token; ++i) {
      w_.StartObject();
      w_.Key("text"); str(doc_.text_of(doc_.tokens[i]));
      w_.Key("class"); str(to_string(doc_.class_of(i)));
      w_.Key("lemma"); str(doc_.lemma_of(i));
      if (doc_.class_of(i) == word_class::verb) { w_.Key("verb_form"); str(to_string(doc_.verb_form_of(i))); }
      w_.EndObject();
    }
    w_.EndArray();
    std::int32_t first_chunk = -1;
    w_.Key("chunks");
    w_.StartArray();
    for (std::size_t k = 0; k < doc_.chunks.size(); ++k) {
      const auto& c = doc_.chunks[k];
      if (c.sentence != s_) continue;
      if (first_chunk < 0) first_chunk = static_cast<std::int32_t>(k);
      w_.StartObject();
      w_.Key("text"); str(range(c.first_token, c.last_token));
      w_.Key("head"); str(doc_.text_of(doc_.tokens[c.head]));
      w_.Key("preposition");
      if (c.preposition == no_token) w_.Null(); else str(doc_.text_of(doc_.tokens[c.preposition]));
      w_.Key("next_conjunct"); w_.Int(c.next_conjunct == no_index ? -1 : c.next_conjunct - first_chunk);
      w_.EndObject();
    }
    w_.EndArray();
    std::int32_t first_clause = -1;
    w_.Key("clauses");
    w_.StartArray();
    for (std::size_t k = 0; k < doc_.clauses.size(); ++k) {
      const auto& c = doc_.clauses[k];
      if (c.sentence != s_) continue;
      if (first_clause < 0) first_clause = static_cast<std::int32_t>(k);
      w_.StartObject();
      w_.Key("kind"); str(to_string(c.kind));
      w_.Key("text"); str(range(c.first_token, c.last_token));
      w_.Key("opener"); word(c.opener);
      w_.Key("verb"); word(c.verb);
      w_.Key("governor"); word(c.governor);
      w_.Key("modal"); word(c.modal);
      w_.Key("tense"); str(to_string(c.tense));
      w_.Key("aspect"); str(to_string(c.aspect));
      w_.Key("voice"); str(to_string(c.voice));
      w_.Key("negated"); w_.Bool(c.negated);
      w_.Key("subject"); chunk(c.subject);
      w_.Key("object"); chunk(c.object);
      w_.Key("agent"); chunk(c.agent);
      w_.Key("parent"); w_.Int(c.parent == no_index ? -1 : c.parent - first_clause);
      w_.EndObject();
    }
    w_.EndArray();
    w_.EndObject();
    return std::string(buf_.GetString(), buf_.GetSize());
  }

 private:
  void str(std::string_view s) { w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  std::string_view range(std::uint32_t first, std::uint32_t last) const {
    if (first >= last) return {};
    return std::string_view(doc_.text()).substr(doc_.tokens[first].where.begin,
                                                doc_.tokens[last - 1].where.end - doc_.tokens[first].where.begin);
  }
  void word(std::uint32_t t) {
    if (t == no_token) w_.Null(); else str(doc_.text_of(doc_.tokens[t]));
  }
  void chunk(std::int32_t k) {
    if (k == no_index) { w_.Null(); return; }
    const auto& c = doc_.chunks[static_cast<std::size_t>(k)];
    str(range(c.first_token, c.last_token));
  }

  const document& doc_;
  std::uint32_t s_;
  rapidjson::StringBuffer buf_;
  rapidjson::Writer<rapidjson::StringBuffer> w_{buf_};
};

}  // namespace

int run_analyze(const std::vector<std::string>& args) {
  std::string lexicon_dir;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--help" || args[i] == "-h") { print_analyze_help(); return exit_code::ok; }
    if (args[i] == "--lexicon" && i + 1 < args.size()) { lexicon_dir = args[++i]; continue; }
    std::cerr << "eventgraph analyze: unknown argument " << args[i] << " (see eventgraph analyze --help)\n";
    return exit_code::usage;
  }
  const auto files = lexicon_dir.empty() ? lexicon_files::embedded() : lexicon_files::with_overrides(lexicon_dir);
  const pipeline layer(files, {"tokenizer", "sentence_splitter", "word_classifier", "phrase_chunker", "clause_analyzer"});
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    document doc("stdin", "stdin", utf8::repair(line));
    layer.run(doc);
    for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) std::cout << sentence_json(doc, s)() << '\n';
  }
  return exit_code::ok;
}

}  // namespace eventgraph
