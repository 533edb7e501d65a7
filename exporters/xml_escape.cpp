#include "exporters/xml_escape.h"

#include "extractors/utf8.h"

namespace eventgraph {

std::string xml_escape(std::string_view raw) {
  const std::string s = utf8::repair(raw);
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) break;  // not allowed in XML 1.0
        out += c;
    }
  }
  return out;
}

}  // namespace eventgraph
