#include "graph/graph_queries.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
#include <map>

namespace eventgraph {
namespace {
bool takes_part(const event& e, std::string_view actor_id) {
  return std::any_of(e.actors.begin(), e.actors.end(), [&](const participant& p) { return p.actor_id == actor_id; });
}

std::optional<graph_type::vertex_descriptor> find_vertex(const graph_type& g, vertex_kind k, std::string_view id) {
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    if (g[*it].kind == k && g[*it].id == id) return *it;
  return std::nullopt;
}

using undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
}  // namespace

namespace {
// A build keeps its documents sorted by id, so a binary search finds one;
// a hand-made knowledge base may not, and falls back to a scan.
const knowledge_base::document_info* document_of(const knowledge_base& kb, std::string_view id) {
  const auto it = std::lower_bound(kb.documents.begin(), kb.documents.end(), id,
                                   [](const knowledge_base::document_info& d, std::string_view v) { return d.id < v; });
  if (it != kb.documents.end() && it->id == id) return &*it;
  for (const auto& d : kb.documents)
    if (d.id == id) return &d;
  return nullptr;
}
}  // namespace

date report_date(const knowledge_base& kb, const event& e) {
  date best{boost::gregorian::not_a_date_time};
  for (const auto& m : e.mentions)
    if (const auto* d = document_of(kb, m.doc_id)) {
      const date day = d->published.is_special() ? d->learned_reference : d->published;
      if (!day.is_special() && (best.is_special() || day < best)) best = day;
    }
  return best;
}

std::vector<std::size_t> events_of(const knowledge_base& kb, std::string_view actor_id) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < kb.events.size(); ++i)
    if (takes_part(kb.events[i], actor_id)) out.push_back(i);
  return out;
}

std::vector<std::size_t> events_between(const knowledge_base& kb, std::string_view a, std::string_view b) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < kb.events.size(); ++i)
    if (takes_part(kb.events[i], a) && takes_part(kb.events[i], b)) out.push_back(i);
  return out;
}

std::vector<interaction> neighbors(const knowledge_base& kb, std::string_view actor_id) {
  const auto& g = kb.graph;
  std::vector<interaction> out;
  const auto v = find_vertex(g, vertex_kind::actor, actor_id);
  if (!v) return out;
  auto take = [&](graph_type::edge_descriptor e, graph_type::vertex_descriptor other) {
    const auto& p = g[e];
    if (p.kind != edge_kind::interacts_with) return;
    out.push_back({g[other].id, static_cast<int>(p.weight), p.first, p.last, p.cooperation, p.conflict, p.goldstein});
  };
  for (auto [it, end] = boost::out_edges(*v, g); it != end; ++it) take(*it, boost::target(*it, g));
  // The graph is directed and stores each pair once, so incoming edges count too.
  for (auto [vi, vend] = boost::vertices(g); vi != vend; ++vi)
    for (auto [it, end] = boost::out_edges(*vi, g); it != end; ++it)
      if (boost::target(*it, g) == *v) take(*it, *vi);
  std::sort(out.begin(), out.end(), [](const interaction& x, const interaction& y) {
    return x.events != y.events ? x.events > y.events : x.actor_id < y.actor_id;
  });
  return out;
}

std::vector<path_step> shortest_path(const knowledge_base& kb, std::string_view a, std::string_view b) {
  const auto& g = kb.graph;
  const auto va = find_vertex(g, vertex_kind::actor, a), vb = find_vertex(g, vertex_kind::actor, b);
  if (!va || !vb) return {};
  // Participation and affiliation (a minister and her state) connect actors;
  // a shared document or place says nothing about how two actors relate.
  undirected u(boost::num_vertices(g));
  for (auto [it, end] = boost::edges(g); it != end; ++it)
    if (g[*it].kind == edge_kind::participant || g[*it].kind == edge_kind::affiliated_with)
      boost::add_edge(boost::source(*it, g), boost::target(*it, g), u);
  std::vector<undirected::vertex_descriptor> pred(boost::num_vertices(u));
  for (std::size_t i = 0; i < pred.size(); ++i) pred[i] = i;
  boost::breadth_first_search(
      u, *va, boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(pred.data(), boost::on_tree_edge()))));
  if (*va != *vb && pred[*vb] == *vb) return {};
  std::vector<path_step> out;
  for (auto v = *vb;; v = pred[v]) {
    out.push_back({g[v].kind, g[v].id, g[v].label});
    if (v == *va) break;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::vector<actor_centrality> centrality(const knowledge_base& kb) {
  const auto& g = kb.graph;
  std::vector<graph_type::vertex_descriptor> actors;
  std::map<graph_type::vertex_descriptor, std::size_t> slot;
  for (auto [it, end] = boost::vertices(g); it != end; ++it)
    if (g[*it].kind == vertex_kind::actor) {
      slot[*it] = actors.size();
      actors.push_back(*it);
    }
  undirected u(actors.size());
  std::vector<actor_centrality> out(actors.size());
  for (std::size_t i = 0; i < actors.size(); ++i) out[i].actor_id = g[actors[i]].id;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const auto& p = g[*it];
    if (p.kind == edge_kind::interacts_with) {
      const auto s = slot.at(boost::source(*it, g)), t = slot.at(boost::target(*it, g));
      boost::add_edge(s, t, u);
      ++out[s].degree;
      ++out[t].degree;
    } else if (p.kind == edge_kind::participant) {
      ++out[slot.at(boost::source(*it, g))].events;
    }
  }
  if (!actors.empty()) {
    std::vector<double> bc(actors.size(), 0.0);
    boost::brandes_betweenness_centrality(
        u, boost::centrality_map(boost::make_iterator_property_map(bc.begin(), boost::get(boost::vertex_index, u))));
    boost::relative_betweenness_centrality(u, boost::make_iterator_property_map(bc.begin(), boost::get(boost::vertex_index, u)));
    for (std::size_t i = 0; i < actors.size(); ++i)
      out[i].betweenness = static_cast<double>(static_cast<long long>(bc[i] * 10000.0 + 0.5)) / 10000.0;
  }
  std::sort(out.begin(), out.end(), [](const actor_centrality& x, const actor_centrality& y) {
    if (x.degree != y.degree) return x.degree > y.degree;
    if (x.betweenness != y.betweenness) return x.betweenness > y.betweenness;
    return x.actor_id < y.actor_id;
  });
  return out;
}

}  // namespace eventgraph
