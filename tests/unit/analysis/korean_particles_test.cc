#include "analysis/korean_particles.h"

#include <catch2/catch.hpp>
#include <string>

using namespace loupe::analysis;

namespace {
std::string stem(std::string_view w, const KoreanEvidence* e = nullptr) {
  KoreanStem s = split_korean_word(w, e);
  REQUIRE(s.stem_bytes <= w.size());
  REQUIRE(s.stem_bytes + s.particle.size() == w.size());
  return std::string(w.substr(0, s.stem_bytes));
}
}  // namespace

TEST_CASE("split_korean_word separates particles from names and nouns", "[analysis]") {
  CHECK(stem("러시아의") == "러시아");
  CHECK(stem("라브로프가") == "라브로프");
  CHECK(stem("협상을") == "협상");
  CHECK(stem("라브로프와") == "라브로프");
  CHECK(stem("외무장관은") == "외무장관");
  CHECK(stem("미국과") == "미국");
  CHECK(stem("뉴욕에서") == "뉴욕");
  CHECK(stem("관리들을") == "관리");
  CHECK(stem("관리들") == "관리");
  CHECK(stem("미국과의") == "미국");
  CHECK(stem("우크라이나에서는") == "우크라이나");
  CHECK(stem("4월부터") == "4월");
  CHECK(stem("6인이") == "6인");
  CHECK(stem("NBC가") == "NBC");
  KoreanStem s = split_korean_word("외무장관은");
  CHECK(s.stem_bytes == 12);
  CHECK(s.particle == "은");
}

TEST_CASE("split_korean_word keeps words ending in a particle-like syllable", "[analysis]") {
  CHECK(stem("우크라이나") == "우크라이나");  // protected (나 after a vowel would fit)
  CHECK(stem("러시아") == "러시아");          // 아 is not a listed particle
  CHECK(stem("김정은") == "김정은");          // protected
  CHECK(stem("나토") == "나토");
  CHECK(stem("전문가") == "전문가");  // 가 needs a vowel before it; 문 ends in ㄴ
  CHECK(stem("국가") == "국가");
  CHECK(stem("마을") == "마을");  // 을 needs a consonant before it
  CHECK(stem("회의") == "회의");  // protected noun ending in 의
  CHECK(stem("민주주의") == "민주주의");
  CHECK(stem("역할") == "역할");  // one-syllable endings need a 2-letter stem
  CHECK(stem("그들") == "그들");  // plural 들 needs 2 letters left
}

TEST_CASE("split_korean_word strips after a protected word", "[analysis]") {
  CHECK(stem("회의의") == "회의");
  CHECK(stem("김정은이") == "김정은");
  CHECK(stem("우크라이나의") == "우크라이나");
  CHECK(stem("인도와") == "인도");
  CHECK(stem("결과의") == "결과");  // not 결 + 과의
  CHECK(stem("민주주의를") == "민주주의");
}

TEST_CASE("split_korean_word: short protected nouns do not block other words' tails",
          "[analysis]") {
  CHECK(stem("협정의") == "협정");        // 정의 is protected only as a whole word
  CHECK(stem("사회의") == "사회");        // likewise 회의
  CHECK(stem("군주의") == "군주의");      // the price of protecting 주의 anywhere
  CHECK(stem("제국주의") == "제국주의");  // 주의 ("-ism") is protected anywhere
}

TEST_CASE("split_korean_word strips 하다/되다 endings after nouns", "[analysis]") {
  CHECK(stem("확인했다") == "확인");
  CHECK(stem("강조했다") == "강조");
  CHECK(stem("진행되는") == "진행");
  CHECK(stem("논의하는") == "논의");
  CHECK(stem("포함됐다") == "포함");
}

TEST_CASE("split_korean_word on non-Korean and odd input", "[analysis]") {
  CHECK(stem("") == "");
  CHECK(stem("Lavrov") == "Lavrov");
  CHECK(stem("가") == "가");  // never an empty stem
  CHECK(stem("은") == "은");
  CHECK(stem("\xFF\xFE") == "\xFF\xFE");
  CHECK(stem("\xEA\xB0") == "\xEA\xB0");  // truncated Hangul
}

TEST_CASE("KoreanEvidence keeps a stem the document shows with a particle", "[analysis]") {
  // 모스크바나 could be 모스크바 + 나 ("or"); without evidence it is split.
  CHECK(stem("고르바초프나") == "고르바초프");
  // A made-up name ending in 나 that the text also shows as 타티아나의 / 타티아나를.
  CHECK(stem("타티아나") == "타티아");
  KoreanEvidence e;
  std::string doc = "타티아나의 타티아나를 타티아나";
  e.add(std::string_view(doc).substr(0, 15));
  e.add(std::string_view(doc).substr(16, 15));
  CHECK(e.is_evidenced_stem("타티아나"));
  CHECK(stem("타티아나", &e) == "타티아나");
  CHECK(stem("타티아나의", &e) == "타티아나");
  CHECK(stem("관리들을", &e) == "관리");  // words without evidence split as before
}
