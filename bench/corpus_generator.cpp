#include "bench/corpus_generator.h"

// Before any RapidJSON header:
#include "extractors/rapidjson_options.h"
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <boost/date_time/gregorian/gregorian.hpp>

#include "extractors/tsv_table.h"

namespace eventgraph {
namespace {
namespace greg = boost::gregorian;

// Sentences with events. Slots: {TP} titled person, {P} the same person's
// name, {Q} another person's name, {TQ} titled, {S} {S2} states, {A} {A2}
// adjectives, {C} {C2} capitals, {L} a place, {D} a date, {W} a weekday,
// {N} a small number.
constexpr std::array<std::string_view, 20> event_sentences{
    "{TP} met {TQ} in {L} on {D} to discuss the crisis.",
    "{P} and {Q} held talks in {L} for {N} hours, officials said.",
    "{TP} spoke by phone with {Q} on {W}, according to a statement from {C}.",
    "{S} has deployed about {N},000 troops near its border with {S2}, satellite images show.",
    "{A} forces will hold joint military drills with {S2} starting {D}.",
    "{S} threatened {S2} with new sanctions if the negotiations collapse.",
    "The government of {S} imposed sanctions on {N} {A2} banks on {D}.",
    "{S} sent {N} shipments of anti-tank missiles to {S2} last month.",
    "Gunmen attacked a convoy near {L} on {W}, killing {N} people, local officials said.",
    "{S} began evacuating embassy staff from {C2} on {D}.",
    "{TP} demanded that {S2} withdraw its forces from the border.",
    "{S2} rejected the proposal on {W}, calling it unacceptable.",
    "{P} denied that {S} had any plans to attack {S2}.",
    "{TP} will visit {C2} next week for talks with {Q}.",
    "{A} and {A2} negotiators met again in {L} on {D} but reported little progress.",
    "{S} warned that any incursion would be met with a swift and severe response.",
    "{TQ} arrived in {C} on {W} for a two-day visit.",
    "Talks between {S} and {S2} are expected to resume in {L} on {D}.",
    "{S} said it had no intention of invading {S2}.",
    "If {S} attacks, {S2} will impose heavy sanctions, {Q} said.",
};

// Sentences without events, for the text around them.
constexpr std::array<std::string_view, 12> filler_sentences{
    "Analysts said the outcome remained uncertain.",
    "Markets in {C} were calm on {W} as traders waited for news.",
    "The {A} economy grew by {N} percent last year, according to official figures.",
    "Diplomats described the mood as tense but businesslike.",
    "Residents of {L} said daily life had changed little.",
    "The statement gave no further details.",
    "Both sides have accused each other of bad faith for months.",
    "{P} has held the post for several years.",
    "Officials in {C2} declined to comment on the reports.",
    "The dispute has weighed on trade between the two countries.",
    "Several smaller parties called for a parliamentary debate on the issue.",
    "Newspapers in {C} carried the story on their front pages.",
};

constexpr std::array<std::string_view, 8> headlines{
    "{S} and {S2} trade warnings as tensions rise",
    "Talks in {L} end without a breakthrough",
    "{TP} presses {S2} over troop movements",
    "{A} leaders weigh their options",
    "Diplomats race to calm the standoff between {S} and {S2}",
    "{S} raises the stakes in its dispute with {S2}",
    "New round of talks planned in {L}",
    "{C} signals it is ready to negotiate",
};

std::string first_alternative(const std::string& cell) { return cell.substr(0, cell.find('|')); }

// "President@2021-2025|Vice President@2009-2017" -> "President".
std::string first_role(const std::string& roles) {
  const std::string role = first_alternative(roles);
  return role.substr(0, role.find('@'));
}

const greg::date epoch(2019, 1, 1);
}  // namespace

corpus_generator::corpus_generator(const lexicon_files& lexicons, std::uint64_t seed)
    : state_(seed * 0x9E3779B97F4A7C15ull + 1) {
  const auto states = tsv_table::parse(lexicons.content("states.tsv"), lexicons.origin("states.tsv"),
                                       {"iso3", "name", "adjectives", "metonyms"});
  std::vector<std::string> iso;
  for (const auto& r : states.rows()) {
    const auto& adj = states.get(r, "adjectives");
    const auto& cap = states.get(r, "metonyms");
    if (adj.empty() || cap.empty()) continue;
    iso.push_back(states.get(r, "iso3"));
    states_.push_back(states.get(r, "name"));
    adjectives_.push_back(first_alternative(adj));
    capitals_.push_back(first_alternative(cap));
  }
  const auto persons = tsv_table::parse(lexicons.content("persons.tsv"), lexicons.origin("persons.tsv"),
                                        {"name", "country", "roles"});
  for (const auto& r : persons.rows()) {
    const auto& roles = persons.get(r, "roles");
    if (roles.empty()) continue;
    persons_.push_back({persons.get(r, "name"), first_role(roles), persons.get(r, "country")});
  }
  const auto places = tsv_table::parse(lexicons.content("places.tsv"), lexicons.origin("places.tsv"), {"name"});
  for (const auto& r : places.rows()) places_.push_back(places.get(r, "name"));
  places_.insert(places_.end(), capitals_.begin(), capitals_.end());
}

std::uint64_t corpus_generator::random() {
  // splitmix64: small, fast and the same everywhere.
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::string corpus_generator::fill(std::string_view pattern) {
  // A new cast per sentence exercises the lexicon widely; coherence of a
  // story does not matter for throughput.
  const std::size_t s1 = pick(states_.size());
  std::size_t s2 = pick(states_.size());
  if (s2 == s1) s2 = (s2 + 1) % states_.size();
  const person& p = persons_[pick(persons_.size())];
  const person& q = persons_[pick(persons_.size())];
  const greg::date day = epoch + greg::days(base_day_);
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') {
      out += pattern[i];
      continue;
    }
    const auto close = pattern.find('}', i);
    const std::string_view slot = pattern.substr(i + 1, close - i - 1);
    i = close;
    if (slot == "TP") out += p.title + " " + p.name;
    else if (slot == "P") out += p.name;
    else if (slot == "TQ") out += q.title + " " + q.name;
    else if (slot == "Q") out += q.name;
    else if (slot == "S") out += states_[s1];
    else if (slot == "S2") out += states_[s2];
    else if (slot == "A") out += adjectives_[s1];
    else if (slot == "A2") out += adjectives_[s2];
    else if (slot == "C") out += capitals_[s1];
    else if (slot == "C2") out += capitals_[s2];
    else if (slot == "L") out += places_[pick(places_.size())];
    else if (slot == "D") {
      const greg::date d = day + greg::days(static_cast<int>(pick(9)) - 4);
      out += d.month().as_long_string();
      out += " " + std::to_string(d.day().as_number());
    } else if (slot == "W") out += (day - greg::days(static_cast<int>(pick(5)))).day_of_week().as_long_string();
    else if (slot == "N") out += std::to_string(2 + pick(40));
  }
  return out;
}

generated_article corpus_generator::next() {
  generated_article a;
  ++count_;
  base_day_ = static_cast<int>(pick(7 * 365));
  const greg::date published = epoch + greg::days(base_day_);
  a.id = "gen" + std::to_string(count_);
  a.published = greg::to_iso_extended_string(published);
  a.title = fill(headlines[pick(headlines.size())]);
  a.text = a.title + "\nBy Staff Writer, " + published.month().as_long_string() + " " +
           std::to_string(published.day().as_number()) + ", " + std::to_string(static_cast<int>(published.year())) +
           "\n\n";
  const std::size_t paragraphs = 6 + pick(12);
  for (std::size_t k = 0; k < paragraphs; ++k) {
    const std::size_t sentences = 2 + pick(4);
    for (std::size_t s = 0; s < sentences; ++s) {
      if (s > 0) a.text += ' ';
      // About one sentence in three reports an event, as in wire copy.
      a.text += pick(3) == 0 ? fill(event_sentences[pick(event_sentences.size())])
                             : fill(filler_sentences[pick(filler_sentences.size())]);
    }
    a.text += "\n\n";
  }
  return a;
}

std::string corpus_generator::jsonl_line(const generated_article& a) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("id"); w.String(a.id.c_str(), static_cast<rapidjson::SizeType>(a.id.size()));
  w.Key("title"); w.String(a.title.c_str(), static_cast<rapidjson::SizeType>(a.title.size()));
  w.Key("published"); w.String(a.published.c_str(), static_cast<rapidjson::SizeType>(a.published.size()));
  w.Key("text"); w.String(a.text.c_str(), static_cast<rapidjson::SizeType>(a.text.size()));
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace eventgraph
