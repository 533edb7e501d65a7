// Cross-document event coreference: reports of one happening in different
// documents become one event with all their mentions. Candidates are found
// through blocking keys (event type, then shared actors), so the cost grows
// with the number of events in a block, never with all pairs. Planned and
// asserted reports merge (the asserted one wins); denied, claimed and other
// irrealis versions stay apart. Undated documents learn a reference date
// from the dated reports they merge with, and their relative expressions are
// resolved against it. Event and actor ids depend only on content.
#pragma once

#include <vector>

#include "core/document.h"
#include "graph/knowledge_graph.h"

namespace eventgraph {

struct merge_options {
  // Off for callers that only want the events (extract, one document at a time).
  bool build_graph = true;
  // Off to keep every event as found (extract --mentions).
  bool merge_events = true;
  // Off to withhold dyadic events left with one side after merging (see
  // event_parties.h); on for analysts who want every fragment.
  bool keep_fragments = false;
  // Threads for large merges (0: one per core); small ones use one. The
  // result is the same whatever the number.
  unsigned threads = 0;
};

// Builds the knowledge base from processed documents. The result does not
// depend on the order of docs.
knowledge_base merge_documents(std::vector<document> docs, merge_options options = {});

// A content-derived id for an event ("ev_" and 16 hex digits).
std::string event_id(const event& e);

}  // namespace eventgraph
