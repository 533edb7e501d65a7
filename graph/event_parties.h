// Whether a merged event names the parties its type needs. A meeting, a
// call, an attack, sanctions and military aid are dyadic in CAMEO's sense:
// one party acts on or with another. Such an event with a single party after
// merging is a fragment of a report (the other side was not recognised, or
// was never named), not a happening an analyst can put on a timeline or in a
// graph; event coders that code source-target pairs drop it too.
#pragma once

#include <map>
#include <string>

#include "core/actor.h"
#include "core/event.h"

namespace eventgraph {

// Types whose events need two parties.
bool dyadic(event_type t);

// The distinct sides of an event: a person, government body or armed force
// is on its state's side when the state takes part too ("Biden" and "the
// United States" are one side, unless one is the source and the other the
// target); a non-state group or organisation is a side
// of its own, even in its own country (rebels fighting their government).
std::size_t sides_of(const event& e, const std::map<std::string, actor>& actors);

// A dyadic event with fewer than two sides, unless the text describes the
// other side without naming it (the attribute "target") or the one side is
// an organisation meeting (its members are the parties).
bool lacks_counterpart(const event& e, const std::map<std::string, actor>& actors);

// A visit with no visitor ("officials visited the flood-hit districts of
// northern Nigeria": only the place is known): no one is known to travel.
bool lacks_visitor(const event& e);

}  // namespace eventgraph
