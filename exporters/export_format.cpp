#include "exporters/export_format.h"

#include <array>

#include "core/enum_names.h"
#include "exporters/graphml_writer.h"
#include "exporters/neo4j_csv_writer.h"
#include "exporters/timeline_json_writer.h"
#include "exporters/web_timeline_writer.h"

namespace eventgraph {
namespace {
constexpr std::array<std::pair<export_format, std::string_view>, 7> names{{
    {export_format::timeline, "timeline"},
    {export_format::graphml, "graphml"},
    {export_format::gexf, "gexf"},
    {export_format::vis, "vis"},
    {export_format::timelinejs, "timelinejs"},
    {export_format::jsonl, "jsonl"},
    {export_format::csv, "csv"},
}};
}  // namespace

std::string_view to_string(export_format f) { return detail::name_of(names, f); }
std::optional<export_format> parse_export_format(std::string_view s) { return detail::value_of(names, s); }
std::string export_format_names() {
  std::string out;
  for (const auto& [f, n] : names) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

std::vector<output_file> render(export_format f, const knowledge_base& kb, const export_options& options) {
  switch (f) {
    case export_format::timeline: return {{"timeline.json", timeline_json(kb)}};
    case export_format::graphml: return {{"graph.graphml", graphml(kb)}};
    case export_format::gexf: return {{"graph.gexf", gexf(kb, options.gexf)}};
    case export_format::vis: return {{"timeline-vis.json", vis_timeline_json(kb)}};
    case export_format::timelinejs: return {{"timelinejs.json", timelinejs_json(kb)}};
    case export_format::jsonl: {
      std::string lines;
      for (const auto& e : kb.events) {
        append_event_json(lines, kb, e);
        lines += '\n';
      }
      return {{"events.jsonl", std::move(lines)}};
    }
    case export_format::csv: {
      auto files = neo4j_csv_files(kb);
      return {{"nodes.csv", std::move(files.nodes)}, {"edges.csv", std::move(files.edges)}};
    }
  }
  return {};
}

}  // namespace eventgraph
