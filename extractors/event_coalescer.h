// Merges the events of one document that report the same happening (several
// sentences about one meeting) into one event with several mentions: same
// type, same modality class, compatible dates, and sharing an actor.
// Reads and rewrites document::events.
#pragma once

#include "core/component.h"
#include <map>

#include "core/actor.h"
#include "core/event.h"

namespace eventgraph {

class event_coalescer final : public component {
 public:
  std::string_view name() const override { return "event_coalescer"; }
  void operator()(document& doc) const override;
};

// Whether two events may report the same happening (shared by the
// document-level coalescer and the cross-document merger).
bool compatible_dates(const time_value& a, const time_value& b);
bool shares_actor(const event& a, const event& b);
// Two reports that each name people report one happening only when the
// people of one are all in the other ("Sherman met Ryabkov" is not "Blinken
// met Lavrov", though both are U.S.–Russia talks; Niinisto–Putin is not
// Niinisto–Biden). Actors not in the map count as non-persons.
bool persons_compatible(const event& a, const event& b, const std::map<std::string, actor>& actors);
// The types whose people define the happening: who attends a meeting, a call
// or a visit, who speaks a threat, a demand, a rejection or a statement. For
// attacks, deployments, drills, sanctions and aid the people named are mostly
// who spoke about them.
bool people_define(event_type t);
// A threat, demand, rejection or statement told with no day and no speaker
// ("Washington has repeatedly promised consequences") is a standing position,
// not the words one person said on a given day ("Blinken repeated it on
// Friday"): the two stay apart.
bool standing_position_apart(event_type t, bool a_dated, bool a_has_person, bool b_dated, bool b_has_person);
// Across documents: reports of what is yet to happen (planned, conditional,
// hypothetical) merge with each other, and planned with asserted (announced,
// then held); threatened, denied and claimed stay apart from all others.
bool compatible_modalities(modality a, modality b);
// Within one document a modality change means another happening: "they met"
// and "they plan to meet again" are two events.
bool same_report_modality(modality a, modality b);
// Places are attached only when close to the trigger, so two places that
// differ mean two happenings (a meeting in Geneva, talks in Vienna); "near the
// border" and "along Ukraine's border" are one stretch of border.
bool places_compatible(const event& a, const event& b);
// Two kinds of one type that cannot be the same happening: for attacks, a
// ground action (occupation 192, fighting 193) is not shelling (194) or an
// air strike (195), the general code (190, "invasion", "attack") fitting any; for deployments and
// aid, reports naming different equipment are two, and for deployments one
// naming equipment is not one naming none.
bool compatible_kinds(const event& a, const event& b);
// Whether an actor that is the source of one is the target of the other:
// "the United States urged China to act" and "rejected China's demand" are
// two demands, though both name China.
bool roles_reversed(const event& a, const event& b);
// "Blinken ... before traveling to Geneva", "Blinken met Lavrov in Geneva on
// Friday": a visit spans what the visitor did there, so an undated visit
// takes the day of a meeting its visitor held at its destination, told in
// the same document (within one document, and again after merging, when the
// meeting may have learned its day from another).
void date_visits_by_meetings(std::vector<event>& events, const std::map<std::string, actor>& actors);
// Folds b into a: mentions, actors, date and place where a lacks them (b's
// mentions are moved: pass a copy to keep b).
void absorb(event& a, event b, std::string why);

}  // namespace eventgraph
