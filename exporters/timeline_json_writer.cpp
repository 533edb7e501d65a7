#include "exporters/timeline_json_writer.h"

// Before any RapidJSON header:
#include "extractors/rapidjson_options.h"
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <string_view>
#include <type_traits>
#include <vector>

#include "exporters/compact_json_writer.h"
#include "extractors/utf8.h"

namespace eventgraph {
namespace {
template <typename W>
void str(W& w, std::string_view s) {
  if constexpr (std::is_same_v<W, compact_json_writer>) {
    w.Text(s);  // checked in the escape scan
    return;
  }
  if (utf8::valid(s)) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  const std::string clean = utf8::repair(s);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}
// A string our code made (see compact_json_writer::PlainString): checked and
// escaped like any other by writers without that shortcut.
template <typename W>
void plain(W& w, std::string_view s) {
  if constexpr (std::is_same_v<W, compact_json_writer>) w.PlainString(s);
  else str(w, s);
}
template <typename W>
void date_or_null(W& w, date d) {
  if (d.is_special()) w.Null();
  else plain(w, iso(d));
}

template <typename W>
void write_event(W& w, const knowledge_base& kb, const event& e) {
  w.StartObject();
  w.Key("id"); plain(w, e.id);
  w.Key("type"); plain(w, to_string(e.type));
  w.Key("cameo"); str(w, e.cameo);
  w.Key("modality"); plain(w, to_string(e.mod));
  w.Key("date");
  w.StartObject();
  w.Key("start"); date_or_null(w, e.when.start);
  w.Key("end"); date_or_null(w, e.when.end);
  w.Key("granularity"); plain(w, to_string(e.when.grain));
  w.Key("resolution"); plain(w, to_string(e.when.how));
  w.Key("timex"); plain(w, e.when.timex());
  w.EndObject();
  w.Key("actors");
  w.StartArray();
  for (const auto& p : e.actors) {
    w.StartObject();
    w.Key("id"); str(w, p.actor_id);
    auto it = kb.actors.find(p.actor_id);
    w.Key("name"); str(w, it == kb.actors.end() ? p.actor_id : it->second.name);
    w.Key("role"); plain(w, to_string(p.role));
    w.EndObject();
  }
  w.EndArray();
  w.Key("location");
  if (e.location.empty()) w.Null();
  else { w.StartObject(); w.Key("name"); str(w, e.location); w.EndObject(); }
  w.Key("attributes");
  w.StartObject();
  for (const auto& [k, v] : e.attributes) {
    w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));  // our own names: valid UTF-8
    str(w, v);
  }
  w.EndObject();
  w.Key("confidence"); w.Double(static_cast<double>(static_cast<int>(e.confidence * 100 + 0.5)) / 100.0);
  std::vector<std::string_view> docs;
  docs.reserve(e.mentions.size());
  for (const auto& m : e.mentions) docs.emplace_back(m.doc_id);
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  w.Key("source_count"); w.Int(static_cast<int>(docs.size()));
  w.Key("mentions");
  w.StartArray();
  for (const auto& m : e.mentions) {
    w.StartObject();
    w.Key("doc"); str(w, m.doc_id);
    w.Key("sentence"); w.Uint(m.sentence);
    w.Key("start"); w.Uint(m.where.begin);
    w.Key("end"); w.Uint(m.where.end);
    w.Key("rule"); str(w, m.rule);
    w.Key("modality"); plain(w, to_string(m.mod));
    if (m.anaphoric) { w.Key("refers_back"); w.Bool(true); }
    w.Key("text"); str(w, m.evidence);
    w.EndObject();
  }
  w.EndArray();
  w.Key("merged_on");
  w.StartArray();
  for (const auto& k : e.merged_on) str(w, k);
  w.EndArray();
  w.EndObject();
}
}  // namespace

std::string timeline_json(const knowledge_base& kb) {
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("format"); str(w, "eventgraph-timeline");
  w.Key("version"); w.Int(timeline_format_version);
  w.Key("documents");
  w.StartArray();
  for (const auto& d : kb.documents) {
    w.StartObject();
    w.Key("id"); str(w, d.id);
    w.Key("path"); str(w, d.source);
    w.Key("title"); str(w, d.title);
    w.Key("url"); str(w, d.url);
    w.Key("published"); date_or_null(w, d.published);
    w.Key("published_from"); str(w, to_string(d.published_from));
    w.Key("learned_reference"); date_or_null(w, d.learned_reference);
    w.EndObject();
  }
  w.EndArray();
  w.Key("actors");
  w.StartArray();
  for (const auto& [id, a] : kb.actors) {
    w.StartObject();
    w.Key("id"); str(w, id);
    w.Key("name"); str(w, a.name);
    w.Key("kind"); str(w, to_string(a.kind));
    w.Key("country"); if (a.country.empty()) w.Null(); else str(w, a.country);
    w.Key("aliases");
    w.StartArray();
    for (const auto& al : a.aliases) str(w, al);
    w.EndArray();
    w.Key("affiliations");
    w.StartArray();
    for (const auto& af : a.affiliations) {
      w.StartObject();
      w.Key("state"); str(w, af.state);
      w.Key("role"); str(w, af.role);
      w.Key("from"); if (af.from_year) w.Int(af.from_year); else w.Null();
      w.Key("to"); if (af.to_year) w.Int(af.to_year); else w.Null();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("events");
  w.StartArray();
  for (const auto& e : kb.events) write_event(w, kb, e);
  w.EndArray();
  w.EndObject();
  std::string out(buf.GetString(), buf.GetSize());
  out += '\n';
  return out;
}

std::string event_json(const knowledge_base& kb, const event& e) {
  std::string out;
  append_event_json(out, kb, e);
  return out;
}

void append_event_json(std::string& out, const knowledge_base& kb, const event& e) {
  compact_json_writer w(out);
  write_event(w, kb, e);
}

}  // namespace eventgraph
