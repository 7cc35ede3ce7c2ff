// A Korean surname alone before a title (`이 센터장은`, `김 위원장의`) is a person, linked to
// the document's full name when one fits; the demonstrative 이 "this" and the article 한 "a"
// before other words are not (korean_surname_mentions.cc). Sentences written for this test.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entities/entity_index.h"

using loupe::entities::EntityType;
using loupe::entities::Mention;

namespace {

struct Found {
  std::vector<Mention> mentions;
  std::string text;
  // The mention at the `nth` occurrence of `surface` in the text (its bytes exactly), or null.
  const Mention* at(const std::string& surface, int nth = 0) const {
    std::size_t from = 0, at = std::string::npos;
    for (int k = 0; k <= nth; ++k, from = at + 1) at = text.find(surface, from);
    REQUIRE(at != std::string::npos);
    for (const Mention& m : mentions)
      if (m.bytes.begin_byte == at && m.bytes.end_byte == at + surface.size()) return &m;
    return nullptr;
  }
};

Found find(const std::string& text) {
  loupe::entities::EntityIndex index;
  index.add_document("doc", text);
  return {index.mentions(), text};
}

}  // namespace

TEST_CASE("Korean surnames: a surname alone before a title is a person", "[entities][korean]") {
  const Found f = find(
      "최근 문을 연 재활센터의 이 센터장은 환자가 늘었다고 말했다. 박 감독의 팀은 어제 "
      "경기에서 이겼다.");
  const Mention* lee = f.at("이");
  REQUIRE(lee);
  CHECK(lee->type == EntityType::kPerson);
  const Mention* park = f.at("박");
  REQUIRE(park);
  CHECK(park->type == EntityType::kPerson);
}

TEST_CASE("Korean surnames: a modifier may sit between the surname and the title",
          "[entities][korean]") {
  const Found f = find("기자회견에서 안 전 지사는 질문에 답하지 않았다.");
  const Mention* ahn = f.at("안");
  REQUIRE(ahn);
  CHECK(ahn->type == EntityType::kPerson);
}

TEST_CASE("Korean surnames: the demonstrative and the article stay words", "[entities][korean]") {
  // 이 "this" before a common noun; 한 "a" after a genitive and after an adnominal ending.
  const Found f = find(
      "이 문제는 오래전부터 논의됐다. 정부의 한 대변인은 답변을 미뤘다. 사정을 잘 아는 한 "
      "의원은 반대했다.");
  CHECK_FALSE(f.at("이"));
  CHECK_FALSE(f.at("한"));
  CHECK_FALSE(f.at("한", 1));
}

TEST_CASE("Korean surnames: 한 before 씨 is the surname, after an adnominal too",
          "[entities][korean]") {
  const Found f = find("어제 방송에 출연한 한 씨는 새 영화를 소개했다.");
  const Mention* han = f.at("한", 1);  // the first 한 ends 출연한
  REQUIRE(han);
  CHECK(han->type == EntityType::kPerson);
}

TEST_CASE("Korean surnames: the surname joins the one full name of the document that fits",
          "[entities][korean]") {
  const Found f = find(
      "정민호 위원장은 어제 새 계획을 발표했다. 위원회는 다음 달 표결한다. 정 위원장은 "
      "반대 의견도 듣겠다고 말했다.");
  const Mention* full = f.at("정민호");
  const Mention* alone = f.at("정", 1);
  REQUIRE(full);
  REQUIRE(alone);
  CHECK(alone->type == EntityType::kPerson);
  CHECK(alone->entity == full->entity);
}
