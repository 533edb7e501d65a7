#include "cli/times_command.h"

// Before any RapidJSON header:
#include "extractors/rapidjson_options.h"
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <iostream>
#include <string>

#include "cli/exit_codes.h"
#include "core/time_value.h"
#include "extractors/temporal_tagger.h"
#include "extractors/tokenizer.h"
#include "extractors/utf8.h"

namespace eventgraph {
namespace {

void print_times_help() {
  std::cout << "usage: eventgraph times [--ref YYYY-MM-DD] < lines\n\n"
               "Finds the time expressions of each line of stdin and prints one JSON line per input line:\n"
               "{\"text\": line, \"ref\": day, \"times\": [{\"text\", \"start_byte\", \"end_byte\", \"value\" (TIMEX3-like),\n"
               "\"start\", \"end\", \"granularity\", \"resolution\", \"duration\"}]}. Weekdays follow the tense of\n"
               "their clause (past: the latest such day on or before the reference day; future: the next one).\n"
               "Without --ref, relative expressions stay unresolved (\"value\": \"XXXX-WXX-5\").\n\n"
               "example:\n  echo 'The ministers met on Friday and will meet again next week.' | eventgraph times --ref 2022-01-23\n";
}

std::string line_json(const std::string& line, date ref) {
  const std::string text = utf8::repair(line);
  std::string lower = text;
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  const auto tokens = tokenize(text);
  const auto found = tag_times(text, lower, tokens, 0, static_cast<std::uint32_t>(tokens.size()), ref, 0);
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  const auto str = [&](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  w.StartObject();
  w.Key("text"); str(text);
  w.Key("ref");
  if (ref.is_special()) w.Null();
  else str(iso(ref));
  w.Key("times");
  w.StartArray();
  for (const auto& m : found) {
    w.StartObject();
    w.Key("text"); str(m.where.of(text));
    w.Key("start_byte"); w.Uint(m.where.begin);
    w.Key("end_byte"); w.Uint(m.where.end);
    w.Key("duration"); w.Bool(m.duration);
    if (m.duration) {
      w.Key("duration_text"); str(m.duration_text);
    } else {
      w.Key("value"); str(m.value.timex());
      w.Key("start");
      if (m.value.dated()) str(iso(m.value.start));
      else w.Null();
      w.Key("end");
      if (m.value.dated()) str(iso(m.value.end.is_special() ? m.value.start : m.value.end));
      else w.Null();
      w.Key("granularity"); str(to_string(m.value.grain));
      w.Key("resolution"); str(to_string(m.value.how));
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace

int run_times(const std::vector<std::string>& args) {
  date ref(boost::gregorian::not_a_date_time);
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--help" || args[i] == "-h") { print_times_help(); return exit_code::ok; }
    if (args[i] == "--ref" && i + 1 < args.size()) {
      const auto d = parse_iso_day(args[++i]);
      if (!d || args[i].size() != 10) {
        std::cerr << "eventgraph times: --ref needs a day as YYYY-MM-DD, found '" << args[i] << "'\n";
        return exit_code::usage;
      }
      ref = *d;
      continue;
    }
    std::cerr << "eventgraph times: unknown argument " << args[i] << " (see eventgraph times --help)\n";
    return exit_code::usage;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::cout << line_json(line, ref) << '\n';
  }
  return exit_code::ok;
}

}  // namespace eventgraph
