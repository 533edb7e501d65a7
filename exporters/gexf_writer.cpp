#include "exporters/gexf_writer.h"

#include <sstream>

#include "exporters/graph_view.h"
#include "exporters/xml_escape.h"

namespace eventgraph {
namespace {
struct attribute_spec {
  const char* id;  // also the title: graphology keys attributes by id, Gephi by title
  const char* type;
};
constexpr attribute_spec node_attributes[] = {
    {"kind", "string"},     {"type", "string"},         {"cameo", "string"},   {"modality", "string"},
    {"country", "string"},  {"source_count", "integer"}, {"degree", "integer"},
};
constexpr attribute_spec edge_attributes[] = {
    {"kind", "string"},        {"role", "string"},     {"cooperation", "integer"},
    {"conflict", "integer"},   {"goldstein", "double"},
};

void declare(std::ostringstream& o, const char* cls, const auto& specs) {
  o << "    <attributes class=\"" << cls << "\" mode=\"static\">\n";
  for (const auto& a : specs)
    o << "      <attribute id=\"" << a.id << "\" title=\"" << a.id << "\" type=\"" << a.type << "\"/>\n";
  o << "    </attributes>\n";
}

void value(std::ostringstream& o, const char* key, const std::string& v) {
  o << "          <attvalue for=\"" << key << "\" value=\"" << xml_escape(v) << "\"/>\n";
}

// Both ends or neither: Gephi's timeline needs finite intervals.
std::string interval(date start, date end) {
  if (start.is_special()) return {};
  if (end.is_special()) end = start;
  return " start=\"" + iso(start) + "\" end=\"" + iso(end) + "\"";
}
}  // namespace

std::string gexf(const knowledge_base& kb, gexf_version version) {
  const graph_view view = view_of(kb);
  const bool v13 = version == gexf_version::v1_3;
  const char* ns = v13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";
  const bool dynamic = !view.start.is_special();
  std::ostringstream o;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    << "<gexf xmlns=\"" << ns << "\" xmlns:viz=\"" << ns << "/viz\" version=\"" << (v13 ? "1.3" : "1.2") << "\">\n"
    << "  <meta>\n    <creator>eventgraph</creator>\n"
    << "    <description>actors, events, places and documents of an eventgraph build</description>\n  </meta>\n"
    << "  <graph defaultedgetype=\"directed\"";
  if (dynamic) {
    o << " mode=\"dynamic\" timeformat=\"date\"";
    if (v13) o << " timerepresentation=\"interval\"";
    o << interval(view.start, view.end);
  } else {
    o << " mode=\"static\"";
  }
  o << ">\n";
  declare(o, "node", node_attributes);
  declare(o, "edge", edge_attributes);
  o << "    <nodes>\n";
  for (const auto& n : view.nodes) {
    o << "      <node id=\"" << xml_escape(n.id) << "\" label=\"" << xml_escape(n.label) << "\""
      << interval(n.start, n.end) << ">\n        <attvalues>\n";
    value(o, "kind", n.kind);
    value(o, "type", n.type);
    value(o, "cameo", n.cameo);
    value(o, "modality", n.modality);
    value(o, "country", n.country);
    value(o, "source_count", std::to_string(n.source_count));
    value(o, "degree", std::to_string(n.degree));
    o << "        </attvalues>\n"
      << "        <viz:color r=\"" << n.color.r << "\" g=\"" << n.color.g << "\" b=\"" << n.color.b << "\"/>\n"
      << "        <viz:size value=\"" << number_text(n.size) << "\"/>\n"
      << "      </node>\n";
  }
  o << "    </nodes>\n    <edges>\n";
  for (const auto& e : view.edges) {
    o << "      <edge id=\"" << e.id << "\" source=\"" << xml_escape(e.source) << "\" target=\"" << xml_escape(e.target)
      << "\" weight=\"" << number_text(e.weight) << "\"" << interval(e.start, e.end) << ">\n        <attvalues>\n";
    value(o, "kind", e.kind);
    value(o, "role", e.role);
    value(o, "cooperation", std::to_string(e.cooperation));
    value(o, "conflict", std::to_string(e.conflict));
    value(o, "goldstein", number_text(e.goldstein));
    o << "        </attvalues>\n      </edge>\n";
  }
  o << "    </edges>\n  </graph>\n</gexf>\n";
  return o.str();
}

}  // namespace eventgraph
