// A typed event: who did what to whom, when, where, and whether it happened
// (modality), with the evidence for every report of it (mentions). An event
// found in one document and an event merged across documents have the same
// shape. Plain value type.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "core/time_value.h"

namespace eventgraph {

enum class event_type {
  meeting,
  call,
  visit,
  troop_deployment,
  military_exercise,
  sanctions_threat,
  sanctions_imposed,
  military_aid,
  attack,
  evacuation,
  demand,
  rejection,
  statement,
};
inline constexpr int event_type_count = 13;

enum class modality { asserted, planned, threatened, conditional, denied, claimed, hypothetical };
inline constexpr int modality_count = 7;

enum class participant_role { source, target, participant };

std::string_view to_string(event_type t);
std::string_view to_string(modality m);
std::string_view to_string(participant_role r);
std::optional<event_type> parse_event_type(std::string_view s);
std::optional<modality> parse_modality(std::string_view s);
std::optional<participant_role> parse_participant_role(std::string_view s);
inline std::string_view format_as(event_type t) { return to_string(t); }
inline std::string_view format_as(modality m) { return to_string(m); }
inline std::string_view format_as(participant_role r) { return to_string(r); }

// The CAMEO code of a type when no rule gives a finer one.
std::string_view default_cameo(event_type t);

struct participant {
  std::string actor_id;
  participant_role role = participant_role::participant;
  friend bool operator==(const participant&, const participant&) = default;
};

// One report of an event: where in which document, and which rule found it.
struct mention {
  std::string doc_id;
  std::uint32_t sentence = 0;
  span where;
  std::string rule;
  modality mod = modality::asserted;  // as this report has it
  std::string evidence;  // the sentence, so that exports and queries can show it without the document
  // "the drills", "their meeting": a noun that refers back to a happening
  // already reported in the document, which it joins when there is one.
  bool anaphoric = false;
  friend bool operator==(const mention&, const mention&) = default;
};

struct event {
  std::string id;
  event_type type = event_type::statement;
  std::string cameo;
  std::vector<participant> actors;
  time_value when;
  std::string location;
  // The state the place lies in, and whether the place is that state itself:
  // a report placed in "Russia" may join one placed in "Kursk". Not written out.
  std::string location_country;
  bool location_is_state = false;
  modality mod = modality::asserted;
  std::map<std::string, std::string> attributes;  // quantity, equipment, duration, ...
  double confidence = 0.0;
  std::vector<mention> mentions;
  std::vector<std::string> merged_on;  // the keys that explain each merge, for evidence
};

}  // namespace eventgraph
