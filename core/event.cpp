#include "core/event.h"

#include <array>

#include "core/enum_names.h"

namespace eventgraph {
namespace {
constexpr std::array<std::pair<event_type, std::string_view>, event_type_count> types{{
    {event_type::meeting, "meeting"},
    {event_type::call, "call"},
    {event_type::visit, "visit"},
    {event_type::troop_deployment, "troop_deployment"},
    {event_type::military_exercise, "military_exercise"},
    {event_type::sanctions_threat, "sanctions_threat"},
    {event_type::sanctions_imposed, "sanctions_imposed"},
    {event_type::military_aid, "military_aid"},
    {event_type::attack, "attack"},
    {event_type::evacuation, "evacuation"},
    {event_type::demand, "demand"},
    {event_type::rejection, "rejection"},
    {event_type::statement, "statement"},
}};
constexpr std::array<std::pair<modality, std::string_view>, modality_count> modalities{{
    {modality::asserted, "asserted"},
    {modality::planned, "planned"},
    {modality::threatened, "threatened"},
    {modality::conditional, "conditional"},
    {modality::denied, "denied"},
    {modality::claimed, "claimed"},
    {modality::hypothetical, "hypothetical"},
}};
constexpr std::array<std::pair<participant_role, std::string_view>, 3> roles{{
    {participant_role::source, "source"},
    {participant_role::target, "target"},
    {participant_role::participant, "participant"},
}};
constexpr std::array<std::pair<event_type, std::string_view>, event_type_count> cameo{{
    {event_type::meeting, "043"},
    {event_type::call, "041"},
    {event_type::visit, "042"},
    {event_type::troop_deployment, "152"},
    {event_type::military_exercise, "150"},
    {event_type::sanctions_threat, "1312"},
    {event_type::sanctions_imposed, "163"},
    {event_type::military_aid, "072"},
    {event_type::attack, "190"},
    {event_type::evacuation, "0"},
    {event_type::demand, "100"},
    {event_type::rejection, "120"},
    {event_type::statement, "010"},
}};
}  // namespace

std::string_view to_string(event_type t) { return detail::name_of(types, t); }
std::string_view to_string(modality m) { return detail::name_of(modalities, m); }
std::string_view to_string(participant_role r) { return detail::name_of(roles, r); }
std::optional<event_type> parse_event_type(std::string_view s) { return detail::value_of(types, s); }
std::optional<modality> parse_modality(std::string_view s) { return detail::value_of(modalities, s); }
std::optional<participant_role> parse_participant_role(std::string_view s) { return detail::value_of(roles, s); }
std::string_view default_cameo(event_type t) {
  const auto c = detail::name_of(cameo, t);
  return c == "0" ? std::string_view{} : c;
}

}  // namespace eventgraph
