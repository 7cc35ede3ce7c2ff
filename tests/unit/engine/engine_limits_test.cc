// Limits that are errors, not crashes: a document's size, the memory left, a query's size.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "document/prepared_document.h"
#include "engine.h"
#include "support/make_engine.h"

using nlohmann::json;

using loupe::test::make_engine;
using loupe::test::total_hits;

TEST_CASE("a document over the size limit is refused with a message stating the limit",
          "[engine]") {
  auto e = make_engine();
  const std::string huge(loupe::document::kMaxDocumentBytes + 1, 'a');
  const json r = json::parse(e->add_document_json("big", "big.txt", huge));
  CHECK(r["ok"] == false);
  CHECK(r["error"]["code"] == "out_of_range");
  CHECK(r["error"]["message"].get<std::string>().find("the limit is 134217728 bytes") !=
        std::string::npos);
  const json a = json::parse(e->analyze_json(huge));
  CHECK(a["error"]["code"] == "out_of_range");
}

TEST_CASE("a document that would not fit in the memory left is refused, the index kept",
          "[engine]") {
  auto e = make_engine();
  REQUIRE(e->add_document("a", "a.txt", "Lavrov met Haass in New York.").ok());
  const std::string second = "Lavrov spoke to reporters in Moscow about the talks.";
  std::size_t free = second.size() * loupe::Engine::kAddBytesPerInputByte - 1;
  std::size_t asked = 0;  // the probe is told what is needed, so it can stop counting there
  e->set_free_memory_probe([&](std::size_t need) {
    asked = need;
    return free;
  });
  const json r = json::parse(e->add_document_json("b", "b.txt", second));
  CHECK(asked == second.size() * loupe::Engine::kAddBytesPerInputByte);
  CHECK(r["ok"] == false);
  CHECK(r["error"]["code"] == "out_of_memory");
  CHECK(r["error"]["message"].get<std::string>().find("already indexed are kept") !=
        std::string::npos);
  CHECK(e->add_document("b", "b.txt", second).code() == loupe::core::StatusCode::kOutOfMemory);
  CHECK(total_hits(*e, "Lavrov") == 1);  // a.txt, still there; b.txt never added
  free += 1;
  REQUIRE(e->add_document("b", "b.txt", second).ok());
  CHECK(total_hits(*e, "Lavrov") == 2);
}

TEST_CASE("an over-long query is an error envelope with its position", "[engine]") {
  auto e = make_engine();
  REQUIRE(e->add_document("a", "a.txt", "Lavrov met Haass in New York.").ok());
  std::string q;
  while (q.size() < 100000) q += "Lavrov OR ";
  const json r = json::parse(e->search_json(q + "Haass", "{}"));
  CHECK(r["ok"] == false);
  CHECK(r["error"]["begin_byte"] == 2048);
}

TEST_CASE("analyze and tokenize streamed in pieces are the same envelopes", "[engine]") {
  auto e = make_engine();
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "라브\n로프는[1] nego-\ntiations went on.\r\n";
  std::string pieces;
  std::size_t calls = 0;
  const auto sink = [&](std::string_view s) { pieces += s, ++calls; };
  REQUIRE(e->analyze_to(text, true, sink).ok());
  CHECK(calls > 10);  // 64 KiB at a time, not whole
  CHECK(pieces == e->analyze_json(text, true));
  pieces.clear();
  REQUIRE(e->tokenize_to(text, sink).ok());
  CHECK(pieces == e->tokenize_json(text));
  pieces.clear();
  CHECK(e->analyze_to(std::string(64, '\x01'), false, sink).code() ==
        loupe::core::StatusCode::kInvalidData);
  CHECK(pieces == e->analyze_json(std::string(64, '\x01')));
}

// Issue 20: in wasm, analyze and tokenize of 100 MB aborted (their JSON built whole in the heap).
// Now the reply streams with a limit (a JS string's) and the input is checked against the memory
// left first; either way an out_of_memory envelope, and the engine keeps answering.
TEST_CASE("a streamed reply past its limit is out_of_memory, the engine still answers",
          "[engine]") {
  auto e = make_engine();
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Lavrov met Haass in New York. ";
  std::string pieces;
  const auto sink = [&](std::string_view s) { pieces += s; };
  const std::string whole = e->tokenize_json(text);
  const loupe::core::Status cut = e->tokenize_to(text, sink, whole.size() / 2);
  CHECK(cut.code() == loupe::core::StatusCode::kOutOfMemory);
  CHECK(cut.message().find("longer than") != std::string::npos);
  CHECK(pieces.size() <= whole.size() / 2);
  CHECK(whole.compare(0, pieces.size(), pieces) == 0);  // a prefix, never more
  pieces.clear();
  CHECK(e->analyze_to(text, false, sink, 4096).code() == loupe::core::StatusCode::kOutOfMemory);
  CHECK(pieces.size() <= 4096);
  pieces.clear();
  REQUIRE(e->tokenize_to(text, sink, whole.size()).ok());  // exactly the limit fits
  CHECK(pieces == whole);
}

TEST_CASE("analyze and tokenize refuse what would not fit in the memory left", "[engine]") {
  auto e = make_engine();
  std::size_t asked = 0;
  e->set_free_memory_probe([&](std::size_t need) { return asked = need, std::size_t{1} << 20; });
  const std::string text(200000, 'a');  // 200 KB: 2.4 (tokenize) or 4.8 (analyze) MB at its peak
  std::string pieces;
  const auto sink = [&](std::string_view s) { pieces += s; };
  const loupe::core::Status t = e->tokenize_to(text, sink);
  CHECK(t.code() == loupe::core::StatusCode::kOutOfMemory);
  CHECK(asked == text.size() * loupe::Engine::kTokenizeBytesPerInputByte);
  CHECK(json::parse(pieces)["error"]["code"] == "out_of_memory");
  pieces.clear();
  CHECK(e->analyze_to(text, true, sink).code() == loupe::core::StatusCode::kOutOfMemory);
  CHECK(asked == text.size() * loupe::Engine::kAnalyzeBytesPerInputByte);
  CHECK(json::parse(pieces)["error"]["message"].get<std::string>().find("to analyze") !=
        std::string::npos);
  pieces.clear();
  REQUIRE(e->analyze_to("Lavrov met Haass.", false, sink).ok());  // small text fits
  CHECK(json::parse(pieces)["ok"] == true);
}
