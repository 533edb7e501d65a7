// English inflection from the WordNet tables: one lemma for every form.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <tuple>

#include "extractors/english_morphology.h"
#include "extractors/wordnet_tables.h"

using namespace eventgraph;

namespace {
const english_morphology& morphology() {
  static const english_morphology m;
  return m;
}

bool has_reading(std::string_view form, word_class c, std::string_view lemma, verb_form f = verb_form::none) {
  for (const auto& r : morphology().readings(form))
    if (r.cls == c && r.lemma == lemma && (c != word_class::verb || r.form == f)) return true;
  return false;
}
}  // namespace

TEST_CASE("english_morphology: verb forms, regular and irregular, reach one lemma", "[extractors][morphology]") {
  auto [form, lemma, vf] = GENERATE(table<const char*, const char*, verb_form>({
      {"struck", "strike", verb_form::past},
      {"strikes", "strike", verb_form::present_s},
      {"striking", "strike", verb_form::gerund},
      {"met", "meet", verb_form::past},
      {"shelled", "shell", verb_form::past},
      {"planned", "plan", verb_form::past},
      {"stopped", "stop", verb_form::past},
      {"travelled", "travel", verb_form::past},
      {"moved", "move", verb_form::past},
      {"carried", "carry", verb_form::past},
      {"fled", "flee", verb_form::past},
      {"sought", "seek", verb_form::past},
      {"shot", "shoot", verb_form::past},
      {"invades", "invade", verb_form::present_s},
      {"deploy", "deploy", verb_form::base},
      // A verb whose only irregular form is its doubled gerund is its own past.
      {"cut", "cut", verb_form::past},
      {"hit", "hit", verb_form::past},
      {"set", "set", verb_form::past},
      {"cut", "cut", verb_form::base},
  }));
  INFO(form);
  CHECK(has_reading(form, word_class::verb, lemma, vf));
}

TEST_CASE("english_morphology: a verb with a past of its own is no past in its base form", "[extractors][morphology]") {
  auto form = GENERATE("commit", "begin", "attack", "meet");
  INFO(form);
  CHECK_FALSE(has_reading(form, word_class::verb, form, verb_form::past));
}

TEST_CASE("english_morphology: plural nouns, regular and irregular", "[extractors][morphology]") {
  auto [form, lemma] = GENERATE(table<const char*, const char*>({
      {"talks", "talk"},
      {"strikes", "strike"},
      {"militias", "militia"},
      {"sanctions", "sanction"},
      {"men", "man"},
      {"crises", "crisis"},
      {"casualties", "casualty"},
  }));
  INFO(form);
  CHECK(has_reading(form, word_class::noun, lemma));
}

TEST_CASE("english_morphology: British spellings read as the American lemma", "[extractors][morphology]") {
  auto [form, lemma, cls] = GENERATE(table<const char*, const char*, word_class>({
      {"mobilised", "mobilize", word_class::verb},
      {"mobilising", "mobilize", word_class::verb},
      {"defence", "defense", word_class::noun},
      {"armour", "armor", word_class::noun},
      {"manoeuvres", "maneuver", word_class::noun},
      {"centre", "center", word_class::noun},
  }));
  INFO(form);
  bool found = false;
  for (const auto& r : morphology().readings(form)) found = found || (r.cls == cls && r.lemma == lemma);
  CHECK(found);
}

TEST_CASE("english_morphology: a word WordNet does not know has no reading", "[extractors][morphology]") {
  CHECK(morphology().readings("qwzx").empty());
  CHECK(morphology().readings("").empty());
}

TEST_CASE("english_morphology: the most frequent class comes first", "[extractors][morphology]") {
  // WordNet's tagged corpus uses "attack" as a noun and "said" as a verb far more than otherwise.
  CHECK(morphology().readings("said").front().cls == word_class::verb);
  CHECK(morphology().is_lemma("troop", word_class::noun));
  CHECK_FALSE(morphology().is_lemma("militias", word_class::noun));
}

// The build writes the index finished; every form of the table's text must be
// found through it, with the readings the text gives it.
TEST_CASE("english_morphology: the built index finds every form of the table", "[extractors][morphology]") {
  const std::string_view text(detail::known_forms_text, detail::known_forms_text_size);
  std::size_t forms = 0, missing = 0, wrong_count = 0;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t nl = text.find('\n', at);
    const std::string_view line = text.substr(at, nl - at);
    const std::size_t tab = line.find('\t');
    const std::string_view form = line.substr(0, tab);
    const auto rs = morphology().readings(form);
    const auto expected = static_cast<std::size_t>(std::count(line.begin(), line.end(), ';')) + 1;
    ++forms;
    if (rs.empty()) ++missing;
    else if (rs.size() != expected) ++wrong_count;
    at = nl + 1;
  }
  CHECK(forms == detail::known_form_count);
  CHECK(missing == 0);
  CHECK(wrong_count == 0);
  CHECK(morphology().readings("nonexistentform").empty());
}
