// A Latin gloss in brackets glued to a Hangul word is a name only when the word is one
// (korean_glosses.cc); words glued across scripts. Sentences written for this test.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entities/entity_index.h"
#include "extract/entities/mention_finder.h"

namespace {

// The surfaces of the mentions of `text`, checking each one's bytes lie in the text.
std::vector<std::string> surfaces(const std::string& text) {
  loupe::entities::EntityIndex index;
  index.add_document("doc", text);
  std::vector<std::string> out;
  for (const auto& m : index.mentions()) {
    REQUIRE(m.bytes.end_byte <= text.size());
    out.push_back(text.substr(m.bytes.begin_byte, m.bytes.size()));
  }
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("Korean glosses: the Latin spelling of a common word is no name", "[entities][korean]") {
  const auto found = surfaces("시는 새 야시장(Night Market)을 다음 달에 연다고 밝혔다.");
  CHECK_FALSE(has(found, "Night Market"));
  CHECK_FALSE(has(found, "Market"));
}

TEST_CASE("Korean glosses: the Latin spelling of a name stays", "[entities][korean]") {
  const auto found =
      surfaces("미국 국무부는 토니 블링컨(Antony Blinken) 장관이 서울을 방문한다고 밝혔다.");
  CHECK(has(found, "토니 블링컨"));
  CHECK(has(found, "Antony Blinken"));
}

TEST_CASE("Korean glued words: a Latin name inside a Hangul word is no mention",
          "[entities][korean]") {
  const auto found = surfaces("우즈는 지난해 US오픈에서 우승한 뒤 이란을 방문했다.");
  CHECK_FALSE(has(found, "US"));
  CHECK(has(found, "이란"));  // Iran, with its particle outside the span
}

TEST_CASE("Korean glued words: a particle after a quote is not the name it spells",
          "[entities][korean]") {
  const auto found = surfaces("그는 '인내' 이란 말을 좋아했고, 수구초심(首丘初心)이란 말도 썼다.");
  CHECK_FALSE(has(found, "이란"));
  // An opening quote: the country quoted stays.
  CHECK(has(surfaces("신문은 '이란' 특집을 실었다."), "이란"));
}

TEST_CASE("Korean glued words: a byline with an e-mail address is read as Korean",
          "[entities][korean]") {
  // More Latin letters than Hangul ones: the paragraph is still Korean (entity_models.cc).
  const auto found = surfaces("박서연 seo@news.kr·김민준 기자");
  CHECK(has(found, "박서연"));
  CHECK(has(found, "김민준"));
}

TEST_CASE("Korean glosses: a Han or Latin spelling glued to a name is a mention of its type",
          "[entities][korean]") {
  using loupe::entities::Candidate;
  using loupe::entities::EntityType;
  using loupe::entities::Script;
  const std::string text =
      "대변인 훙레이(洪磊)는 유엔식량계획(WFP)과 시장(市場)을 말했고, 바이든 (拜登)과 "
      "서울(Seoul)의 김모(32·여)씨, 국제자동차연맹(FIA)도 왔다. 연맹 본부(Fédération "
      "Internationale de l’Automobile)은 성장 함정(Growth trap)을 말했다.";
  auto at = [&](const std::string& s, EntityType t) {
    Candidate c;
    const std::size_t b = text.find(s);
    REQUIRE(b != std::string::npos);
    c.bytes = {b, b + s.size()};
    c.type = t;
    c.script = Script::kHangul;
    return c;
  };
  std::vector<Candidate> out = {
      at("훙레이", EntityType::kPerson),      at("유엔식량계획", EntityType::kOrg),
      at("바이든", EntityType::kPerson),      at("김모", EntityType::kPerson),
      at("국제자동차연맹", EntityType::kOrg), at("연맹 본부", EntityType::kOrg),
      at("성장 함정", EntityType::kOrg)};
  Candidate fia = at("FIA", EntityType::kOrg);  // already found: not added twice
  fia.script = Script::kLatin;
  fia.bytes = {text.find("(FIA)") + 1, text.find("(FIA)") + 4};
  out.push_back(fia);
  loupe::entities::add_glosses_of_names(text, 0, out);
  std::vector<std::string> added;
  for (std::size_t i = 8; i < out.size(); ++i)
    added.push_back(text.substr(out[i].bytes.begin_byte, out[i].bytes.size()));
  // 市場 glosses a word no candidate ends at; 拜登 is not glued; (32·여) is no spelling;
  // Seoul follows a word that is no candidate; `Growth trap` is a phrase, not a name.
  CHECK(added ==
        std::vector<std::string>{"洪磊", "WFP", "Fédération Internationale de l’Automobile"});
  REQUIRE(out.size() == 11);
  CHECK(out[8].type == EntityType::kPerson);
  CHECK(out[8].script == Script::kOther);
  CHECK(out[9].type == EntityType::kOrg);
  CHECK(out[9].script == Script::kLatin);
}

TEST_CASE("Korean foreign names: a span one syllable short of a final consonant takes it",
          "[entities][korean]") {
  const std::string text =
      "감독 로버트 로드리게즈는 타운젠드와 만났고, 선수 타운젠드 미국으로 라오스전이 "
      "로드리게즈씨는 끝났다.";
  auto grown = [&](const std::string& shown, std::size_t from = 0) {
    const std::size_t b = text.find(shown, from);
    REQUIRE(b != std::string::npos);
    loupe::entities::TaggedSpan s;
    s.bytes = {b, b + shown.size()};
    loupe::entities::korean_span_to_stem(text, s);
    return text.substr(s.bytes.begin_byte, s.bytes.size());
  };
  CHECK(grown("로버트 로드리게") == "로버트 로드리게즈");   // 즈, then the particle 는
  CHECK(grown("타운젠") == "타운젠드");                     // 드, then 와
  CHECK(grown("타운젠", text.find("선수")) == "타운젠드");  // 드 ends the word
  CHECK(grown("미국") == "미국");                           // 으 opens the particle 으로
  CHECK(grown("라오스") == "라오스");                       // 전 ("match") is no final consonant
  CHECK(grown("로드리게", text.find("라오스")) == "로드리게");  // 씨는 is no particle
}
