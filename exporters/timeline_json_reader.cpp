#include "exporters/timeline_json_reader.h"

// Before any RapidJSON header:
#include "extractors/rapidjson_options.h"
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "exporters/timeline_json_writer.h"

namespace eventgraph {
namespace {
using value = rapidjson::Value;

// Every accessor names the path of the field, so that a hand-edited or
// foreign file gets a message that says where it is wrong.
class reader {
 public:
  explicit reader(const std::string& name) : name_(name) {}

  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throw error(name_ + ": " + where + ": " + what);
  }
  const value& member(const value& obj, const char* key, const std::string& where) const {
    if (!obj.IsObject()) fail(where, "not an object");
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) fail(where, std::string("missing \"") + key + "\"");
    return it->value;
  }
  const value* optional(const value& obj, const char* key, const std::string& where) const {
    if (!obj.IsObject()) fail(where, "not an object");
    auto it = obj.FindMember(key);
    return it == obj.MemberEnd() || it->value.IsNull() ? nullptr : &it->value;
  }
  std::string string(const value& obj, const char* key, const std::string& where, bool required = true) const {
    const value* v = required ? &member(obj, key, where) : optional(obj, key, where);
    if (!v || v->IsNull()) {
      if (required) fail(where + "." + key, "is null");
      return {};
    }
    if (!v->IsString()) fail(where + "." + key, "not a string");
    return {v->GetString(), v->GetStringLength()};
  }
  date day(const value& obj, const char* key, const std::string& where) const {
    const std::string s = string(obj, key, where, false);
    if (s.empty()) return date{boost::gregorian::not_a_date_time};
    auto d = parse_iso_day(s);
    if (!d) fail(where + "." + key, "not a date: " + s);
    return *d;
  }
  const value& array(const value& obj, const char* key, const std::string& where) const {
    const value& v = member(obj, key, where);
    if (!v.IsArray()) fail(where + "." + key, "not an array");
    return v;
  }
  unsigned uint(const value& obj, const char* key, const std::string& where) const {
    const value* v = optional(obj, key, where);
    if (!v) return 0;
    if (!v->IsUint()) fail(where + "." + key, "not a non-negative integer");
    return v->GetUint();
  }
  template <typename T, typename Parse>
  T enumerated(const value& obj, const char* key, const std::string& where, Parse parse, T fallback,
               bool required = true) const {
    const std::string s = string(obj, key, where, required);
    if (s.empty() && !required) return fallback;
    auto v = parse(s);
    if (!v) fail(where + "." + key, "unknown value \"" + s + "\"");
    return *v;
  }

 private:
  const std::string& name_;
};

knowledge_base::document_info read_document(const reader& r, const value& v, const std::string& at) {
  knowledge_base::document_info d;
  d.id = r.string(v, "id", at);
  d.source = r.string(v, "path", at, false);
  d.title = r.string(v, "title", at, false);
  d.url = r.string(v, "url", at, false);
  d.published = r.day(v, "published", at);
  d.published_from = r.enumerated(v, "published_from", at, parse_date_source, date_source::none, false);
  d.learned_reference = r.day(v, "learned_reference", at);
  return d;
}

actor read_actor(const reader& r, const value& v, const std::string& at) {
  actor a;
  a.id = r.string(v, "id", at);
  a.name = r.string(v, "name", at);
  a.kind = r.enumerated(v, "kind", at, parse_actor_kind, actor_kind::group);
  a.country = r.string(v, "country", at, false);
  if (const value* al = r.optional(v, "aliases", at)) {
    if (!al->IsArray()) r.fail(at + ".aliases", "not an array");
    for (const auto& x : al->GetArray()) {
      if (!x.IsString()) r.fail(at + ".aliases", "not a string");
      a.aliases.emplace_back(x.GetString(), x.GetStringLength());
    }
  }
  if (const value* afs = r.optional(v, "affiliations", at)) {
    if (!afs->IsArray()) r.fail(at + ".affiliations", "not an array");
    for (const auto& x : afs->GetArray()) {
      affiliation af;
      af.state = r.string(x, "state", at + ".affiliations", false);
      af.role = r.string(x, "role", at + ".affiliations", false);
      af.from_year = static_cast<int>(r.uint(x, "from", at + ".affiliations"));
      af.to_year = static_cast<int>(r.uint(x, "to", at + ".affiliations"));
      a.affiliations.push_back(std::move(af));
    }
  }
  return a;
}

event read_event(const reader& r, const value& v, const std::string& at) {
  event e;
  e.id = r.string(v, "id", at);
  e.type = r.enumerated(v, "type", at, parse_event_type, event_type::statement);
  e.cameo = r.string(v, "cameo", at, false);
  e.mod = r.enumerated(v, "modality", at, parse_modality, modality::asserted);
  const value& when = r.member(v, "date", at);
  e.when.start = r.day(when, "start", at + ".date");
  e.when.end = r.day(when, "end", at + ".date");
  e.when.grain = r.enumerated(when, "granularity", at + ".date", parse_granularity, granularity::none, false);
  e.when.how = r.enumerated(when, "resolution", at + ".date", parse_time_resolution, time_resolution::unresolved, false);
  for (const auto& p : r.array(v, "actors", at).GetArray())
    e.actors.push_back({r.string(p, "id", at + ".actors"),
                        r.enumerated(p, "role", at + ".actors", parse_participant_role, participant_role::participant)});
  if (const value* loc = r.optional(v, "location", at)) e.location = r.string(*loc, "name", at + ".location");
  if (const value* attrs = r.optional(v, "attributes", at)) {
    if (!attrs->IsObject()) r.fail(at + ".attributes", "not an object");
    for (const auto& m : attrs->GetObject()) {
      if (!m.value.IsString()) r.fail(at + ".attributes", "not a string");
      e.attributes.emplace(std::string(m.name.GetString(), m.name.GetStringLength()),
                           std::string(m.value.GetString(), m.value.GetStringLength()));
    }
  }
  if (const value* c = r.optional(v, "confidence", at)) {
    if (!c->IsNumber()) r.fail(at + ".confidence", "not a number");
    e.confidence = c->GetDouble();
  }
  for (const auto& m : r.array(v, "mentions", at).GetArray()) {
    const std::string mat = at + ".mentions";
    mention mm;
    mm.doc_id = r.string(m, "doc", mat);
    mm.sentence = r.uint(m, "sentence", mat);
    mm.where = {r.uint(m, "start", mat), r.uint(m, "end", mat)};
    mm.rule = r.string(m, "rule", mat, false);
    mm.mod = r.enumerated(m, "modality", mat, parse_modality, e.mod, false);
    mm.evidence = r.string(m, "text", mat, false);
    if (const value* back = r.optional(m, "refers_back", mat)) mm.anaphoric = back->IsBool() && back->GetBool();
    e.mentions.push_back(std::move(mm));
  }
  if (const value* keys = r.optional(v, "merged_on", at)) {
    if (!keys->IsArray()) r.fail(at + ".merged_on", "not an array");
    for (const auto& k : keys->GetArray())
      if (k.IsString()) e.merged_on.emplace_back(k.GetString(), k.GetStringLength());
  }
  return e;
}
}  // namespace

knowledge_base parse_timeline_json(std::string_view text, const std::string& name, bool with_graph) {
  rapidjson::Document doc;
  // Iterative parsing: a deeply nested hostile file must not overflow the stack.
  doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag>(text.data(), text.size());
  if (doc.HasParseError())
    throw error(name + ": not valid JSON at byte " + std::to_string(doc.GetErrorOffset()) + ": " +
                rapidjson::GetParseError_En(doc.GetParseError()));
  const reader r(name);
  if (!doc.IsObject()) r.fail("top level", "not an object");
  if (r.string(doc, "format", "top level", false) != "eventgraph-timeline")
    r.fail("top level", "not an eventgraph timeline (\"format\" is not \"eventgraph-timeline\")");
  const value& version = r.member(doc, "version", "top level");
  if (!version.IsInt() || version.GetInt() < 1 || version.GetInt() > timeline_format_version)
    r.fail("top level", "unsupported version (this eventgraph reads 1 to " + std::to_string(timeline_format_version) + ")");
  knowledge_base kb;
  std::size_t i = 0;
  for (const auto& d : r.array(doc, "documents", "top level").GetArray())
    kb.documents.push_back(read_document(r, d, "documents[" + std::to_string(i++) + "]"));
  i = 0;
  for (const auto& a : r.array(doc, "actors", "top level").GetArray()) {
    actor x = read_actor(r, a, "actors[" + std::to_string(i++) + "]");
    const std::string id = x.id;
    if (!kb.actors.emplace(id, std::move(x)).second) r.fail("actors", "duplicate id \"" + id + "\"");
  }
  i = 0;
  for (const auto& e : r.array(doc, "events", "top level").GetArray())
    kb.events.push_back(read_event(r, e, "events[" + std::to_string(i++) + "]"));
  if (with_graph) kb.graph = build_graph(kb);
  return kb;
}

knowledge_base read_timeline_json(const std::string& path, bool with_graph) {
  std::filesystem::path p(path);
  std::error_code ec;
  if (std::filesystem::is_directory(p, ec)) p /= "timeline.json";
  std::ifstream in(p, std::ios::binary);
  if (!in) throw error(p.string() + ": cannot open (is it a build directory or a timeline.json?)");
  std::ostringstream buf;
  buf << in.rdbuf();
  return parse_timeline_json(buf.str(), p.string(), with_graph);
}

}  // namespace eventgraph
