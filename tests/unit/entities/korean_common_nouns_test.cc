// Korean common nouns (정부 "government", 인민 "the people", 서방 "the West", 민중 "the masses")
// are no names: a word the first pass read as a name in fewer than half of its occurrences is
// not copied to the others at a fixed confidence, and its readings go (mention_propagation.cc);
// a name's further occurrences carry the evidence the first pass found for it, and no quote
// mark left on a word's stem. Sentences written for this test.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entities/lexicon.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/name_key.h"
#include "extract/entities/text_scan.h"

using loupe::entities::Candidate;
using loupe::entities::EntityType;
using loupe::entities::KnownNames;

namespace {

// The second pass (MentionFinder::add_known) over `text` with `known`, after counting the
// words that spell each known name outside the first pass's mentions `first` (by offset): the
// mentions then, surfaces and confidences.
std::vector<std::pair<std::string, float>> second_pass(const std::string& text, KnownNames known,
                                                       std::vector<Candidate> first) {
  static loupe::entities::NameKeyer keyer;
  static const loupe::entities::Lexicon lexicon(keyer);
  static const loupe::entities::CaseStats stats;
  loupe::entities::MentionFinder finder(lexicon, keyer, stats);
  const loupe::entities::ScannedText scan = loupe::entities::scan_text(text);
  const std::vector<loupe::entities::KoreanHit> hits =
      finder.count_korean(text, scan, first, known);
  std::vector<Candidate> again = first;  // the same pass looking each word up again
  finder.add_known(text, scan, known, first, &hits);
  finder.add_known(text, scan, known, again);
  REQUIRE(again.size() == first.size());
  for (std::size_t i = 0; i < first.size(); ++i) CHECK(again[i].bytes == first[i].bytes);
  std::vector<std::pair<std::string, float>> out;
  for (const Candidate& c : first) {
    REQUIRE(c.bytes.end_byte <= text.size());
    out.emplace_back(text.substr(c.bytes.begin_byte, c.bytes.size()), c.confidence);
  }
  return out;
}

Candidate hangul(const std::string& text, const std::string& surface, EntityType type,
                 float confidence) {
  const std::size_t at = text.find(surface);
  REQUIRE(at != std::string::npos);
  Candidate c;
  c.bytes = {at, at + surface.size()};
  c.type = type, c.confidence = confidence, c.script = loupe::entities::Script::kHangul;
  return c;
}

}  // namespace

TEST_CASE("Korean propagation: a word the first pass mostly did not read as a name stays",
          "[entities][korean]") {
  // 정부 read as an organization once (say, by a stray tagger span), and three times not.
  const std::string text =
      "정부는 새 예산안을 발표했다. 야당은 정부의 계획을 비판했고 정부 관계자는 반박했다. "
      "시민들은 정부가 약속을 지키기를 바란다.";
  KnownNames known;
  known.add_korean("정부", EntityType::kOrg, 0.9f);
  const auto out = second_pass(text, known, {hangul(text, "정부", EntityType::kOrg, 0.9f)});
  // No copy to the three other occurrences, and the one reading goes too: the corpus reads
  // the word as a common noun (before: four ORG mentions at 0.9 and 0.7).
  CHECK(out.empty());
}

TEST_CASE("Korean propagation: a name's other occurrences carry its evidence",
          "[entities][korean]") {
  // 박서연 found twice by the first pass (confidences 0.8 and 0.6), the third time not.
  const std::string text =
      "박서연 교수는 연구 결과를 발표했다. 박서연은 내년에도 연구를 이어간다. "
      "학생들은 박서연의 강의를 좋아한다.";
  KnownNames known;
  known.add_korean("박서연", EntityType::kPerson, 0.8f);
  known.add_korean("박서연", EntityType::kPerson, 0.6f);
  const std::size_t second = text.find("박서연", 3);
  Candidate a = hangul(text, "박서연", EntityType::kPerson, 0.8f);
  Candidate b = a;
  b.bytes = {second, second + std::string("박서연").size()}, b.confidence = 0.6f;
  const auto out = second_pass(text, known, {a, b});
  REQUIRE(out.size() == 3);
  for (const auto& [surface, confidence] : out) CHECK(surface == "박서연");
  // The third occurrence, without its particle: the best confidence times the share (2 of 3).
  CHECK(out[2].second == Approx(0.8f * 2.0f / 3.0f));
  // A fixed 0.7 would have passed off the first pass's 0.6 as more than it was.
  CHECK(out[1].second == Approx(0.6f));
}

TEST_CASE("Korean propagation: a closing quote on a stem stays out of the name",
          "[entities][korean]") {
  // The particle stripper leaves the quote on `‘박서연’이라는`'s stem: the name is 박서연.
  const std::string text =
      "박서연 교수는 연구를 이어간다. 학생들은 그를 ‘박서연’이라는 이름으로 부른다.";
  KnownNames known;
  known.add_korean("박서연", EntityType::kPerson, 0.9f);
  const auto out = second_pass(text, known, {hangul(text, "박서연", EntityType::kPerson, 0.9f)});
  REQUIRE(out.size() == 2);
  CHECK(out[1].first == "박서연");
}
