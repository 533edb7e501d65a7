#include "exporters/graphml_writer.h"

#include <sstream>

#include "exporters/graph_view.h"
#include "exporters/xml_escape.h"

namespace eventgraph {
namespace {
struct key_spec {
  const char* id;
  const char* domain;  // node or edge
  const char* name;
  const char* type;
};
// Gephi reads `label` as the node label and `weight` as the edge weight;
// `r`, `g`, `b` and `size` are its visual channels. Every element gets an
// explicit value for every key of its domain, because networkx ignores
// <default> and graphology would leave defaults uncast.
constexpr key_spec keys[] = {
    {"label", "node", "label", "string"},     {"kind", "node", "kind", "string"},
    {"type", "node", "type", "string"},       {"cameo", "node", "cameo", "string"},
    {"date", "node", "date", "string"},       {"date_end", "node", "date_end", "string"},
    {"modality", "node", "modality", "string"}, {"country", "node", "country", "string"},
    {"source_count", "node", "source_count", "int"}, {"degree", "node", "degree", "int"},
    {"r", "node", "r", "int"},                {"g", "node", "g", "int"},
    {"b", "node", "b", "int"},                {"size", "node", "size", "double"},
    {"ekind", "edge", "kind", "string"},      {"role", "edge", "role", "string"},
    {"weight", "edge", "weight", "double"},   {"first", "edge", "first", "string"},
    {"last", "edge", "last", "string"},       {"cooperation", "edge", "cooperation", "int"},
    {"conflict", "edge", "conflict", "int"},  {"goldstein", "edge", "goldstein", "double"},
};

void data(std::ostringstream& o, const char* key, const std::string& value) {
  o << "      <data key=\"" << key << "\">" << xml_escape(value) << "</data>\n";
}
}  // namespace

std::string graphml(const knowledge_base& kb) {
  const graph_view view = view_of(kb);
  std::ostringstream o;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
       "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
       "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& k : keys)
    o << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name << "\" attr.type=\"" << k.type
      << "\"/>\n";
  o << "  <graph id=\"eventgraph\" edgedefault=\"directed\">\n";
  for (const auto& n : view.nodes) {
    o << "    <node id=\"" << xml_escape(n.id) << "\">\n";
    data(o, "label", n.label);
    data(o, "kind", n.kind);
    data(o, "type", n.type);
    data(o, "cameo", n.cameo);
    data(o, "date", iso(n.kind == "event" ? n.start : date{boost::gregorian::not_a_date_time}));
    data(o, "date_end", iso(n.kind == "event" ? n.end : date{boost::gregorian::not_a_date_time}));
    data(o, "modality", n.modality);
    data(o, "country", n.country);
    data(o, "source_count", std::to_string(n.source_count));
    data(o, "degree", std::to_string(n.degree));
    data(o, "r", std::to_string(n.color.r));
    data(o, "g", std::to_string(n.color.g));
    data(o, "b", std::to_string(n.color.b));
    data(o, "size", number_text(n.size));
    o << "    </node>\n";
  }
  for (const auto& e : view.edges) {
    o << "    <edge id=\"" << e.id << "\" source=\"" << xml_escape(e.source) << "\" target=\"" << xml_escape(e.target)
      << "\">\n";
    data(o, "ekind", e.kind);
    data(o, "role", e.role);
    data(o, "weight", number_text(e.weight));
    data(o, "first", iso(e.start));
    data(o, "last", iso(e.end));
    data(o, "cooperation", std::to_string(e.cooperation));
    data(o, "conflict", std::to_string(e.conflict));
    data(o, "goldstein", number_text(e.goldstein));
    o << "    </edge>\n";
  }
  o << "  </graph>\n</graphml>\n";
  return o.str();
}

}  // namespace eventgraph
