// The modality of a reported event from the cues around its trigger (data in
// modality_cues.tsv): "would", "if", "denied", "warned that", "plans to" and
// the like, within the trigger's clause: a cue beyond a clause barrier
// ("though", "because", "which", a reporting verb, a dash) or beyond a past
// tense verb joined by "and" does not reach it. Stronger cues win, in the
// order of modality_rank.
#pragma once

#include <cstdint>

#include "core/event.h"
#include "extractors/trigger_rules.h"

namespace eventgraph {

class document;

// The modality of a trigger at tokens [t0, t1) of sentence s from the cues
// around it; asserted when none applies.
modality classify_modality(const document& doc, const trigger_rules& rules, std::uint32_t s, std::uint32_t t0,
                           std::uint32_t t1);

// How strongly a modality overrides another: denied 6, conditional 5,
// hypothetical 4, claimed 3, threatened 2, planned 1, asserted 0.
int modality_rank(modality m);

}  // namespace eventgraph
