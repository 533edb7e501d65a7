#include <catch2/catch.hpp>

#include <algorithm>

#include "core/document.h"
#include "extractors/actor_lexicon.h"
#include "extractors/lexicon_files.h"
#include "extractors/pipeline.h"

using namespace eventgraph;

namespace {
document analyse(const std::string& text) {
  static const pipeline p(lexicon_files::embedded(),
                          {"tokenizer", "sentence_splitter", "word_classifier", "actor_recognizer", "actor_resolver"});
  document d("t", "t", text);
  p.run(d);
  return d;
}
document analyse_dated(const std::string& text, date published) {
  static const pipeline p(lexicon_files::embedded(),
                          {"tokenizer", "sentence_splitter", "word_classifier", "actor_recognizer", "actor_resolver"});
  document d("t", "t", text);
  d.published = published;
  p.run(d);
  return d;
}
// With phrases and clauses, which "its" needs.
document analyse_parsed(const std::string& text) {
  static const pipeline p(lexicon_files::embedded(), {"tokenizer", "sentence_splitter", "word_classifier",
                                                      "phrase_chunker", "clause_analyzer", "actor_recognizer",
                                                      "actor_resolver"});
  document d("t", "t", text);
  p.run(d);
  return d;
}
std::vector<std::string> ids(const document& d) {
  std::vector<std::string> out;
  for (const auto& m : d.actor_mentions) out.push_back(m.actor_id);
  return out;
}
}  // namespace

TEST_CASE("actor_recognizer: metonyms and adjectives name the state", "[extractors]") {
  const auto d = analyse("Pyongyang fired missiles as South Korean troops watched.");
  CHECK(ids(d) == std::vector<std::string>{"PRK", "KOR"});
}

TEST_CASE("actor_recognizer: a titled person outside the lexicon gets the title's state", "[extractors]") {
  const auto d = analyse("Ghanaian Foreign Minister Kwame Mensah met reporters.");
  REQUIRE(d.actors.count("kwame_mensah"));
  CHECK(d.actors.at("kwame_mensah").country == "GHA");
  CHECK(d.actors.at("kwame_mensah").affiliations.front().role == "Foreign Minister");
}

TEST_CASE("actor_recognizer: outlets and weapons are not actors", "[extractors]") {
  const auto d = analyse("Reuters said the Javelin missiles reached Kyiv, according to Interfax.");
  CHECK(ids(d) == std::vector<std::string>{"UKR"});
}

TEST_CASE("actor_recognizer: a capital after a locative preposition is a place", "[extractors]") {
  const auto d = analyse("The envoys met in Nairobi.");
  CHECK(d.actor_mentions.empty());
  REQUIRE(d.place_mentions.size() == 1);
  CHECK(d.place_mentions[0].name == "Nairobi");
}

// Regression: "the Ghanaian capital" made Ghana a party of a summit held there.
TEST_CASE("actor_recognizer: a demonym on a city noun names a place", "[extractors]") {
  const auto d = analyse("The leaders gathered in Accra, the Ghanaian capital.");
  REQUIRE(d.actor_mentions.size() == 1);
  CHECK(d.actor_mentions[0].actor_id == "GHA");
  CHECK(d.actor_mentions[0].locative);
}

TEST_CASE("actor_resolver: a pronoun takes the person just named", "[extractors]") {
  const auto d = analyse("Kaja Kallas arrived in Vilnius. She met officials.");
  CHECK(ids(d) == std::vector<std::string>{"kaja_kallas", "kaja_kallas"});
}

namespace {
struct actor_case {
  const char* text;
  std::vector<std::string> expected;  // actor ids of the mentions, in order
};
void check_all(const std::vector<actor_case>& cases) {
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(ids(analyse(c.text)) == c.expected);
  }
}
}  // namespace

TEST_CASE("actor_recognizer: state names, variants, demonyms and seats of power", "[extractors]") {
  const std::vector<actor_case> cases{
      {"The U.S. and the U.K. signed the pact.", {"USA", "GBR"}},
      {"The United States of America and Britain objected.", {"USA", "GBR"}},
      {"US officials briefed their Estonian counterparts.", {"USA", "EST"}},
      {"The Kremlin rejected the claim and the White House disagreed.", {"RUS", "USA"}},
      {"Downing Street said Kiev and Kyiv are the same city for Beijing.", {"GBR", "UKR", "UKR", "CHN"}},
      {"Malian and Burkinabe officers met Nigerien envoys.", {"MLI", "BFA", "NER"}},
      {"Seoul and Tokyo protested after Pyongyang's launch.", {"KOR", "JPN", "PRK"}},
      {"Taipei warned that Beijing was testing it.", {"TWN", "CHN"}},
  };
  check_all(cases);
}

TEST_CASE("actor_recognizer: organisations, alliances, bodies and armed forces", "[extractors]") {
  const std::vector<actor_case> cases{
      {"ECOWAS and the African Union condemned the coup.", {"ecowas", "african_union"}},
      {"ASEAN ministers met as the CSTO held drills.", {"asean", "csto"}},
      {"The IAEA briefed the UN Security Council.", {"iaea", "unsc"}},
      {"The G7 and the G20 issued statements.", {"g7", "g20"}},
      {"The State Department and the Pentagon disagreed.", {"us_state_department", "pentagon"}},
      {"Russia's Defense Ministry said the drills were over.", {"RUS", "defense_ministry_RUS"}},
      {"Russian troops crossed the river.", {"RUS"}},
      {"Chinese warships and the People's Liberation Army moved.", {"CHN", "pla"}},
      {"European foreign ministers agreed on new measures against Minsk.", {"eu", "BLR"}},
  };
  check_all(cases);
}

TEST_CASE("actor_recognizer: armed groups, juntas and formats beyond states", "[extractors]") {
  const std::vector<actor_case> cases{
      {"Tigrayan forces shelled the road to Gondar.", {"tplf"}},
      {"HTS fighters entered Aleppo.", {"hts"}},
      {"The Congo River Alliance named a governor in Goma.", {"congo_river_alliance"}},
      {"Guards of the Tren de Aragua gang were arrested in Bogota.", {"tren_de_aragua"}},
      {"The SAF and the RSF traded fire in Omdurman.", {"saf", "rsf"}},
      {"The Lebanese army deployed south of the Litani.", {"lebanese_army"}},
      {"The Quad and the E3 issued statements.", {"quad", "e3"}},
      {"KFOR patrols were stepped up near Zvecan.", {"kfor"}},
      {"Syrian rebels advanced on Homs.", {"rebels_SYR"}},
      {"The Nigerien junta closed the airspace.", {"NER", "junta_NER"}},
  };
  check_all(cases);
}

TEST_CASE("actor_recognizer: a group the lexicon places in its theatre", "[extractors]") {
  const auto d = analyse("Houthi rebels and Hezbollah fighters issued threats.");
  REQUIRE(d.actors.count("houthis"));
  CHECK(d.actors.at("houthis").country == "YEM");
  REQUIRE(d.actors.count("hezbollah"));
  CHECK(d.actors.at("hezbollah").country == "LBN");
}

TEST_CASE("actor_recognizer: an armed group outside the lexicon from the word that says what it is", "[extractors]") {
  const auto d = analyse("Ethiopian Fano militias clashed with the army as Kachin rebels seized a post.");
  REQUIRE(d.actors.count("fano"));
  CHECK(d.actors.at("fano").kind == actor_kind::group);
  CHECK(d.actors.at("fano").country == "ETH");
  REQUIRE(d.actors.count("kachin"));
  CHECK(d.actors.at("kachin").kind == actor_kind::group);
  // The state names where the group fights: it is no second party.
  const auto found = ids(d);
  CHECK(std::count(found.begin(), found.end(), "ETH") == 0);
}

TEST_CASE("actor_recognizer: a capitalised word opening a sentence is no group", "[extractors]") {
  const auto d = analyse("Armed rebels attacked a convoy.");
  CHECK(d.actors.count("armed") == 0);
}

TEST_CASE("actor_recognizer: persons outside the lexicon from titles, appositions and quotes", "[extractors]") {
  SECTION("a title with a state adjective") {
    const auto d = analyse("Chilean Deputy Foreign Minister Ana Ruiz arrived on Monday.");
    REQUIRE(d.actors.count("ana_ruiz"));
    CHECK(d.actors.at("ana_ruiz").country == "CHL");
    CHECK(d.actors.at("ana_ruiz").affiliations.front().role == "Deputy Foreign Minister");
  }
  SECTION("an apposition") {
    const auto d = analyse("Amina Diallo, who directs a research group in Dakar, said talks would fail.");
    CHECK(ids(d) == std::vector<std::string>{"amina_diallo"});
  }
  SECTION("a quote attribution") {
    const auto d = analyse("\"We will not back down,\" Ibrahim Tanko said.");
    CHECK(ids(d) == std::vector<std::string>{"ibrahim_tanko"});
  }
  SECTION("an honorific and surname after the full name") {
    const auto d = analyse("Chilean Deputy Foreign Minister Ana Ruiz spoke first. Ms. Ruiz then left.");
    CHECK(ids(d) == std::vector<std::string>{"ana_ruiz", "ana_ruiz"});
  }
  // Regression: "Mr Biden" was a person of its own, which kept two
  // reports of one summit apart.
  SECTION("an honorific without its full stop, as British papers write it") {
    const auto d = analyse("Chilean Deputy Foreign Minister Ana Ruiz met Peruvian Defence Minister Tomas Vidal. Mr Vidal and Ms Ruiz then left.");
    CHECK(ids(d) == std::vector<std::string>{"ana_ruiz", "tomas_vidal", "tomas_vidal", "ana_ruiz"});
  }
}

TEST_CASE("actor_recognizer: spelling variants, middle initials and surnames give one id", "[extractors]") {
  const std::vector<actor_case> cases{
      {"Sergey Lavrov met Sergei Lavrov's deputy.", {"sergei_lavrov", "sergei_lavrov"}},
      {"Antony J. Blinken spoke. Blinken then left.", {"antony_blinken", "antony_blinken"}},
      {"South Korean President Yoon Suk Yeol spoke. Yoon said more later.", {"yoon_suk_yeol", "yoon_suk_yeol"}},
      {"Volodymyr Zelensky and Zelenskyy are one man.", {"volodymyr_zelensky", "volodymyr_zelensky"}},
      {"Chinese leader Xi Jinping met the press. Xi spoke briefly.", {"xi_jinping", "xi_jinping"}},
  };
  check_all(cases);
}

TEST_CASE("actor_recognizer: outlets, weapons, months, weekdays and bare places are not actors", "[extractors]") {
  const std::vector<actor_case> cases{
      {"ABC News and Politico reported it, citing Interfax.", {}},
      {"The S-400 and the Javelin were shown in May.", {}},
      {"On Friday, May said nothing.", {}},
      {"Talks were held in Geneva and in Doha.", {}},
      {"Ships sailed through the Taiwan Strait.", {}},
  };
  check_all(cases);
}

TEST_CASE("actor_resolver: pronouns and pair references", "[extractors]") {
  const std::vector<actor_case> cases{
      {"Kim Jong Un inspected the site. He said tests would continue.", {"kim_jong_un", "kim_jong_un"}},
      {"Bola Tinubu met Abdourahamane Tchiani. The two men agreed to talk again.",
       {"bola_tinubu", "abdourahamane_tchiani", "bola_tinubu"}},
      // "the two" closing a phrase, and "the two states".
      {"Bola Tinubu met Abdourahamane Tchiani. Aides spoke after a call between the two.",
       {"bola_tinubu", "abdourahamane_tchiani", "bola_tinubu"}},
      {"Ghana and Togo signed a pact, and the two states agreed to patrol the border.", {"GHA", "TGO", "GHA"}},
  };
  check_all(cases);
}

TEST_CASE("actor_recognizer: groups of states and companies named as targets", "[extractors]") {
  check_all({
      {"The defence ministers of the Baltic nations met in Riga.", {"baltic_states"}},
      {"Lawmakers pushed for sanctions on Nord Stream 2.", {"nord_stream_2"}},
      {"Ships entered the Baltic Sea.", {}},
  });
}

TEST_CASE("actor_recognizer: G20 ministers of 2019-2025 come with state and role years", "[extractors]") {
  const auto d = analyse("Penny Wong met Mauro Vieira and Naledi Pandor.");
  CHECK(ids(d) == std::vector<std::string>{"penny_wong", "mauro_vieira", "naledi_pandor"});
  REQUIRE(d.actors.count("naledi_pandor"));
  const auto& af = d.actors.at("naledi_pandor").affiliations.front();
  CHECK(af.state == "ZAF");
  CHECK(af.role == "Foreign Minister");
  CHECK(af.from_year == 2019);
  CHECK(af.to_year == 2024);
}

TEST_CASE("actor_recognizer: a title alone implies its state", "[extractors]") {
  const auto d = analyse("Deputy Secretary of State Jane Whitmore landed in Manila.");
  REQUIRE(d.actors.count("jane_whitmore"));
  CHECK(d.actors.at("jane_whitmore").country == "USA");
}

TEST_CASE("actor_recognizer: a title and a known surname name the person", "[extractors]") {
  check_all({{"Secretary Blinken flew on to Cairo.", {"antony_blinken"}}});
}

TEST_CASE("actor_resolver: both sides are the pair just named", "[extractors]") {
  check_all({{"Armenia and Azerbaijan traded fire overnight. Both sides blamed each other.", {"ARM", "AZE", "ARM"}}});
  const auto d = analyse("Armenia and Azerbaijan traded fire overnight. Both sides blamed each other.");
  REQUIRE(d.actor_mentions.size() == 3);
  CHECK(d.actor_mentions[2].also == std::vector<std::string>{"AZE"});
}

TEST_CASE("actor_resolver: both delegations are the two parties just named", "[extractors]") {
  check_all({{"Serbian and Kosovan envoys gathered in Brussels. Both delegations left without a deal.",
              {"SRB", "XKX", "SRB"}}});
}

TEST_CASE("actor_resolver: their countries are the states of the two people just named", "[extractors]") {
  // The last two states named are China and Kenya; the two speakers are Australian and Chinese.
  const auto d = analyse(
      "Penny Wong of Australia and Wang Yi of China met Kenyan officials. Wong and Wang said their countries "
      "would keep talking.");
  REQUIRE(d.actor_mentions.size() == 8);
  const auto& pair = d.actor_mentions[7];
  std::vector<std::string> states{pair.actor_id};
  states.insert(states.end(), pair.also.begin(), pair.also.end());
  std::sort(states.begin(), states.end());
  CHECK(states == std::vector<std::string>{"AUS", "CHN"});
}

TEST_CASE("actor_resolver: a pronoun prefers the subject over a name after a preposition", "[extractors]") {
  check_all({{"Penny Wong spoke after a session with Chinese Foreign Minister Wang Yi that took her to Beijing.",
              {"penny_wong", "wang_yi", "penny_wong"}}});
}

TEST_CASE("actor_resolver: a pronoun in the next sentence prefers that subject over a name after a preposition",
          "[extractors]") {
  check_all({{"William Ruto flew to Abuja to meet with Bola Tinubu. It was his first trip abroad this year.",
              {"william_ruto", "bola_tinubu", "william_ruto"}},
             // A name that is no object of a preposition is still the one just named.
             {"William Ruto met Bola Tinubu. His talks went well.", {"william_ruto", "bola_tinubu", "bola_tinubu"}}});
}

TEST_CASE("actor_recognizer: a named U.S. warship acts for the U.S. Navy", "[extractors]") {
  check_all({{"The USS Carl Vinson sailed into the South China Sea.", {"us_navy"}}});
}

TEST_CASE("actor_resolver: 'the president' is the president last named", "[extractors]") {
  check_all({{"Kenyan President William Ruto landed in Addis Ababa. The president then met Abiy Ahmed.",
              {"william_ruto", "william_ruto", "abiy_ahmed"}}});
}

TEST_CASE("surname and given-name keys: folded, suffixes skipped, one word has no given name", "[actors]") {
  CHECK(surname_key("Sergei Lavrov") == "lavrov");
  CHECK(surname_key("Ferdinand Marcos Jr.") == "marcos");
  CHECK(surname_key("Martin Luther King Jr. III") == "king");
  CHECK(surname_key("Jr.") == "jr.");
  CHECK(surname_key(" Sauli  Niinistö ") == "niinisto");
  CHECK(surname_key("") == "");
  CHECK(given_name_key("Sergey Lavrov") == "sergei");
  CHECK(given_name_key(" Sauli  Niinistö ") == "sauli");
  CHECK(given_name_key("Niinistö") == "");
  CHECK(given_name_key("Niinistö ") == "");
}

TEST_CASE("actor_recognizer: a model's letters and number name a weapon, not an actor", "[extractors]") {
  const auto d = analyse("Iran received Su-35s and two MiG-29 jets from Russia.");
  CHECK(ids(d) == std::vector<std::string>{"IRN", "RUS"});
  REQUIRE(d.equipment_mentions.size() == 2);
  CHECK(d.equipment_mentions[0].text == "Su-35s");
  CHECK(d.equipment_mentions[1].text == "MiG-29 jets");
}

TEST_CASE("actor_recognizer: the G-7 is a group of states, not a weapon", "[extractors]") {
  const auto d = analyse("The G-7 met in Rome.");
  CHECK(d.equipment_mentions.empty());
}

TEST_CASE("actor_recognizer: a person's single name inside another name is not the person", "[extractors]") {
  const auto inside = ids(analyse("Missiles struck the Ain Assad airbase."));
  CHECK(std::count(inside.begin(), inside.end(), "bashar_al_assad") == 0);
  const auto titled = ids(analyse("President Assad met Iranian officials."));
  CHECK(std::count(titled.begin(), titled.end(), "bashar_al_assad") == 1);
}

TEST_CASE("actor_resolver: 'the bloc' is the organisation last named", "[extractors]") {
  const auto d = ids(analyse("ASEAN foreign ministers met in Jakarta. The leaders of the bloc demanded a ceasefire."));
  CHECK(std::count(d.begin(), d.end(), "asean") == 2);
}

TEST_CASE("actor_resolver: 'the administration' is the state whose administration was last named", "[extractors]") {
  // (The state must be known to the document: here Brasilia names it.)
  const auto named = ids(analyse("Brasilia said the Lula administration would protest. Later the administration "
                                 "recalled its envoy."));
  CHECK(std::count(named.begin(), named.end(), "BRA") == 2);
  const auto alone = ids(analyse("The administration recalled its envoy."));
  CHECK(alone.empty());
}

TEST_CASE("actor_recognizer: delegations from two states are the states, not places", "[extractors]") {
  const auto d = analyse("Delegations from Armenia and Azerbaijan met in Geneva.");
  std::vector<std::string> acting;
  for (const auto& m : d.actor_mentions)
    if (!m.locative) acting.push_back(m.actor_id);
  CHECK(acting == std::vector<std::string>{"ARM", "AZE"});
}

TEST_CASE("actor_recognizer: a name described as a place or a thing is no person", "[extractors]") {
  auto text = GENERATE("Boats gathered near Scarborough Shoal, the disputed reef, on Monday.",
                       "Jets carried the Heavy Earth Breaker, a 12,000-pound bomb, to the front.");
  INFO(text);
  const auto d = analyse(text);
  for (const auto& [id, a] : d.actors) CHECK(a.kind != actor_kind::person);
}

TEST_CASE("actor_recognizer: an apposition describing a person still names one", "[extractors]") {
  const auto d = analyse("Moussa Kone, a spokesman for the junta, denied the report.");
  CHECK(d.actors.count("moussa_kone") == 1);
}

TEST_CASE("actor_recognizer: a name set off by commas after a title names its holder", "[extractors]") {
  const auto d = analyse("Ruto met the chairman of Kenya's electoral commission, Wafula Chebukati, on Monday.");
  CHECK(d.actors.count("wafula_chebukati") == 1);
}

TEST_CASE("actor_recognizer: a state's office with no name after it is the one holder of that year", "[extractors]") {
  auto [text, year, expected] = GENERATE(table<const char*, int, const char*>({
      {"Russia's foreign minister arrived in Ankara.", 2023, "sergei_lavrov"},
      {"The Turkish President spoke to reporters.", 2024, "recep_tayyip_erdogan"},
      {"The French foreign minister arrived in Dakar.", 2023, "catherine_colonna"},
      // Two held the office that year: nobody is guessed.
      {"The French foreign minister arrived in Dakar.", 2024, ""},
  }));
  INFO(text << " " << year);
  const auto d = analyse_dated(text, date(year, 6, 1));
  const auto found = ids(d);
  const auto persons = std::count_if(d.actors.begin(), d.actors.end(),
                                     [](const auto& a) { return a.second.kind == actor_kind::person; });
  if (*expected) CHECK(std::count(found.begin(), found.end(), expected) == 1);
  else CHECK(persons == 0);
}

TEST_CASE("actor_recognizer: an office in an article with no date names nobody", "[extractors]") {
  const auto found = ids(analyse("Russia's foreign minister arrived in Ankara."));
  CHECK(std::count(found.begin(), found.end(), "sergei_lavrov") == 0);
  CHECK(std::count(found.begin(), found.end(), "RUS") == 1);
}

TEST_CASE("actor_recognizer: a counterpart is the other state's holder of the office of the person just named",
          "[extractors]") {
  const auto d = analyse_dated("Sergei Lavrov met his Turkish counterpart in Antalya.", date(2024, 6, 1));
  const auto found = ids(d);
  CHECK(std::count(found.begin(), found.end(), "hakan_fidan") == 1);
  CHECK(std::count(found.begin(), found.end(), "TUR") == 1);
}

TEST_CASE("actor_resolver: 'they' is the coordinated subject of the clause before", "[extractors]") {
  // (The clause layer says what the subject is.)
  static const pipeline p(lexicon_files::embedded(), {"tokenizer", "sentence_splitter", "word_classifier",
                                                      "phrase_chunker", "clause_analyzer", "actor_recognizer",
                                                      "actor_resolver"});
  document d("t", "t", "Kenya, Uganda, and Tanzania agreed to reopen the border. Later they spoke about trade.");
  p.run(d);
  const auto they = std::find_if(d.actor_mentions.begin(), d.actor_mentions.end(),
                                 [](const actor_mention& m) { return m.form == mention_form::group_reference; });
  REQUIRE(they != d.actor_mentions.end());
  std::vector<std::string> group = they->also;
  group.push_back(they->actor_id);
  std::sort(group.begin(), group.end());
  CHECK(group == std::vector<std::string>{"KEN", "TZA", "UGA"});
}

namespace {
const pipeline& resolving_pipeline() {
  static const pipeline p(lexicon_files::embedded(), {"tokenizer", "sentence_splitter", "word_classifier",
                                                      "phrase_chunker", "clause_analyzer", "actor_recognizer",
                                                      "actor_resolver"});
  return p;
}

std::vector<std::string> resolved_at(const std::string& text, std::string_view word) {
  document d("t", "t", text);
  resolving_pipeline().run(d);
  std::vector<std::string> out;
  for (const auto& m : d.actor_mentions)
    if (m.form == mention_form::title && d.text_of(m.where) == word) out.push_back(m.actor_id);
  return out;
}
}  // namespace

TEST_CASE("actor_resolver: a role owned by a name is the person the document introduces with it", "[extractors]") {
  // Introduced after, or before, with the same owner.
  CHECK(resolved_at("Biden's special envoy flew to Beirut. President Joe Biden's special envoy, Amos Hochstein, met "
                    "Nabih Berri.",
                    "envoy") == std::vector<std::string>{"amos_hochstein"});
  CHECK(resolved_at("The Kremlin's spokesman, Dmitry Peskov, spoke first. Later the Kremlin's spokesman said more.",
                    "spokesman") == std::vector<std::string>{"dmitry_peskov"});
  // Another owner's envoy is someone else.
  CHECK(resolved_at("Macron's envoy flew to Beirut. President Joe Biden's envoy, Amos Hochstein, met Nabih Berri.",
                    "envoy")
            .empty());
  // Named right after the role: nothing to resolve.
  CHECK(resolved_at("President Joe Biden's envoy, Amos Hochstein, met Nabih Berri.", "envoy").empty());
}

TEST_CASE("actor_resolver: 'its' is the owner of the phrase before or the subject", "[extractors]") {
  auto [text, expected] = GENERATE(table<const char*, std::vector<std::string>>({
      {"Turkey's quarrel with its neighbours deepened.", {"TUR", "TUR"}},
      {"Japan said its ships would stay in port.", {"JPN", "JPN"}},
      // A state named in passing is not what "it ... its" stands for.
      {"Egypt wants talks with Sudan, but it keeps its troops at home.", {"EGY", "SDN"}},
  }));
  INFO(text);
  CHECK(ids(analyse_parsed(text)) == expected);
}
