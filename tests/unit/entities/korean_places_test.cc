// korean_place_parts: a Korean LOC span of several places split into one span per place (the
// product's convention and the trainer's --split-places). Sentences written for this test.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "extract/entities/lexicon.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/name_key.h"

using loupe::entities::EntityType;
using loupe::entities::TaggedSpan;

namespace {

// The parts of the LOC span `span` (found in `text`), as surfaces; checks every part's bytes.
std::vector<std::string> parts_of(const std::string& text, const std::string& span,
                                  EntityType type = EntityType::kLoc) {
  static loupe::entities::NameKeyer keyer;
  static const loupe::entities::Lexicon lexicon(keyer);
  const std::size_t at = text.find(span);
  REQUIRE(at != std::string::npos);
  std::vector<TaggedSpan> out;
  loupe::entities::korean_place_parts(lexicon, text, {{at, at + span.size()}, type, 0.9f}, out);
  std::vector<std::string> surfaces;
  for (const TaggedSpan& p : out) {
    REQUIRE(p.bytes.begin_byte >= at);
    REQUIRE(p.bytes.end_byte <= at + span.size());
    CHECK(p.type == type);
    surfaces.push_back(text.substr(p.bytes.begin_byte, p.bytes.size()));
  }
  return surfaces;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("Korean places: a country, a province or a unit before a place is its own place",
          "[entities][korean]") {
  // A listed country before a state, a listed capital before a district.
  CHECK(parts_of("공장은 미국 오하이오주에 있다.", "미국 오하이오주") == V{"미국", "오하이오주"});
  CHECK(parts_of("행사는 서울 마포구에서 열린다.", "서울 마포구") == V{"서울", "마포구"});
  // A province, then a city ending in 시, then a town: three places.
  CHECK(parts_of("그는 경상남도 김해시 진영읍에서 자랐다.", "경상남도 김해시 진영읍") ==
        V{"경상남도", "김해시", "진영읍"});
  // A metropolitan city the gazetteer does not list, then a district and a neighbourhood.
  CHECK(parts_of("그는 대구 달서구 월성동에 산다.", "대구 달서구 월성동") ==
        V{"대구", "달서구", "월성동"});
}

TEST_CASE("Korean places: names that are one place stay whole", "[entities][korean]") {
  // The first word is no place: one name.
  CHECK(parts_of("타임스 스퀘어에 사람들이 모였다.", "타임스 스퀘어") == V{"타임스 스퀘어"});
  // What follows the place is no place of its own: a coast, a square, an army, a province.
  CHECK(parts_of("관광객들이 제주 해안을 걸었다.", "제주 해안") == V{"제주 해안"});
  CHECK(parts_of("시민들이 서울 광장에 모였다.", "서울 광장") == V{"서울 광장"});
  CHECK(parts_of("우크라이나 군은 후퇴했다.", "우크라이나 군") == V{"우크라이나 군"});
  CHECK(parts_of("전투가 도네츠크 주에서 이어졌다.", "도네츠크 주") == V{"도네츠크 주"});
  // One word, and a span that is not a place: unchanged.
  CHECK(parts_of("울산에 비가 왔다.", "울산") == V{"울산"});
  CHECK(parts_of("미국 국무부가 발표했다.", "미국 국무부", EntityType::kOrg) == V{"미국 국무부"});
}

TEST_CASE("Korean places: 'area' after a place is not part of it", "[entities][korean]") {
  CHECK(parts_of("광주 지역에 폭우가 내렸다.", "광주 지역") == V{"광주"});
  CHECK(parts_of("러시아 영토를 공격했다.", "러시아 영토") == V{"러시아"});
  CHECK(parts_of("경기도 수원시 일대가 정전됐다.", "경기도 수원시 일대") == V{"경기도", "수원시"});
}

TEST_CASE("Korean places: one name word after a listed country is a place of its own",
          "[entities][korean]") {
  CHECK(parts_of("회의는 베트남 하노이에서 열렸다.", "베트남 하노이") == V{"베트남", "하노이"});
  CHECK(parts_of("시위가 브라질 상파울루로 번졌다.", "브라질 상파울루") == V{"브라질", "상파울루"});
  // The state itself, a site of the place: one span.
  CHECK(parts_of("러시아 연방 전체가 영향을 받았다.", "러시아 연방") == V{"러시아 연방"});
  CHECK(parts_of("손님들이 인천 공항에 도착했다.", "인천 공항") == V{"인천 공항"});
}

TEST_CASE("Korean places: a factory or a shipyard after a place is not part of it",
          "[entities][korean]") {
  // The place need not be listed: the word after it names a site, not a place.
  CHECK(parts_of("회사는 평택 공장을 넓혔다.", "평택 공장") == V{"평택"});
  CHECK(parts_of("배가 울산 조선소에서 진수됐다.", "울산 조선소") == V{"울산"});
}

TEST_CASE("Korean places: a short Latin word after a place is read safely", "[entities][korean]") {
  // `LA` has two code points in two bytes: the unit and town endings (3 bytes) must not be
  // cut from before its start (this threw std::out_of_range).
  CHECK(parts_of("그는 미국 LA에서 일했다.", "미국 LA") == V{"미국 LA"});
  CHECK(parts_of("그는 서울 A1 구역에 산다.", "서울 A1") == V{"서울 A1"});
}

TEST_CASE("Korean person spans: a listed organization or place before the name is its own",
          "[entities][korean]") {
  static loupe::entities::NameKeyer keyer;
  static const loupe::entities::Lexicon lexicon(keyer);
  auto parts = [&](const std::string& text, const std::string& span) {
    const std::size_t at = text.find(span);
    REQUIRE(at != std::string::npos);
    std::vector<TaggedSpan> out;
    loupe::entities::korean_place_parts(lexicon, text,
                                        {{at, at + span.size()}, EntityType::kPerson, 0.9f}, out);
    std::vector<std::pair<std::string, EntityType>> got;
    for (const TaggedSpan& p : out)
      got.emplace_back(text.substr(p.bytes.begin_byte, p.bytes.size()), p.type);
    return got;
  };
  using P = std::vector<std::pair<std::string, EntityType>>;
  // The tagger joined the alliance and the president it names after it.
  CHECK(parts("회의에서 나토 마크롱 대통령이 발언했다.", "나토 마크롱") ==
        P{{"나토", EntityType::kOrg}, {"마크롱", EntityType::kPerson}});
  CHECK(parts("그는 러시아 푸틴에게 편지를 보냈다.", "러시아 푸틴") ==
        P{{"러시아", EntityType::kLoc}, {"푸틴", EntityType::kPerson}});
  // A given name and a surname stay one person.
  CHECK(parts("조 바이든 대통령이 말했다.", "조 바이든") == P{{"조 바이든", EntityType::kPerson}});
}
