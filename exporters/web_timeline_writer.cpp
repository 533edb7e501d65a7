#include "exporters/web_timeline_writer.h"

// Before any RapidJSON header:
#include "extractors/rapidjson_options.h"
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <set>

#include "exporters/xml_escape.h"
#include "extractors/utf8.h"
#include "graph/graph_queries.h"

namespace eventgraph {
namespace {
using writer_t = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void str(writer_t& w, std::string_view s) {
  const std::string clean = utf8::repair(s);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

// vis-timeline and TimelineJS render these strings as HTML, whose specials
// are XML's.
std::string html(std::string_view s) { return xml_escape(s); }

std::vector<std::string> actor_names(const knowledge_base& kb, const event& e) {
  std::vector<std::string> out;
  for (const auto& p : e.actors) {
    auto it = kb.actors.find(p.actor_id);
    out.push_back(it == kb.actors.end() ? p.actor_id : it->second.name);
  }
  return out;
}

std::string headline(const knowledge_base& kb, const event& e) {
  std::string h(to_string(e.type));
  for (char& c : h)
    if (c == '_') c = ' ';
  const auto names = actor_names(kb, e);
  for (std::size_t i = 0; i < names.size(); ++i) h += (i == 0 ? ": " : ", ") + names[i];
  if (e.mod != modality::asserted) h += " (" + std::string(to_string(e.mod)) + ")";
  return h;
}

// Where a timeline puts an event: its own dates, else its report day.
struct placement {
  date start{boost::gregorian::not_a_date_time};
  date end{boost::gregorian::not_a_date_time};
  bool undated = false;
};
placement place(const knowledge_base& kb, const event& e) {
  if (e.when.dated()) return {e.when.start, e.when.end.is_special() ? e.when.start : e.when.end, false};
  const date r = report_date(kb, e);
  return {r, r, true};
}

std::set<std::string> sources(const event& e) {
  std::set<std::string> s;
  for (const auto& m : e.mentions) s.insert(m.doc_id);
  return s;
}

void vis_item(writer_t& w, const knowledge_base& kb, const event& e, const placement& at) {
  w.StartObject();
  w.Key("id"); str(w, e.id);
  w.Key("content"); str(w, html(headline(kb, e)));
  if (!at.start.is_special()) {
    w.Key("start"); str(w, iso(at.start));
    if (at.end > at.start) {
      // vis-timeline ends a range at the start of its end day; end after it.
      w.Key("end"); str(w, iso(at.end + boost::gregorian::days(1)));
    }
    w.Key("type"); str(w, at.end > at.start ? "range" : "point");
  }
  w.Key("group"); str(w, to_string(e.type));
  std::string cls = "modality-" + std::string(to_string(e.mod));
  if (at.undated) cls += " undated";
  w.Key("className"); str(w, cls);
  std::string title = html(headline(kb, e)) + " — " +
                      (at.undated ? "date unknown, first reported " + iso(at.start) : e.when.timex()) + " — " +
                      std::to_string(sources(e).size()) + " source(s)";
  w.Key("title"); str(w, title);
  w.Key("event_type"); str(w, to_string(e.type));
  w.Key("modality"); str(w, to_string(e.mod));
  w.Key("undated"); w.Bool(at.undated);
  w.Key("location"); str(w, e.location);
  w.Key("actors");
  w.StartArray();
  for (const auto& n : actor_names(kb, e)) str(w, n);
  w.EndArray();
  w.Key("evidence");
  w.StartArray();
  for (const auto& m : e.mentions) {
    w.StartObject();
    w.Key("doc"); str(w, m.doc_id);
    w.Key("text"); str(w, m.evidence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void date_parts(writer_t& w, date d, granularity g) {
  w.StartObject();
  w.Key("year"); w.Int(d.year());
  if (g != granularity::year && g != granularity::decade) {
    w.Key("month"); w.Int(d.month());
    if (g != granularity::month) { w.Key("day"); w.Int(d.day()); }
  }
  w.EndObject();
}

std::string evidence_html(const event& e) {
  std::string t;
  for (const auto& m : e.mentions) t += "<p>" + html(m.evidence) + " <i>(" + html(m.doc_id) + ")</i></p>";
  return t;
}
}  // namespace

std::string vis_timeline_json(const knowledge_base& kb) {
  rapidjson::StringBuffer buf;
  writer_t w(buf);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("format"); str(w, "eventgraph-vis");
  std::set<event_type> types;
  for (const auto& e : kb.events) types.insert(e.type);
  w.Key("groups");
  w.StartArray();
  for (const auto t : types) {
    w.StartObject();
    w.Key("id"); str(w, to_string(t));
    w.Key("content"); str(w, to_string(t));
    w.EndObject();
  }
  w.EndArray();
  w.Key("items");
  w.StartArray();
  for (const auto& e : kb.events) {
    const placement at = place(kb, e);
    if (!at.start.is_special()) vis_item(w, kb, e, at);
  }
  w.EndArray();
  w.Key("undated");
  w.StartArray();
  for (const auto& e : kb.events) {
    const placement at = place(kb, e);
    if (at.start.is_special()) vis_item(w, kb, e, at);
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

std::string timelinejs_json(const knowledge_base& kb) {
  rapidjson::StringBuffer buf;
  writer_t w(buf);
  w.SetIndent(' ', 1);
  std::string unplaced;
  for (const auto& e : kb.events)
    if (place(kb, e).start.is_special()) unplaced += "<li>" + html(headline(kb, e)) + "</li>";
  w.StartObject();
  w.Key("title");
  w.StartObject();
  w.Key("text");
  w.StartObject();
  w.Key("headline"); str(w, "Event timeline");
  w.Key("text");
  str(w, std::to_string(kb.events.size()) + " events from " + std::to_string(kb.documents.size()) + " documents." +
             (unplaced.empty() ? "" : "<p>Undated, with no report date:</p><ul>" + unplaced + "</ul>"));
  w.EndObject();
  w.EndObject();
  w.Key("events");
  w.StartArray();
  for (const auto& e : kb.events) {
    const placement at = place(kb, e);
    if (at.start.is_special()) continue;
    w.StartObject();
    w.Key("unique_id"); str(w, e.id);
    w.Key("start_date"); date_parts(w, at.start, at.undated ? granularity::day : e.when.grain);
    if (at.end > at.start) { w.Key("end_date"); date_parts(w, at.end, e.when.grain); }
    if (at.undated) { w.Key("display_date"); str(w, "date unknown; first reported " + iso(at.start)); }
    w.Key("text");
    w.StartObject();
    w.Key("headline"); str(w, html(headline(kb, e)));
    w.Key("text"); str(w, evidence_html(e));
    w.EndObject();
    w.Key("group"); str(w, to_string(e.type));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

}  // namespace eventgraph
