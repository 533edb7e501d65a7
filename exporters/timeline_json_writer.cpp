#include "exporters/timeline_json_writer.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <set>

#include "extractors/utf8.h"

namespace eventgraph {
namespace {
using writer_t = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void str(writer_t& w, std::string_view s) {
  const std::string clean = utf8::repair(s);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}
void key(writer_t& w, const char* k) { w.Key(k); }
void date_or_null(writer_t& w, date d) {
  if (d.is_special()) w.Null();
  else str(w, iso(d));
}
}  // namespace

std::string timeline_json(const knowledge_base& kb, const std::map<std::string, std::string>& mention_text) {
  rapidjson::StringBuffer buf;
  writer_t w(buf);
  w.SetIndent(' ', 1);
  w.StartObject();
  key(w, "format"); str(w, "eventgraph-timeline");
  key(w, "version"); w.Int(timeline_format_version);
  key(w, "documents");
  w.StartArray();
  for (const auto& d : kb.documents) {
    w.StartObject();
    key(w, "id"); str(w, d.id);
    key(w, "path"); str(w, d.source);
    key(w, "title"); str(w, d.title);
    key(w, "url"); str(w, d.url);
    key(w, "published"); date_or_null(w, d.published);
    key(w, "published_from"); str(w, to_string(d.published_from));
    key(w, "learned_reference"); date_or_null(w, d.learned_reference);
    w.EndObject();
  }
  w.EndArray();
  key(w, "actors");
  w.StartArray();
  for (const auto& [id, a] : kb.actors) {
    w.StartObject();
    key(w, "id"); str(w, id);
    key(w, "name"); str(w, a.name);
    key(w, "kind"); str(w, to_string(a.kind));
    key(w, "country"); if (a.country.empty()) w.Null(); else str(w, a.country);
    key(w, "aliases");
    w.StartArray();
    for (const auto& al : a.aliases) str(w, al);
    w.EndArray();
    key(w, "affiliations");
    w.StartArray();
    for (const auto& af : a.affiliations) {
      w.StartObject();
      key(w, "state"); str(w, af.state);
      key(w, "role"); str(w, af.role);
      key(w, "from"); if (af.from_year) w.Int(af.from_year); else w.Null();
      key(w, "to"); if (af.to_year) w.Int(af.to_year); else w.Null();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  key(w, "events");
  w.StartArray();
  for (const auto& e : kb.events) {
    w.StartObject();
    key(w, "id"); str(w, e.id);
    key(w, "type"); str(w, to_string(e.type));
    key(w, "cameo"); str(w, e.cameo);
    key(w, "modality"); str(w, to_string(e.mod));
    key(w, "date");
    w.StartObject();
    key(w, "start"); date_or_null(w, e.when.start);
    key(w, "end"); date_or_null(w, e.when.end);
    key(w, "granularity"); str(w, to_string(e.when.grain));
    key(w, "resolution"); str(w, to_string(e.when.how));
    key(w, "timex"); str(w, e.when.timex());
    w.EndObject();
    key(w, "actors");
    w.StartArray();
    for (const auto& p : e.actors) {
      w.StartObject();
      key(w, "id"); str(w, p.actor_id);
      auto it = kb.actors.find(p.actor_id);
      key(w, "name"); str(w, it == kb.actors.end() ? p.actor_id : it->second.name);
      key(w, "role"); str(w, to_string(p.role));
      w.EndObject();
    }
    w.EndArray();
    key(w, "location");
    if (e.location.empty()) w.Null();
    else { w.StartObject(); key(w, "name"); str(w, e.location); w.EndObject(); }
    key(w, "attributes");
    w.StartObject();
    for (const auto& [k, v] : e.attributes) { key(w, k.c_str()); str(w, v); }
    w.EndObject();
    key(w, "confidence"); w.Double(static_cast<double>(static_cast<int>(e.confidence * 100 + 0.5)) / 100.0);
    std::set<std::string> docs;
    for (const auto& m : e.mentions) docs.insert(m.doc_id);
    key(w, "source_count"); w.Int(static_cast<int>(docs.size()));
    key(w, "mentions");
    w.StartArray();
    for (const auto& m : e.mentions) {
      w.StartObject();
      key(w, "doc"); str(w, m.doc_id);
      key(w, "sentence"); w.Uint(m.sentence);
      key(w, "start"); w.Uint(m.where.begin);
      key(w, "end"); w.Uint(m.where.end);
      key(w, "rule"); str(w, m.rule);
      key(w, "modality"); str(w, to_string(m.mod));
      auto t = mention_text.find(m.doc_id + "#" + std::to_string(m.sentence));
      if (t != mention_text.end()) { key(w, "text"); str(w, t->second); }
      w.EndObject();
    }
    w.EndArray();
    key(w, "merged_on");
    w.StartArray();
    for (const auto& k : e.merged_on) str(w, k);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::string out(buf.GetString(), buf.GetSize());
  out += '\n';
  return out;
}

}  // namespace eventgraph
