#include "exporters/graph_view.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <map>
#include <set>

namespace eventgraph {
namespace {
// Colour by what a node is: events by type so that Gephi's timeline shows
// cooperation in cool colours and force in warm ones; other nodes by kind.
rgb event_color(event_type t) {
  switch (t) {
    case event_type::meeting: return {31, 119, 180};
    case event_type::call: return {114, 158, 206};
    case event_type::visit: return {23, 190, 207};
    case event_type::statement: return {127, 127, 127};
    case event_type::demand: return {188, 189, 34};
    case event_type::rejection: return {219, 161, 58};
    case event_type::sanctions_threat: return {255, 127, 14};
    case event_type::sanctions_imposed: return {214, 96, 39};
    case event_type::military_aid: return {44, 160, 44};
    case event_type::military_exercise: return {148, 103, 189};
    case event_type::troop_deployment: return {140, 86, 75};
    case event_type::evacuation: return {227, 119, 194};
    case event_type::attack: return {214, 39, 40};
  }
  return {};
}
rgb actor_color(actor_kind k) {
  switch (k) {
    case actor_kind::person: return {66, 133, 244};
    case actor_kind::state: return {219, 68, 55};
    case actor_kind::organisation: return {15, 157, 88};
    case actor_kind::government_body: return {244, 160, 0};
    case actor_kind::armed_force: return {101, 67, 33};
    case actor_kind::group: return {171, 71, 188};
  }
  return {};
}

void widen(date& first, date& last, date start, date end) {
  if (start.is_special()) return;
  if (end.is_special()) end = start;
  if (first.is_special() || start < first) first = start;
  if (last.is_special() || end > last) last = end;
}
}  // namespace

std::string node_id(std::string_view kind, std::string_view id) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out(kind);
  out += ':';
  for (unsigned char c : id) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                       c == '-' || c == ':';
    if (plain) out += static_cast<char>(c);
    else if (c == '_') out += "__";
    else { out += '_'; out += hex[c >> 4]; out += hex[c & 15]; }
  }
  return out;
}

std::string number_text(double v) {
  if (!std::isfinite(v)) return "0";
  return fmt::format("{}", v);
}

graph_view view_of(const knowledge_base& kb) {
  const auto& g = kb.graph;
  graph_view out;
  std::map<std::string, const event*> events;
  for (const auto& e : kb.events) events[e.id] = &e;
  std::map<std::string, const knowledge_base::document_info*> docs;
  for (const auto& d : kb.documents) docs[d.id] = &d;

  out.nodes.resize(boost::num_vertices(g));
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    const auto& p = g[*it];
    node_view& n = out.nodes[*it];
    n.id = node_id(to_string(p.kind), p.id);
    n.kind = std::string(to_string(p.kind));
    n.label = p.label;
    if (p.kind == vertex_kind::event) {
      const event& e = *events.at(p.id);
      n.type = std::string(to_string(e.type));
      n.cameo = e.cameo;
      n.modality = std::string(to_string(e.mod));
      std::set<std::string> sources;
      for (const auto& m : e.mentions) sources.insert(m.doc_id);
      n.source_count = static_cast<int>(sources.size());
      n.start = e.when.start;
      n.end = e.when.end.is_special() ? e.when.start : e.when.end;
      n.color = event_color(e.type);
      n.label = n.type + (e.when.dated() ? " " + iso(e.when.start) : std::string());
      n.size = 4.0 + 3.0 * n.source_count;
    } else if (p.kind == vertex_kind::actor) {
      auto a = kb.actors.find(p.id);
      if (a != kb.actors.end()) {
        n.type = std::string(to_string(a->second.kind));
        n.country = a->second.country;
        n.color = actor_color(a->second.kind);
      }
    } else if (p.kind == vertex_kind::place) {
      n.color = {100, 100, 100};
    } else {
      n.color = {190, 190, 190};
      auto d = docs.find(p.id);
      if (d != docs.end()) {
        const date day = d->second->published.is_special() ? d->second->learned_reference : d->second->published;
        n.start = n.end = day;
      }
    }
  }
  std::size_t k = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it, ++k) {
    const auto& p = g[*it];
    const auto s = boost::source(*it, g), t = boost::target(*it, g);
    edge_view e;
    e.id = "e" + std::to_string(k);
    e.source = out.nodes[s].id;
    e.target = out.nodes[t].id;
    e.kind = std::string(to_string(p.kind));
    e.role = p.role;
    e.weight = p.weight;
    e.cooperation = p.cooperation;
    e.conflict = p.conflict;
    e.goldstein = p.goldstein;
    if (p.kind == edge_kind::interacts_with) {
      e.start = p.first;
      e.end = p.last;
    } else if (p.kind != edge_kind::affiliated_with) {
      // participant: actor → event; located_in and reported_by: event → other.
      const node_view& ev = out.nodes[p.kind == edge_kind::participant ? t : s];
      e.start = ev.start;
      e.end = ev.end;
      if (p.kind != edge_kind::reported_by) {
        node_view& other = out.nodes[p.kind == edge_kind::participant ? s : t];
        widen(other.start, other.end, ev.start, ev.end);
      }
    }
    ++out.nodes[s].degree;
    ++out.nodes[t].degree;
    out.edges.push_back(std::move(e));
  }
  for (auto& n : out.nodes) {
    if (n.kind == "actor") n.size = 5.0 + 2.0 * std::sqrt(static_cast<double>(n.degree));
    else if (n.kind == "place") n.size = 3.0 + std::sqrt(static_cast<double>(n.degree));
    else if (n.kind == "document") n.size = 2.0;
    n.size = std::round(n.size * 100.0) / 100.0;
    widen(out.start, out.end, n.start, n.end);
  }
  return out;
}

}  // namespace eventgraph
