#include "exporters/graphml_writer.h"

#include <boost/graph/graph_traits.hpp>
#include <map>
#include <set>
#include <sstream>

#include "exporters/xml_escape.h"

namespace eventgraph {

std::string graphml(const knowledge_base& kb) {
  std::map<std::string, const event*> events;
  for (const auto& e : kb.events) events[e.id] = &e;
  std::ostringstream o;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
       "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  const char* node_keys[][3] = {{"label", "label", "string"},   {"kind", "kind", "string"},
                                {"type", "type", "string"},     {"cameo", "cameo", "string"},
                                {"date", "date", "string"},     {"date_end", "date_end", "string"},
                                {"modality", "modality", "string"}, {"country", "country", "string"},
                                {"source_count", "source_count", "int"}};
  for (const auto& k : node_keys)
    o << "  <key id=\"" << k[0] << "\" for=\"node\" attr.name=\"" << k[1] << "\" attr.type=\"" << k[2] << "\"/>\n";
  o << "  <key id=\"ekind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
       "  <key id=\"role\" for=\"edge\" attr.name=\"role\" attr.type=\"string\"/>\n"
       "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
       "  <graph id=\"eventgraph\" edgedefault=\"directed\">\n";
  const auto& g = kb.graph;
  auto node_id = [&](graph_type::vertex_descriptor v) {
    return std::string(to_string(g[v].kind)) + ":" + g[v].id;
  };
  for (auto [it, end] = boost::vertices(g); it != end; ++it) {
    const auto& p = g[*it];
    std::string type, cameo, date_s, date_e, mod, country;
    int sources = 0;
    if (p.kind == vertex_kind::event) {
      const event& e = *events.at(p.id);
      type = std::string(to_string(e.type));
      cameo = e.cameo;
      date_s = iso(e.when.start);
      date_e = iso(e.when.end);
      mod = std::string(to_string(e.mod));
      std::set<std::string> docs;
      for (const auto& m : e.mentions) docs.insert(m.doc_id);
      sources = static_cast<int>(docs.size());
    } else if (p.kind == vertex_kind::actor) {
      auto a = kb.actors.find(p.id);
      if (a != kb.actors.end()) {
        type = std::string(to_string(a->second.kind));
        country = a->second.country;
      }
    }
    const std::string label = p.kind == vertex_kind::event ? type + (date_s.empty() ? "" : " " + date_s) : p.label;
    o << "    <node id=\"" << xml_escape(node_id(*it)) << "\">\n"
      << "      <data key=\"label\">" << xml_escape(label) << "</data>\n"
      << "      <data key=\"kind\">" << to_string(p.kind) << "</data>\n"
      << "      <data key=\"type\">" << xml_escape(type) << "</data>\n"
      << "      <data key=\"cameo\">" << xml_escape(cameo) << "</data>\n"
      << "      <data key=\"date\">" << date_s << "</data>\n"
      << "      <data key=\"date_end\">" << date_e << "</data>\n"
      << "      <data key=\"modality\">" << mod << "</data>\n"
      << "      <data key=\"country\">" << xml_escape(country) << "</data>\n"
      << "      <data key=\"source_count\">" << sources << "</data>\n"
      << "    </node>\n";
  }
  std::size_t n = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it, ++n) {
    const auto& p = g[*it];
    o << "    <edge id=\"e" << n << "\" source=\"" << xml_escape(node_id(boost::source(*it, g))) << "\" target=\""
      << xml_escape(node_id(boost::target(*it, g))) << "\">\n"
      << "      <data key=\"ekind\">" << to_string(p.kind) << "</data>\n"
      << "      <data key=\"role\">" << xml_escape(p.role) << "</data>\n"
      << "      <data key=\"weight\">" << p.weight << "</data>\n"
      << "    </edge>\n";
  }
  o << "  </graph>\n</graphml>\n";
  return o.str();
}

}  // namespace eventgraph
