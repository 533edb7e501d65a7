#include <catch2/catch.hpp>

#include <tuple>

#include "extractors/lexicon_files.h"
#include "extractors/pipeline.h"
#include "graph/event_merger.h"
#include "graph/event_parties.h"

using namespace eventgraph;

namespace {
actor make_actor(std::string id, actor_kind kind, std::string country) {
  actor a;
  a.id = id;
  a.name = id;
  a.kind = kind;
  a.country = std::move(country);
  return a;
}

const std::map<std::string, actor>& actors() {
  static const std::map<std::string, actor> all = {
      {"KEN", make_actor("KEN", actor_kind::state, "KEN")},
      {"SOM", make_actor("SOM", actor_kind::state, "SOM")},
      {"william_ruto", make_actor("william_ruto", actor_kind::person, "KEN")},
      {"kenya_defence_forces", make_actor("kenya_defence_forces", actor_kind::armed_force, "KEN")},
      {"al_shabaab", make_actor("al_shabaab", actor_kind::group, "SOM")},
      {"kithure_kindiki", make_actor("kithure_kindiki", actor_kind::person, "KEN")},
  };
  return all;
}

event make_event(event_type t, std::vector<participant> ps) {
  event e;
  e.type = t;
  e.actors = std::move(ps);
  return e;
}

constexpr auto src = participant_role::source;
constexpr auto tgt = participant_role::target;
constexpr auto par = participant_role::participant;
}  // namespace

TEST_CASE("event_parties: the sides of an event", "[graph][parties]") {
  const std::vector<std::tuple<const char*, std::vector<participant>, std::size_t>> cases = {
      {"a state alone", {{"KEN", src}}, 1},
      {"two states", {{"KEN", src}, {"SOM", tgt}}, 2},
      {"a president with his state", {{"william_ruto", src}, {"KEN", src}}, 1},
      {"a state's army with the state", {{"kenya_defence_forces", par}, {"KEN", par}}, 1},
      {"an army set against its own state", {{"kenya_defence_forces", src}, {"KEN", tgt}}, 2},
      {"a president without his state", {{"william_ruto", src}, {"SOM", tgt}}, 2},
      {"a rebel group in its own country", {{"al_shabaab", src}, {"SOM", tgt}}, 2},
  };
  for (const auto& [what, ps, n] : cases) {
    INFO(what);
    CHECK(sides_of(make_event(event_type::attack, ps), actors()) == n);
  }
}

TEST_CASE("event_parties: only dyadic types need a counterpart", "[graph][parties]") {
  const std::vector<std::pair<event_type, bool>> cases = {
      {event_type::meeting, true},           {event_type::call, true},
      {event_type::attack, true},            {event_type::sanctions_threat, true},
      {event_type::sanctions_imposed, true}, {event_type::military_aid, true},
      {event_type::visit, false},            {event_type::troop_deployment, false},
      {event_type::military_exercise, false}, {event_type::evacuation, false},
      {event_type::statement, false},
  };
  for (const auto& [t, needs] : cases) {
    INFO(to_string(t));
    CHECK(lacks_counterpart(make_event(t, {{"william_ruto", src}, {"KEN", src}}), actors()) == needs);
  }
}

namespace {
knowledge_base merged(const char* text, bool keep_fragments) {
  static const pipeline p(lexicon_files::embedded());
  std::vector<document> in;
  in.emplace_back("a", "a.txt", text);
  in.back().published = date(2024, 6, 3);
  p.run(in.back());
  return merge_documents(std::move(in), {.keep_fragments = keep_fragments});
}
}  // namespace

TEST_CASE("event_parties: an attack of which only the attacker is known is withheld, and kept on request",
          "[graph][parties]") {
  const char* text = "Kenyan forces carried out an air strike on Sunday.";
  const auto withheld = merged(text, false);
  CHECK(withheld.events.empty());
  CHECK(withheld.fragments_withheld == 1);
  const auto kept = merged(text, true);
  REQUIRE(kept.events.size() == 1);
  CHECK(kept.events[0].type == event_type::attack);
}

TEST_CASE("event_parties: an attack with its target stays", "[graph][parties]") {
  const auto kb = merged("Kenyan forces carried out an air strike on Somalia on Sunday.", false);
  REQUIRE(kb.events.size() == 1);
  CHECK(kb.fragments_withheld == 0);
}

TEST_CASE("event_parties: a one-sided deployment stays", "[graph][parties]") {
  const auto kb = merged("Kenya deployed 400 troops to its northern border on Sunday.", false);
  REQUIRE(kb.events.size() == 1);
  CHECK(kb.events[0].type == event_type::troop_deployment);
}

TEST_CASE("event_parties: a target the text describes completes the event", "[graph][parties]") {
  auto e = make_event(event_type::sanctions_threat, {{"KEN", src}});
  CHECK(lacks_counterpart(e, actors()));
  e.attributes["target"] = "anyone";
  CHECK_FALSE(lacks_counterpart(e, actors()));
}

TEST_CASE("event_parties: an organisation that meets is its members meeting", "[graph][parties]") {
  auto all = actors();
  all.emplace("igad", make_actor("igad", actor_kind::organisation, ""));
  CHECK_FALSE(lacks_counterpart(make_event(event_type::meeting, {{"igad", par}}), all));
  CHECK_FALSE(lacks_counterpart(make_event(event_type::call, {{"igad", par}}), all));
  // Attacking or sanctioning still needs someone on the other side.
  CHECK(lacks_counterpart(make_event(event_type::sanctions_imposed, {{"igad", src}}), all));
}

TEST_CASE("event_parties: two people of one state who meet are two parties", "[graph][parties]") {
  CHECK_FALSE(lacks_counterpart(make_event(event_type::meeting, {{"william_ruto", par}, {"kithure_kindiki", par}}),
                                actors()));
  CHECK(lacks_counterpart(make_event(event_type::meeting, {{"william_ruto", par}, {"KEN", par}}), actors()));
  // (Not an attack: an attack is between sides.)
  CHECK(lacks_counterpart(make_event(event_type::attack, {{"william_ruto", src}, {"kithure_kindiki", tgt}}), actors()) ==
        false);
}

TEST_CASE("event_parties: a visit needs its visitor, whatever place it names", "[graph][parties]") {
  CHECK(lacks_visitor(make_event(event_type::visit, {{"KEN", participant_role::target}})));
  CHECK_FALSE(lacks_visitor(make_event(event_type::visit, {{"william_ruto", src}})));
  CHECK_FALSE(lacks_visitor(make_event(event_type::meeting, {{"KEN", participant_role::target}})));
}
