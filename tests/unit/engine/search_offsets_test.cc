// Search hits point into the ORIGINAL input: begin_byte/end_byte slice the bytes given to
// add_document, begin_u16/end_u16 slice the decoded source text (as JavaScript holds it), and
// in_snippet_* slice the snippet string; for a BOM, invalid UTF-8, CRLF with a Hangul word
// re-joined across the break, an EUC-KR file, an NFC rewrite, and after save/load.
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "engine.h"
#include "support/make_engine.h"

using nlohmann::json;

namespace {

using loupe::test::make_engine;

// UTF-16 units [b, e) of a UTF-8 text, back as UTF-8: what JS `text.slice(b, e)` gives.
std::string slice_u16(const std::string& utf8, std::size_t b, std::size_t e) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  REQUIRE(b <= e);
  REQUIRE(e <= static_cast<std::size_t>(u.length()));
  std::string out;
  u.tempSubString(static_cast<int32_t>(b), static_cast<int32_t>(e - b)).toUTF8String(out);
  return out;
}

std::string convert(const char* to, const char* from, const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(text.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(to, from, out.data(), static_cast<int32_t>(out.size()),
                                 text.data(), static_cast<int32_t>(text.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

// A hard-wrapped Korean paragraph (lines of about one width, as PDF text comes out) in which
// 라브로프가 is broken across a line end; 라브로프가 inside the first line is the evidence
// the normalizer needs to re-join it.
std::string wrapped_korean(const std::string& nl) {
  return "어제 라브로프가 모스크바를 떠났다는 소식이" + nl +
         "전해졌다. 외무부에 따르면 세르게이 라브" + nl +
         "로프가 오늘 뉴욕에 도착해 회담을 가졌고" + nl + "내일 다시 만날 예정이라고 한다." + nl;
}

struct Checked {
  std::size_t highlights = 0;
  std::vector<std::string> input_slices;   // each highlight's input bytes
  std::vector<std::string> source_slices;  // each highlight's decoded-source UTF-16 slice
};

// Every hit of `query` in document `id`: offsets slice the input, the source and the snippet.
Checked check_hits(loupe::Engine& e, const std::string& id, const std::string& input,
                   const std::string& query, const std::string& word) {
  const json analyzed = json::parse(e.analyze_json(input, true));
  REQUIRE(analyzed["ok"] == true);
  const std::string source = analyzed["text"];  // the decoded text: the JS string
  const json r = json::parse(e.search_json(query + " doc:" + id, "{\"per_doc\":0}"));
  INFO(query << " -> " << r.dump());
  REQUIRE(r["ok"] == true);
  REQUIRE(r["total"] > 0);
  Checked out;
  for (const json& h : r["hits"]) {
    const std::size_t pb = h["begin_byte"], pe = h["end_byte"];
    REQUIRE(pb <= pe);
    REQUIRE(pe <= input.size());
    const std::string passage_u16 = slice_u16(source, h["begin_u16"], h["end_u16"]);
    const std::string snippet = h["snippet"];
    const std::size_t sb = h["snippet_begin_u16"], se = h["snippet_end_u16"];
    for (const json& m : h["highlights"]) {
      const std::size_t b = m["begin_byte"], end = m["end_byte"];
      CHECK(pb <= b);
      CHECK(end <= pe);
      out.input_slices.push_back(input.substr(b, end - b));
      out.source_slices.push_back(slice_u16(source, m["begin_u16"], m["end_u16"]));
      CHECK(sb <= m["begin_u16"]);
      CHECK(m["end_u16"] <= se);
      CHECK(passage_u16.find(out.source_slices.back()) != std::string::npos);
      CHECK(starts_with(slice_u16(snippet, m["in_snippet_begin_u16"], m["in_snippet_end_u16"]),
                        word));
      ++out.highlights;
    }
  }
  CHECK(out.highlights > 0);
  return out;
}

}  // namespace

TEST_CASE("hit offsets slice the input bytes, the decoded text and the snippet",
          "[engine][search]") {
  auto e = make_engine();
  const std::string bom =
      "\xEF\xBB\xBF"
      "오늘 라브로프가 도착했다.\n\n라브로프와 외교관계위원회 위원들이 만났다.";
  const std::string invalid =
      "Министр иностранных дел России \xFF\xFE Сергей Лавров прилетел в Нью-Йорк.";
  const std::string crlf = wrapped_korean("\r\n");
  const std::string euc_kr = convert("EUC-KR", "UTF-8", wrapped_korean("\n"));
  REQUIRE(euc_kr.size() < wrapped_korean("\n").size());  // really a two-byte encoding
  // NFC rewrites "D" + U+0323 as U+1E0C: 3 bytes either way, but 2 UTF-16 units become 1
  // (the normalizer records it as an edit; the UTF-16 map must shrink there too).
  const std::string nfc =
      "Meeting with D\xCC\xA3"
      "ani and D\xCC\xA3"
      "ani again, then Lavrov arrived.";
  for (const auto& [id, text] : {std::pair<std::string, std::string>{"bom", bom},
                                 {"invalid", invalid},
                                 {"crlf", crlf},
                                 {"euckr", euc_kr},
                                 {"nfc", nfc}}) {
    REQUIRE(e->add_document(id, id + ".txt", text).ok());
  }

  SECTION("a BOM: bytes count it, UTF-16 offsets do not") {
    const Checked c = check_hits(*e, "bom", bom, "라브로프", "라브로프");
    CHECK(c.input_slices == std::vector<std::string>{"라브로프가", "라브로프와"});
    CHECK(c.source_slices == c.input_slices);
  }
  SECTION("invalid UTF-8 before the hit") {
    const Checked c = check_hits(*e, "invalid", invalid, "Лавров", "Лавров");
    CHECK(c.input_slices == std::vector<std::string>{"Лавров"});
    CHECK(c.source_slices == c.input_slices);
  }
  SECTION("CRLF line ends, a word re-joined across one") {
    const Checked c = check_hits(*e, "crlf", crlf, "라브로프", "라브로프");
    CHECK(c.input_slices == std::vector<std::string>{"라브로프가", "라브\r\n로프가"});
    CHECK(c.source_slices == c.input_slices);  // the decoded text keeps its CRLF
  }
  SECTION("an EUC-KR file: byte offsets in the EUC-KR bytes") {
    const json a = json::parse(e->analyze_json(euc_kr, true));
    CHECK(a["text"] == wrapped_korean("\n"));
    const Checked c = check_hits(*e, "euckr", euc_kr, "라브로프", "라브로프");
    REQUIRE(c.input_slices.size() == 2);
    CHECK(convert("UTF-8", "EUC-KR", c.input_slices[0]) == "라브로프가");
    CHECK(convert("UTF-8", "EUC-KR", c.input_slices[1]) == "라브\n로프가");
    CHECK(c.source_slices == std::vector<std::string>{"라브로프가", "라브\n로프가"});
  }
  SECTION("an NFC rewrite of equal byte length counts UTF-16 right") {
    const Checked c = check_hits(*e, "nfc", nfc, "Lavrov", "Lavrov");
    CHECK(c.input_slices == std::vector<std::string>{"Lavrov"});
    CHECK(c.source_slices == c.input_slices);
  }
  SECTION("a word part: the hit highlights the part inside the identifier") {
    const std::string code =
        "Include <sys/socket.h> first; then BPF_PROG_TYPE_SOCKET_FILTER programs load.";
    REQUIRE(e->add_document("code", "code.txt", code).ok());
    const Checked c = check_hits(*e, "code", code, "socket", "");
    CHECK(c.input_slices == std::vector<std::string>{"socket", "SOCKET"});
    CHECK(c.source_slices == c.input_slices);
    const Checked whole = check_hits(*e, "code", code, "socket.h", "socket.h");
    CHECK(whole.input_slices == std::vector<std::string>{"socket.h"});
  }
  SECTION("save and load keep every offset") {
    const std::vector<std::uint8_t> saved = e->save_index();
    auto f = make_engine();
    REQUIRE(f->load_index(std::string(saved.begin(), saved.end())).ok());
    for (const char* q :
         {"라브로프 doc:bom", "Лавров", "라브로프 doc:crlf", "라브로프 doc:euckr", "Lavrov"}) {
      INFO(q);
      const json before = json::parse(e->search_json(q, "{}"));
      CHECK(before["total"] > 0);
      CHECK(json::parse(f->search_json(q, "{}")) == before);
    }
  }
}

TEST_CASE("bytes that are not text are refused, and nothing is indexed", "[engine][search]") {
  auto e = make_engine();
  std::string junk;
  for (int i = 0; i < 400; ++i) junk += static_cast<char>(i % 7);
  const loupe::core::Status s = e->add_document("junk", "junk.bin", junk);
  CHECK(s.code() == loupe::core::StatusCode::kInvalidData);
  const json r = json::parse(e->add_document_json("junk", "junk.bin", junk));
  CHECK(r["ok"] == false);
  CHECK(r["error"]["code"] == "invalid_data");
  CHECK(json::parse(e->index_stats_json())["documents"] == 0);
}

TEST_CASE("the add envelope names the document's title (\"\" for none)", "[engine][title]") {
  auto e = make_engine();
  CHECK(json::parse(e->add_document_json("a", "notes.md", "# Переговоры\n\nтекст"))["title"] ==
        "Переговоры");
  CHECK(json::parse(e->add_document_json("b", "lavrov_interview.txt", "text"))["title"] ==
        "lavrov interview");
  const json none = json::parse(e->add_document_json("c", "000_d74994d38762cac4.txt", "text"));
  CHECK(none["ok"] == true);
  CHECK(none["title"] == "");
}
