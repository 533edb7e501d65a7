// A small knowledge base written by hand for graph and exporter tests:
// Arland meets Borduria on 2024-05-01 (two reports), Borduria threatens
// Corvinia with sanctions (undated, reported 2024-05-03), and Corvinia holds
// a drill alone (undated, in a document with no date).
#pragma once

#include "graph/knowledge_graph.h"

namespace eventgraph::test {

inline actor state(const std::string& id, const std::string& name) {
  actor a;
  a.id = id;
  a.name = name;
  a.kind = actor_kind::state;
  a.country = id;
  return a;
}

inline event make_event(const std::string& id, event_type t, const std::string& cameo,
                        std::vector<participant> who, std::vector<std::string> docs) {
  event e;
  e.id = id;
  e.type = t;
  e.cameo = cameo;
  e.actors = std::move(who);
  for (const auto& d : docs) {
    mention m;
    m.doc_id = d;
    m.rule = std::string(to_string(t)) + ".test";
    m.evidence = "Evidence of " + id + " in " + d + ".";
    e.mentions.push_back(m);
  }
  return e;
}

inline knowledge_base sample_knowledge_base() {
  knowledge_base kb;
  kb.documents.push_back({"d1", "d1.txt", "First report", "", date(2024, 5, 2), date_source::byline, {}});
  kb.documents.push_back({"d2", "d2.txt", "Second report", "", date(2024, 5, 3), date_source::dateline, {}});
  kb.documents.push_back({"d3", "d3.txt", "Undated report", "", {}, date_source::none, {}});
  for (const auto& a : {state("ARL", "Arland"), state("BOR", "Borduria"), state("COR", "Corvinia")}) kb.actors[a.id] = a;
  event meeting = make_event("ev_meeting", event_type::meeting, "043",
                             {{"ARL", participant_role::participant}, {"BOR", participant_role::participant}}, {"d1", "d2"});
  meeting.when = day_value(date(2024, 5, 1), time_resolution::publication);
  meeting.location = "Geneva";
  kb.events.push_back(meeting);
  event threat = make_event("ev_threat", event_type::sanctions_threat, "1312",
                            {{"BOR", participant_role::source}, {"COR", participant_role::target}}, {"d2"});
  threat.mod = modality::threatened;
  kb.events.push_back(threat);
  kb.events.push_back(make_event("ev_drill", event_type::military_exercise, "150", {{"COR", participant_role::source}}, {"d3"}));
  kb.graph = build_graph(kb);
  return kb;
}

}  // namespace eventgraph::test
