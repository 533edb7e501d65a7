#include "core/actor.h"

#include <array>

#include "core/enum_names.h"

namespace eventgraph {
namespace {
constexpr std::array<std::pair<actor_kind, std::string_view>, 6> kinds{{
    {actor_kind::person, "person"},
    {actor_kind::state, "state"},
    {actor_kind::organisation, "organisation"},
    {actor_kind::government_body, "government_body"},
    {actor_kind::armed_force, "armed_force"},
    {actor_kind::group, "group"},
}};
}  // namespace

std::string_view to_string(actor_kind k) { return detail::name_of(kinds, k); }
std::optional<actor_kind> parse_actor_kind(std::string_view s) { return detail::value_of(kinds, s); }

}  // namespace eventgraph
