// Korean tagger spans against the lexicon's names: a person span ending in a listed country or
// institution loses it (`세르게이 나리시킨 러`, of `... 러 대외정보국 국장`), and a span that cuts
// a listed name at the start of its word becomes that name (`우크` of `우크라이나군은`), and a
// noun glued to a form of 하다/되다 is no name (`저지하는`). Sentences written for this test.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "extract/entities/entity_index.h"
#include "extract/entities/lexicon.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/name_key.h"

using loupe::entities::EntityType;
using loupe::entities::TaggedSpan;

namespace {

const loupe::entities::Lexicon& lexicon() {
  static loupe::entities::NameKeyer keyer;
  static const loupe::entities::Lexicon lexicon(keyer);
  return lexicon;
}

using Parts = std::vector<std::pair<std::string, EntityType>>;

// The parts korean_place_parts makes of the span `span` (found in `text`) typed `type`.
Parts parts_of(const std::string& text, const std::string& span, EntityType type) {
  const std::size_t at = text.find(span);
  REQUIRE(at != std::string::npos);
  std::vector<TaggedSpan> out;
  loupe::entities::korean_place_parts(lexicon(), text, {{at, at + span.size()}, type, 0.9f}, out);
  Parts parts;
  for (const TaggedSpan& p : out)
    parts.emplace_back(text.substr(p.bytes.begin_byte, p.bytes.size()), p.type);
  std::sort(parts.begin(), parts.end());
  return parts;
}

// The span korean_whole_listed_name makes of the first `piece` in `text`, typed `type`.
std::pair<std::string, EntityType> whole_of(const std::string& text, const std::string& piece,
                                            EntityType type) {
  const std::size_t at = text.find(piece);
  REQUIRE(at != std::string::npos);
  TaggedSpan s{{at, at + piece.size()}, type, 0.9f};
  loupe::entities::korean_whole_listed_name(lexicon(), text, s);
  return {text.substr(s.bytes.begin_byte, s.bytes.size()), s.type};
}

}  // namespace

TEST_CASE("Korean person spans: a listed country or institution after the name is its own",
          "[entities][korean]") {
  const auto kPer = EntityType::kPerson;
  CHECK(parts_of("세르게이 나리시킨 러 대외정보국 국장이 왔다.", "세르게이 나리시킨 러", kPer) ==
        Parts{{"러", EntityType::kLoc}, {"세르게이 나리시킨", kPer}});
  CHECK(parts_of("드미트리 페스코프 크렘린궁 대변인이 말했다.", "드미트리 페스코프 크렘린궁",
                 kPer) == Parts{{"드미트리 페스코프", kPer}, {"크렘린궁", EntityType::kOrg}});
  // A name of unlisted words, and a lone listed word: unchanged.
  CHECK(parts_of("안나 페트로바 교수가 말했다.", "안나 페트로바", kPer) ==
        Parts{{"안나 페트로바", kPer}});
  CHECK(parts_of("러 외무부가 발표했다.", "러", kPer) == Parts{{"러", kPer}});
}

TEST_CASE("Korean spans that cut a listed name at the start of its word become the name",
          "[entities][korean]") {
  const auto kLoc = EntityType::kLoc;
  CHECK(whole_of("우크라이나군은 보급선을 지켰다.", "우크", EntityType::kPerson) ==
        std::pair<std::string, EntityType>{"우크라이나", kLoc});
  CHECK(whole_of("그는 러시아의 점령에 반대했다.", "러시", EntityType::kPerson) ==
        std::pair<std::string, EntityType>{"러시아", kLoc});
  // The whole name, a longer span of the word, and an unlisted word: unchanged.
  CHECK(whole_of("우크라이나군은 후퇴했다.", "우크라이나", kLoc) ==
        std::pair<std::string, EntityType>{"우크라이나", kLoc});
  CHECK(whole_of("우크라이나군은 후퇴했다.", "우크라이나군", EntityType::kOrg) ==
        std::pair<std::string, EntityType>{"우크라이나군", EntityType::kOrg});
  CHECK(whole_of("페트로바는 웃었다.", "페트", EntityType::kPerson) ==
        std::pair<std::string, EntityType>{"페트", EntityType::kPerson});
}

TEST_CASE("Korean nouns glued to a form of 하다 or 되다 are verbs, not names",
          "[entities][korean]") {
  using loupe::entities::korean_verb_follows;
  const std::string s = "저지하는 동원된 한국하고 러시아한테 미해군";
  CHECK(korean_verb_follows(s, s.find("하는")));
  CHECK(korean_verb_follows(s, s.find("된")));
  CHECK_FALSE(korean_verb_follows(s, s.find("하고")));  // particles after a name
  CHECK_FALSE(korean_verb_follows(s, s.find("한테")));
  CHECK_FALSE(korean_verb_follows(s, s.find("해군")));  // 미 + 해군, the US Navy
  // 저지 is Jersey in the gazetteer: the untagged-name pass does not add it before 하는.
  loupe::entities::EntityIndex index;
  const std::string text = "미국은 중국의 부상을 저지하는 데 집중해야 한다.";
  index.add_document("doc", text);
  for (const auto& m : index.mentions()) CHECK(text.substr(m.bytes.begin_byte, 6) != "저지");
}

TEST_CASE("Korean names the training files mostly use as common words are not added by the lexicon",
          "[entities]") {
  // 수단 "means" is Sudan in the gazetteer, 크림 "cream" Crimea (korean_homographs.txt).
  loupe::entities::EntityIndex index;
  const std::string text =
      "협상은 외교적 수단을 통해서만 가능하다고 러시아 외무부가 밝혔다. 크림을 바른 빵도 나왔다.";
  index.add_document("doc", text);
  bool russia = false;
  for (const auto& m : index.mentions()) {
    const std::string surface = text.substr(m.bytes.begin_byte, m.bytes.size());
    CHECK(surface.rfind("수단", 0) != 0);
    CHECK(surface.rfind("크림", 0) != 0);
    russia = russia || surface == "러시아";
  }
  CHECK(russia);  // a listed name that is no common word is still found
}

TEST_CASE("Korean name parts: a foreign given name and its surname, tagged apart, are one person",
          "[entities][korean]") {
  using loupe::entities::Candidate;
  using loupe::entities::Script;
  const std::string text =
      "대표 무라야마 도미이치와 벤저민 조프, 김민준 박서연, 수지 이민호, 에두아 스페샤의 말.";
  std::vector<Candidate> out;
  for (const char* s : {"무라야마", "도미이치", "벤저민", "조프", "김민준", "박서연", "수지",
                        "이민호", "에두아", "스페샤"}) {
    Candidate c;
    const std::size_t b = text.find(s);
    REQUIRE(b != std::string::npos);
    c.bytes = {b, b + std::string(s).size()};
    c.type = EntityType::kPerson;
    c.script = Script::kHangul;
    c.confidence = 0.9f;
    out.push_back(c);
  }
  loupe::entities::join_foreign_name_parts(text, 0, out);
  std::vector<std::string> names;
  for (const Candidate& c : out) names.push_back(text.substr(c.bytes.begin_byte, c.bytes.size()));
  // Korean names listed side by side stay two people; so does a stage name before one.
  CHECK(names == std::vector<std::string>{"무라야마 도미이치", "벤저민 조프", "김민준", "박서연",
                                          "수지", "이민호", "에두아 스페샤"});
}
