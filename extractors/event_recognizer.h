// Finds typed events: matches trigger rules in each sentence, then fills in
// the event's actors (by position in the clause: subject side and object
// side), time (the time expression in the trigger's clause nearest to it),
// place, quantities, equipment and duration, and its modality from the cues
// around the trigger. Reads tokens, sentences, actor/place/time mentions;
// appends one event per trigger match to document::events (the
// event_coalescer then merges reports of one happening).
#pragma once

#include <memory>

#include "core/component.h"
#include "extractors/modality_classifier.h"
#include "extractors/trigger_rules.h"

namespace eventgraph {

class event_recognizer final : public component {
 public:
  explicit event_recognizer(std::shared_ptr<const trigger_rules> rules);
  std::string_view name() const override { return "event_recognizer"; }
  void operator()(document& doc) const override;

 private:
  std::shared_ptr<const trigger_rules> rules_;
};

}  // namespace eventgraph
