#include "graph/event_parties.h"

#include <algorithm>
#include <string_view>

#include <boost/container/small_vector.hpp>

namespace eventgraph {

bool dyadic(event_type t) {
  switch (t) {
    case event_type::meeting:
    case event_type::call:
    case event_type::attack:
    case event_type::sanctions_threat:
    case event_type::sanctions_imposed:
    case event_type::military_aid:
      return true;
    default:
      return false;
  }
}

std::size_t sides_of(const event& e, const std::map<std::string, actor>& actors) {
  // On its state's side unless the text sets them against each other ("the
  // army attacked Prigozhin's column": source and target).
  const auto with_its_state = [&](const participant& p, std::string_view country) {
    return std::any_of(e.actors.begin(), e.actors.end(), [&](const participant& q) {
      if (q.actor_id != country) return false;
      const bool opposed = (p.role == participant_role::source && q.role == participant_role::target) ||
                           (p.role == participant_role::target && q.role == participant_role::source);
      return !opposed;
    });
  };
  boost::container::small_vector<std::string_view, 8> sides;
  for (const auto& p : e.actors) {
    std::string_view side = p.actor_id;
    if (const auto it = actors.find(p.actor_id); it != actors.end()) {
      const actor& a = it->second;
      const bool of_a_state = a.kind == actor_kind::person || a.kind == actor_kind::government_body ||
                              a.kind == actor_kind::armed_force;
      if (of_a_state && !a.country.empty() && with_its_state(p, a.country)) side = a.country;
    }
    if (std::find(sides.begin(), sides.end(), side) == sides.end()) sides.push_back(side);
  }
  return sides.size();
}

bool lacks_counterpart(const event& e, const std::map<std::string, actor>& actors) {
  if (!dyadic(e.type) || sides_of(e, actors) >= 2) return false;
  // "sanctions against anyone who violates the truce": the text describes
  // the other side instead of naming it.
  if (e.attributes.count("target") || e.attributes.count("counterpart")) return false;
  // "NATO foreign ministers will meet", "the Security Council met": an
  // organisation that meets or confers is its members meeting each other.
  // "Putin met the head of the Investigative Committee, Alexander
  // Bastrykin": two people of one state who meet are two parties.
  if (e.type == event_type::meeting || e.type == event_type::call) {
    int persons = 0;
    for (const auto& p : e.actors)
      if (const auto it = actors.find(p.actor_id); it != actors.end()) {
        if (it->second.kind == actor_kind::organisation) return false;
        persons += it->second.kind == actor_kind::person;
      }
    if (persons >= 2) return false;
  }
  return true;
}

bool lacks_visitor(const event& e) {
  return e.type == event_type::visit && std::none_of(e.actors.begin(), e.actors.end(), [](const participant& p) {
           return p.role == participant_role::source;
         });
}

}  // namespace eventgraph
