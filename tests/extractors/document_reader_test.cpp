#include <catch2/catch.hpp>

#include "core/time_value.h"
#include "extractors/document_reader.h"

using namespace eventgraph;

TEST_CASE("document_reader: header lines become metadata", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt",
                                 "Seoul and Tokyo Hold Talks\n20250315\nhttps://example.org/x\nThe ministers met.\n");
  CHECK(d.title == "Seoul and Tokyo Hold Talks");
  CHECK(iso(d.published) == "2025-03-15");
  CHECK(d.published_from == date_source::date_line);
  CHECK(d.url == "https://example.org/x");
  CHECK(d.text() == "The ministers met.");
}

TEST_CASE("document_reader: a byline date is the publication date", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt", "Title Here\nBy A. Writer, March 12, 2025\nBody text.\n");
  CHECK(iso(d.published) == "2025-03-12");
  CHECK(d.published_from == date_source::byline);
}

TEST_CASE("document_reader: hard-wrapped lines are rejoined", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt", "The\nenvoys met in\nDoha on Monday.\nThey\nleft.\n");
  CHECK(d.text() == "The envoys met in Doha on Monday.\nThey left.");
}

TEST_CASE("document_reader: a line in lower case continues the sentence after an abbreviation", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt", "Officials in the U.K.\nsaid the envoys met.\n\nsaid nothing more.\n");
  CHECK(d.text() == "Officials in the U.K. said the envoys met.\nsaid nothing more.");
}

TEST_CASE("document_reader: no date means undated, never a guess", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt", "The envoys met on Monday.\n");
  CHECK(d.published.is_special());
  CHECK(d.published_from == date_source::none);
}

TEST_CASE("document_reader: a dated URL gives the date", "[extractors]") {
  CHECK(iso(*date_from_url("https://x.org/news/2023/08/19/a")) == "2023-08-19");
  CHECK(iso(*date_from_url("https://x.org/20230819/a")) == "2023-08-19");
}

TEST_CASE("document_reader: empty, binary and invalid UTF-8 are refused with a reason", "[extractors]") {
  CHECK(refuse_reason("") == "empty file");
  CHECK(refuse_reason(std::string("ab\0cd", 5)) == "binary file (NUL byte at offset 2)");
  CHECK(refuse_reason("ok \xC3\x28 bad") == "invalid UTF-8 at byte 3");
  CHECK(refuse_reason("fine text").empty());
}

TEST_CASE("document_reader: a malformed JSONL line is reported and the others read", "[extractors]") {
  const auto r = read_jsonl("feed.jsonl",
                            "{\"id\":\"a\",\"text\":\"Kenya and Ethiopia met.\",\"published\":\"2024-05-02\"}\n"
                            "{\"id\":\"b\",\"text\": oops}\n"
                            "{\"id\":\"c\",\"text\":\"Drills began.\"}\n");
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[0].id() == "a");
  CHECK(iso(r.documents[0].published) == "2024-05-02");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].line == 2);
  CHECK(r.errors[0].to_string().rfind("feed.jsonl:2: malformed JSON", 0) == 0);
}

TEST_CASE("document_reader: a labelled date line with a day-first date is the publication date", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt", "Truce Holds in the Valley\nPublished 10 November 2020\nThe guns fell silent.\n");
  CHECK(iso(d.published) == "2020-11-10");
  CHECK(d.published_from == date_source::date_line);
  CHECK(d.text() == "The guns fell silent.");
}

TEST_CASE("document_reader: a weekday and a long month name fit a date line", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt", "Truce Holds\nWednesday 23 September 2020\nThe guns fell silent.\n");
  CHECK(iso(d.published) == "2020-09-23");
}

TEST_CASE("document_reader: a body sentence holding a date is not a date line", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt", "Truce Holds\nThe envoys signed a truce on 23 September 2020.\n");
  CHECK(d.published.is_special());
}

TEST_CASE("document_reader: a date label opening the first line is the publication date, not body text", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt", "date 2021-05-04 Rebels shelled the port overnight.\n");
  CHECK(iso(d.published) == "2021-05-04");
  CHECK(d.published_from == date_source::date_line);
  CHECK(d.text() == "Rebels shelled the port overnight.");
}

TEST_CASE("document_reader: a first line broken after an article is body, not a date line", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt", "date 2021-05-04 On May 2, a\n\nNorwegian frigate\n\nsailed in.\n");
  CHECK(iso(d.published) == "2021-05-04");
  CHECK(d.text() == "On May 2, a\nNorwegian frigate\nsailed in.");
}

TEST_CASE("document_reader: a date label with a bracketed source is a header line of its own", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt", "date 2019-11-20 [Source: Wire]\n\nThe envoys met in Nairobi.\n");
  CHECK(iso(d.published) == "2019-11-20");
  CHECK(d.text() == "The envoys met in Nairobi.");
}

TEST_CASE("document_reader: a section label and a clock line over the body are header, not body", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt",
                                 "date 2018-03-06 - ASIA & PACIFIC\n09:15 IST, March 6, 2018\n"
                                 "The two premiers held talks in Delhi on Friday.\n");
  CHECK(iso(d.published) == "2018-03-06");
  CHECK(d.text() == "The two premiers held talks in Delhi on Friday.");
}

TEST_CASE("document_reader: a date and an outlet's name between bars are a date line", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt",
                                 "March 3, 2019 | The Border Monitor\nMilitia Takes Hill Town\n"
                                 "The militia entered the town on Friday.\n");
  CHECK(iso(d.published) == "2019-03-03");
  CHECK(d.title == "Militia Takes Hill Town");
  CHECK(d.text() == "The militia entered the town on Friday.");
}

TEST_CASE("document_reader: a header printed twice is header both times", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt",
                                 "March 3, 2019 | The Border Monitor\nMilitia Takes Hill Town\n"
                                 "March 3, 2019 | The Border Monitor\nMilitia Takes Hill Town\n"
                                 "The militia entered the town on Friday.\n");
  CHECK(d.text() == "The militia entered the town on Friday.");
}

TEST_CASE("document_reader: a title after a section label and a blank line is the title", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt",
                                 "World Politics\n\nMilitia Takes Hill Town\n\nMilitia Takes Hill Town\n"
                                 "The militia entered the town on Friday.\n");
  CHECK(d.title == "Militia Takes Hill Town");
  CHECK(d.text() == "The militia entered the town on Friday.");
}

TEST_CASE("document_reader: a headline with a bar and a date after it stays the title", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt",
                                 "Militia fighters take the hill town after a week of shelling | March 3, 2019\n"
                                 "The militia entered the town on Friday.\n");
  CHECK(d.published.is_special());
  CHECK(d.title == "Militia fighters take the hill town after a week of shelling | March 3, 2019");
}

TEST_CASE("document_reader: a section label alone on the first line is skipped", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt", "WORLD NEWS\nTruce Holds in the Valley\nThe guns fell silent.\n");
  CHECK(d.text() == "The guns fell silent.");
}

TEST_CASE("document_reader: a sentence opening with the word date keeps its text", "[extractors]") {
  const auto d = read_plain_text("a", "a.txt", "Date palms burned after the strike on 2021-05-04.\n");
  CHECK(d.published.is_special());
  CHECK(d.text() == "Date palms burned after the strike on 2021-05-04.");
}
