#include "exporters/neo4j_csv_writer.h"

#include "exporters/graph_view.h"
#include "extractors/utf8.h"

namespace eventgraph {
namespace {
// RFC 4180 quoting, which the importer reads by default; control characters
// other than newlines would break line-oriented tools, so they become spaces.
std::string field(std::string_view raw) {
  const std::string s = utf8::repair(raw);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else if (static_cast<unsigned char>(c) < 0x20) out += ' ';
    else out += c;
  }
  return out + "\"";
}

std::string label_of(const node_view& n) {
  std::string l = n.kind == "actor" ? "Actor" : n.kind == "event" ? "Event" : n.kind == "place" ? "Place" : "Document";
  if (n.kind == "actor" && !n.type.empty()) {
    std::string sub;
    bool up = true;
    for (char c : n.type) {
      if (c == '_') { up = true; continue; }
      sub += up ? static_cast<char>(c - 'a' + 'A') : c;
      up = false;
    }
    l += ";" + sub;
  }
  return l;
}

std::string relationship_of(const std::string& kind) {
  std::string t;
  for (char c : kind) t += c == '_' ? '_' : static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return t;
}
}  // namespace

neo4j_csv neo4j_csv_files(const knowledge_base& kb) {
  const graph_view view = view_of(kb);
  neo4j_csv out;
  out.nodes = ":ID,name,kind,type,cameo,start:date,end:date,modality,country,source_count:int,degree:int,:LABEL\n";
  for (const auto& n : view.nodes)
    out.nodes += field(n.id) + "," + field(n.label) + "," + field(n.kind) + "," + field(n.type) + "," +
                 field(n.cameo) + "," + iso(n.start) + "," + iso(n.end) + "," + field(n.modality) + "," +
                 field(n.country) + "," + std::to_string(n.source_count) + "," + std::to_string(n.degree) + "," +
                 label_of(n) + "\n";
  out.edges = ":START_ID,:END_ID,:TYPE,role,weight:double,first:date,last:date,cooperation:int,conflict:int,goldstein:double\n";
  for (const auto& e : view.edges)
    out.edges += field(e.source) + "," + field(e.target) + "," + relationship_of(e.kind) + "," + field(e.role) + "," +
                 number_text(e.weight) + "," + iso(e.start) + "," + iso(e.end) + "," + std::to_string(e.cooperation) +
                 "," + std::to_string(e.conflict) + "," + number_text(e.goldstein) + "\n";
  return out;
}

}  // namespace eventgraph
