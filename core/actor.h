// An actor: a person, a state, an organisation, a government body, an armed
// force or a non-state group, with its canonical name, aliases and, for
// persons and bodies, the state they belong to. Plain value type.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eventgraph {

enum class actor_kind { person, state, organisation, government_body, armed_force, group };

std::string_view to_string(actor_kind k);
std::optional<actor_kind> parse_actor_kind(std::string_view s);
inline std::string_view format_as(actor_kind k) { return to_string(k); }

// A person's (or body's) tie to a state: "Foreign Minister of Russia, 2004–".
// Years are 0 when unknown.
struct affiliation {
  std::string state;  // ISO 3166 alpha-3
  std::string role;
  int from_year = 0;
  int to_year = 0;
  friend bool operator==(const affiliation&, const affiliation&) = default;
};

struct actor {
  std::string id;       // stable: derived from the canonical name, never from input order
  std::string name;     // canonical name
  actor_kind kind = actor_kind::group;
  std::string country;  // ISO 3166 alpha-3 where known
  std::vector<std::string> aliases;
  std::vector<affiliation> affiliations;
  char gender = '?';  // persons: 'm', 'f' or '?', for pronouns
};

}  // namespace eventgraph
