#include "graph/knowledge_graph.h"

#include <array>

#include "core/cameo_scale.h"
#include "core/enum_names.h"

namespace eventgraph {
namespace {
constexpr std::array<std::pair<vertex_kind, std::string_view>, 4> vkinds{{
    {vertex_kind::actor, "actor"}, {vertex_kind::event, "event"},
    {vertex_kind::place, "place"}, {vertex_kind::document, "document"}}};
constexpr std::array<std::pair<edge_kind, std::string_view>, 5> ekinds{{
    {edge_kind::participant, "participant"}, {edge_kind::located_in, "located_in"},
    {edge_kind::reported_by, "reported_by"}, {edge_kind::affiliated_with, "affiliated_with"},
    {edge_kind::interacts_with, "interacts_with"}}};
}  // namespace

std::string_view to_string(vertex_kind k) { return detail::name_of(vkinds, k); }
std::string_view to_string(edge_kind k) { return detail::name_of(ekinds, k); }

namespace {
void add_interactions(const knowledge_base& kb, const std::map<std::string, graph_type::vertex_descriptor>& index,
                      graph_type& g) {
  std::map<std::pair<std::string, std::string>, edge_props> pairs;
  for (const auto& e : kb.events) {
    const quad_class q = quad_class_of(e.cameo);
    const double gs = goldstein_of(e.cameo);
    for (std::size_t i = 0; i < e.actors.size(); ++i)
      for (std::size_t j = i + 1; j < e.actors.size(); ++j) {
        auto a = e.actors[i].actor_id, b = e.actors[j].actor_id;
        if (a == b) continue;
        if (b < a) std::swap(a, b);
        auto& p = pairs[{a, b}];
        if (p.kind != edge_kind::interacts_with) p = edge_props{edge_kind::interacts_with, {}, 0.0};
        p.weight += 1.0;
        p.goldstein += gs;  // a sum until the mean is taken below
        p.cooperation += is_cooperation(q) ? 1 : 0;
        p.conflict += is_conflict(q) ? 1 : 0;
        if (e.when.dated()) {
          if (p.first.is_special() || e.when.start < p.first) p.first = e.when.start;
          const date end = e.when.end.is_special() ? e.when.start : e.when.end;
          if (p.last.is_special() || end > p.last) p.last = end;
        }
      }
  }
  for (auto& [ab, p] : pairs) {
    p.goldstein = static_cast<double>(static_cast<long long>(p.goldstein / p.weight * 100.0 + (p.goldstein >= 0 ? 0.5 : -0.5))) / 100.0;
    boost::add_edge(index.at("actor:" + ab.first), index.at("actor:" + ab.second), p, g);
  }
}
}  // namespace

graph_type build_graph(const knowledge_base& kb) {
  graph_type g;
  std::map<std::string, graph_type::vertex_descriptor> index;
  auto vertex = [&](vertex_kind k, const std::string& id, const std::string& label) {
    const std::string key = std::string(to_string(k)) + ":" + id;
    auto it = index.find(key);
    if (it != index.end()) return it->second;
    const auto v = boost::add_vertex(vertex_props{k, id, label}, g);
    index.emplace(key, v);
    return v;
  };
  for (const auto& d : kb.documents) vertex(vertex_kind::document, d.id, d.title.empty() ? d.id : d.title);
  for (const auto& [id, a] : kb.actors) vertex(vertex_kind::actor, id, a.name);
  for (const auto& [id, a] : kb.actors)
    for (const auto& af : a.affiliations)
      if (!af.state.empty() && af.state != id && kb.actors.count(af.state))
        boost::add_edge(index.at("actor:" + id), vertex(vertex_kind::actor, af.state, kb.actors.at(af.state).name),
                        edge_props{edge_kind::affiliated_with, af.role, 1.0}, g);
  for (const auto& e : kb.events) {
    const auto ev = vertex(vertex_kind::event, e.id, std::string(to_string(e.type)));
    for (const auto& p : e.actors) {
      auto it = kb.actors.find(p.actor_id);
      const auto av = vertex(vertex_kind::actor, p.actor_id, it == kb.actors.end() ? p.actor_id : it->second.name);
      boost::add_edge(av, ev, edge_props{edge_kind::participant, std::string(to_string(p.role)), 1.0}, g);
    }
    if (!e.location.empty())
      boost::add_edge(ev, vertex(vertex_kind::place, e.location, e.location), edge_props{edge_kind::located_in, {}, 1.0}, g);
    std::map<std::string, int> docs;
    for (const auto& m : e.mentions) ++docs[m.doc_id];
    for (const auto& [doc, n] : docs)
      boost::add_edge(ev, vertex(vertex_kind::document, doc, doc), edge_props{edge_kind::reported_by, {}, static_cast<double>(n)}, g);
  }
  add_interactions(kb, index, g);
  return g;
}

}  // namespace eventgraph
