#include "extractors/pipeline.h"

#include <functional>
#include <map>

#include "core/error.h"
#include "core/parallel_for.h"
#include "extractors/actor_lexicon.h"
#include "extractors/actor_recognizer.h"
#include "extractors/actor_resolver.h"
#include "extractors/clause_analyzer.h"
#include "extractors/event_coalescer.h"
#include "extractors/event_recognizer.h"
#include "extractors/phrase_chunker.h"
#include "extractors/sentence_splitter.h"
#include "extractors/temporal_tagger.h"
#include "extractors/tokenizer.h"
#include "extractors/tsv_table.h"
#include "extractors/word_classifier.h"

namespace eventgraph {
namespace {

struct resources {
  const lexicon_files& files;
  std::shared_ptr<const actor_lexicon> actors;
  std::shared_ptr<const trigger_rules> triggers;
  std::shared_ptr<const english_morphology> morphology;
};

std::unique_ptr<component> make_splitter(const lexicon_files& files) {
  std::unordered_map<std::string, bool> abbreviations;
  const auto a = tsv_table::parse(files.content("abbreviations.tsv"), files.origin("abbreviations.tsv"),
                                  {"abbreviation", "kind"});
  for (const auto& r : a.rows()) {
    const auto& kind = a.get(r, "kind");
    if (kind != "title" && kind != "month" && kind != "other")
      a.fail(r, "kind must be title, month or other, found '" + kind + "'");
    abbreviations[a.get(r, "abbreviation")] = kind == "title";
  }
  std::unordered_set<std::string> openers;
  const auto o = tsv_table::parse(files.content("sentence_openers.tsv"), files.origin("sentence_openers.tsv"), {"word"});
  for (const auto& r : o.rows()) openers.insert(o.get(r, "word"));
  return std::make_unique<sentence_splitter>(std::move(abbreviations), std::move(openers));
}

using factory = std::function<std::unique_ptr<component>(resources&)>;

const std::map<std::string, factory>& factories() {
  static const std::map<std::string, factory> table{
      {"tokenizer", [](resources&) { return std::make_unique<tokenizer>(); }},
      {"sentence_splitter", [](resources& r) { return make_splitter(r.files); }},
      {"word_classifier", [](resources& r) {
         if (!r.morphology) r.morphology = std::make_shared<const english_morphology>();
         return std::make_unique<word_classifier>(r.files, r.morphology);
       }},
      {"phrase_chunker", [](resources&) { return std::make_unique<phrase_chunker>(); }},
      {"clause_analyzer", [](resources&) { return std::make_unique<clause_analyzer>(); }},
      {"actor_recognizer", [](resources& r) {
         if (!r.actors) r.actors = std::make_shared<const actor_lexicon>(actor_lexicon::load(r.files));
         return std::make_unique<actor_recognizer>(r.actors);
       }},
      {"actor_resolver", [](resources&) { return std::make_unique<actor_resolver>(); }},
      {"temporal_tagger", [](resources&) { return std::make_unique<temporal_tagger>(); }},
      {"event_recognizer", [](resources& r) {
         if (!r.triggers) r.triggers = std::make_shared<const trigger_rules>(trigger_rules::load(r.files));
         return std::make_unique<event_recognizer>(r.triggers);
       }},
      {"event_coalescer", [](resources&) { return std::make_unique<event_coalescer>(); }},
  };
  return table;
}

}  // namespace

std::vector<std::string> pipeline::default_components() {
  return {"tokenizer", "sentence_splitter", "word_classifier", "phrase_chunker", "clause_analyzer", "actor_recognizer", "actor_resolver",
          "temporal_tagger", "event_recognizer", "event_coalescer"};
}

pipeline::pipeline(const lexicon_files& files, const std::vector<std::string>& components) {
  resources r{files, nullptr, nullptr, nullptr};
  for (const auto& name : components) {
    const auto it = factories().find(name);
    if (it == factories().end()) throw error("unknown pipeline component '" + name + "'");
    components_.push_back(it->second(r));
  }
}

void pipeline::run_all(std::vector<document>& docs, unsigned threads) const {
  parallel_for(docs.size(), threads, [&](std::size_t i) { run(docs[i]); });
}

void pipeline::run(document& doc) const {
  for (const auto& c : components_) (*c)(doc);
}

std::vector<std::string> pipeline::component_names() const {
  std::vector<std::string> out;
  for (const auto& c : components_) out.emplace_back(c->name());
  return out;
}

}  // namespace eventgraph
