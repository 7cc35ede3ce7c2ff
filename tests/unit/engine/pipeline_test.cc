// The whole front of the pipeline (document::prepare_document / Engine::analyze_json) on hand-made
// and random input: every offset points at the right text, bad input gets a clear answer, nothing
// crashes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "engine.h"
#include "support/pipeline_check.h"

namespace {

loupe::Engine& engine() {
  static std::unique_ptr<loupe::Engine> e = std::move(loupe::Engine::create().value());
  return *e;
}

nlohmann::json analyze(std::string_view input) {
  return nlohmann::json::parse(engine().analyze_json(input, true));
}

std::vector<std::string> terms(const nlohmann::json& j) {
  std::vector<std::string> out;
  for (const auto& t : j["tokens"]) out.push_back(t["term"]);
  return out;
}

}  // namespace

TEST_CASE("analyze_json repairs a PDF-style text and reports paragraphs, languages and terms",
          "[engine]") {
  // Hard-wrapped lines of similar width, a Hangul word broken across lines that the document
  // also shows whole, a footnote marker, and an English paragraph.
  const std::string text =
      "세르게이 라브로프 러시아 외무장관은 지난 4월 뉴욕에서 미국 관리들을 만났다고 말했\n"
      "다. 라브로프가 참석한 회담에서 비밀 협상을 위한 정지 작업이 진행되었다고 라브\n"
      "로프와 가까운 인사들이 전했다.[1] 외교관계위원회 의장도 그 자리에 있었다고 한다.\n"
      "\n"
      "Former officials met Sergey Lavrov in New York for secret negotiations about the war.\n";
  const auto j = analyze(text);
  REQUIRE(j["ok"] == true);
  REQUIRE(j["paragraphs"].size() == 2);
  CHECK(j["paragraphs"][0]["lang"] == "ko");
  CHECK(j["paragraphs"][1]["lang"] == "en");
  const auto t = terms(j);
  CHECK(std::count(t.begin(), t.end(), "라브로프") == 3);  // 라브로프, 라브로프가, 라브\n로프와
  CHECK(std::find(t.begin(), t.end(), "협상") != t.end());
  CHECK(std::find(t.begin(), t.end(), "negoti") != t.end());
  CHECK(std::find(t.begin(), t.end(), "1") == t.end());  // the footnote marker is not a token
  bool joined = false;
  for (const auto& tok : j["tokens"]) {
    // UTF-16 offsets slice the decoded text; bytes slice the input.
    CHECK(text.substr(tok["begin_byte"],
                      tok["end_byte"].get<int>() - tok["begin_byte"].get<int>()) == tok["surface"]);
    if (tok["surface"] == "라브\n로프와")
      joined = tok["repairs"].dump().find("hangul_join") != std::string::npos;
  }
  CHECK(joined);
}

TEST_CASE("analyze_json gives clear answers for bad input", "[engine]") {
  CHECK(analyze("")["ok"] == true);
  CHECK(analyze("")["tokens"].empty());
  // Mostly valid UTF-8 stays UTF-8; each invalid sequence becomes U+FFFD and is counted.
  const auto invalid = analyze("한국어 문서 ab\xFF\xFE cd \xE2\x82 끝");
  CHECK(invalid["ok"] == true);
  CHECK(invalid["encoding"] == "UTF-8");
  CHECK(invalid["invalid_sequences"] == 3);
  CHECK(terms(invalid) == std::vector<std::string>{"한국어", "문서", "ab", "cd", "끝"});
  const auto nul = analyze(std::string("one\0two", 7));
  CHECK(terms(nul) == std::vector<std::string>{"one", "two"});
  const auto crlf = analyze("line one\r\nline two\rthree");
  CHECK(crlf["ok"] == true);
  const auto bom = analyze("\xEF\xBB\xBFПривет мир");
  CHECK(bom["bom"] == true);
  CHECK(bom["tokens"][0]["begin_byte"] == 3);  // input bytes: after the BOM
  CHECK(bom["tokens"][0]["begin_u16"] == 0);   // decoded text: the BOM is gone
  std::string junk(4096, '\0');
  for (std::size_t i = 0; i < junk.size(); i += 3) junk[i] = static_cast<char>(i * 7);
  const auto bin = analyze(junk);
  CHECK(bin["ok"] == false);
  CHECK(bin["error"]["code"] == "invalid_data");
}

TEST_CASE("pipeline offsets hold for random multilingual input", "[engine][property]") {
  std::mt19937 rng(7);
  const char* pieces[] = {"라브로프가 ", "라브\n로프 ",
                          "협상을\n",    "Путина ",
                          "Україні ",    "negocia-\nción ",
                          "café ",       "cafe\u0301 ",
                          "\r\n",        "\n\n",
                          "[1] ",        "😀 ",
                          "\xFF",        "\xE2\x82",
                          "4월 ",        "https://example.org/a?b=1 ",
                          "x@y.org ",    "극 동 연 방 ",
                          "\t",          "\uFDFA "};
  for (int round = 0; round < 150; ++round) {
    std::string input;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) input += pieces[rng() % std::size(pieces)];
    auto doc = loupe::test::prepare(input);
    if (!doc.ok()) continue;  // random bytes may look binary: a clear error is fine
    INFO("round " << round);
    loupe::test::check_pipeline_offsets(input, *doc.value());
  }
}
