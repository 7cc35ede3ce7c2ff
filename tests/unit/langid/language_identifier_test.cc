// Language identification on sentences written for these tests (no corpus text).
#include "langid/language_identifier.h"

#include <catch2/catch.hpp>
#include <string>

#include "langid/stopword_table.h"
#include "langid_sentences.h"

using loupe::core::Language;
using loupe::core::language_code;
using loupe::langid::identify_language;

namespace {

std::string name(Language l) { return std::string(language_code(l)); }

void check_all(Language want, const std::vector<const char*>& sentences) {
  for (const char* s : sentences) {
    const auto guess = identify_language(s);
    INFO(s << " -> " << name(guess.lang) << " " << guess.confidence);
    CHECK(name(guess.lang) == name(want));
    CHECK(guess.confidence >= 0.f);
    CHECK(guess.confidence <= 1.f);
  }
}

}  // namespace

TEST_CASE("Korean sentences are ko", "[langid]") {
  check_all(Language::kKo, loupe::test::kKoSentences);
}

TEST_CASE("English sentences are en", "[langid]") {
  check_all(Language::kEn, loupe::test::kEnSentences);
}

TEST_CASE("Spanish sentences are es", "[langid]") {
  check_all(Language::kEs, loupe::test::kEsSentences);
}

TEST_CASE("Russian sentences are ru", "[langid]") {
  check_all(Language::kRu, loupe::test::kRuSentences);
}

TEST_CASE("Ukrainian sentences are uk", "[langid]") {
  check_all(Language::kUk, loupe::test::kUkSentences);
}

TEST_CASE("French, German, Japanese and other text is other", "[langid]") {
  check_all(Language::kOther, loupe::test::kOtherSentences);
}

TEST_CASE("Too little evidence is other with zero confidence", "[langid]") {
  for (const char* s : {"", " \n\t ", "12 345 6789", "2021. 12. 7.", "Hello", "* * * * *",
                        "https://www.example.com/path/to/page?query=value&other=thing",
                        "www.example.org/long-long-path", "someone.somewhere@example.com"}) {
    const auto guess = identify_language(s);
    INFO('"' << s << '"');
    CHECK(guess.lang == Language::kOther);
    CHECK(guess.confidence == 0.f);
  }
}

TEST_CASE("Mixed-script paragraphs go by the majority of letters", "[langid]") {
  // Korean with an English gloss and an acronym.
  CHECK(identify_language("국제 질서(illiberal international order)의 변화와 NATO 확장에 대해 "
                          "정부가 새로운 입장을 밝혔다.")
            .lang == Language::kKo);
  // Korean sentence with a URL: the URL's letters do not count.
  CHECK(identify_language("자세한 내용은 https://www.example.com/reports/annual-summary 에서 볼 수 "
                          "있다.")
            .lang == Language::kKo);
  // English with a Korean name in it.
  CHECK(identify_language("The delegation from 서울 arrived on Monday and the talks were "
                          "expected to last for the whole week.")
            .lang == Language::kEn);
  // Russian with English titles in parentheses.
  CHECK(identify_language("Это решение было принято после долгих переговоров (Foreign Affairs "
                          "Committee) и его поддержали все члены комиссии.")
            .lang == Language::kRu);
  // Mostly Cyrillic with a short Latin brand name: Cyrillic decides.
  CHECK(identify_language("Компания Apple представила новый телефон, который будет продаваться "
                          "уже этой осенью.")
            .lang == Language::kRu);
}

TEST_CASE("Same-script pairs are told apart by their letters and words", "[langid]") {
  // Almost the same Cyrillic sentence: ы/э mark Russian, і/ї/є mark Ukrainian.
  CHECK(identify_language("Мы были в этом городе прошлым летом.").lang == Language::kRu);
  CHECK(identify_language("Ми були в цьому місті минулого літа.").lang == Language::kUk);
  CHECK(identify_language("Ми працюємо над цим.").lang == Language::kUk);  // the header's example
  // Ukrainian apostrophe inside a word.
  CHECK(identify_language("П'ять м'ясних пиріжків на обід").lang == Language::kUk);
  // Accents and inverted marks make Spanish; French accents make "other".
  CHECK(identify_language("¿Dónde está la estación de tren?").lang == Language::kEs);
  CHECK(identify_language("Où est la gare, s'il vous plaît ?").lang == Language::kOther);
}

TEST_CASE("Decomposed (NFD) accents still count", "[langid]") {
  // "¿Qué está pasando aquí?" with combining acute accents.
  CHECK(identify_language("Que\xCC\x81 esta\xCC\x81 pasando aqui\xCC\x81 con el tren").lang ==
        Language::kEs);
  // Korean in conjoining jamo (NFD): 한국어 문장입니다 decomposed.
  CHECK(identify_language("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\xE1\x84\x80\xE1\x85\xAE\xE1\x86\xA8"
                          "\xE1\x84\x8B\xE1\x85\xA5 \xE1\x84\x86\xE1\x85\xAE\xE1\x86\xAB"
                          "\xE1\x84\x8C\xE1\x85\xA1\xE1\x86\xBC")
            .lang == Language::kKo);
}

TEST_CASE("Invalid UTF-8, NUL bytes and long input never fail", "[langid]") {
  static constexpr char kHead[] = "The \xFF\xFE cat \x00 sat on the mat and it was ";
  const std::string bad = std::string(kHead, sizeof kHead - 1) +  // the NUL included
                          "\xC3 happy with the \xE2\x82 result of that.";
  CHECK(identify_language(bad).lang == Language::kEn);
  std::string longest;
  for (int i = 0; i < 20000; ++i) longest += "the cat and the dog ";
  const auto guess = identify_language(longest);
  CHECK(guess.lang == Language::kEn);
  CHECK(guess.confidence > 0.5f);
  // One enormous "word": the bounded word buffer must not overflow.
  CHECK(identify_language(std::string(100000, 'x')).lang == Language::kOther);
  CHECK(identify_language(std::string(60000, '(')).lang == Language::kOther);
}

TEST_CASE("Confidence grows with evidence", "[langid]") {
  const auto short_en = identify_language("the cat is on the mat");
  const auto long_en = identify_language(
      "The committee said that the new rules would come into force at the end of the year and "
      "that all of the member states had agreed to them.");
  REQUIRE(short_en.lang == Language::kEn);
  REQUIRE(long_en.lang == Language::kEn);
  CHECK(long_en.confidence > short_en.confidence);
  CHECK(long_en.confidence > 0.6f);
}

TEST_CASE("Stopword tables hold every word they were given", "[langid]") {
  using namespace loupe::langid;
  CHECK(latin_stopwords().lookup("the") == kLangEn);
  CHECK((latin_stopwords().lookup("de") & kLangEs) != 0);
  CHECK((latin_stopwords().lookup("de") & kLangOtherLatin) != 0);
  CHECK(latin_stopwords().lookup("también") == kLangEs);
  CHECK(latin_stopwords().lookup("und") == kLangOtherLatin);
  CHECK(latin_stopwords().lookup("zebra") == 0);
  CHECK(cyrillic_stopwords().lookup("что") == kLangRu);
  CHECK(cyrillic_stopwords().lookup("що") == kLangUk);
  CHECK(cyrillic_stopwords().lookup("свою") == (kLangRu | kLangUk));
  // add() silently stops at the fixed capacity: the lists must stay below it.
  CHECK(latin_stopwords().size() < StopwordTable::kCapacity);
  CHECK(cyrillic_stopwords().size() < StopwordTable::kCapacity);
  CHECK(cyrillic_stopwords().lookup("себе") == kLangUk);
}

TEST_CASE("The guess carries its text's dominant script, as dominant_script counts it",
          "[langid]") {
  using loupe::langid::dominant_script;
  using loupe::langid::LetterScript;
  using loupe::langid::ScriptLetters;
  CHECK(identify_language("Привет, world").dominant == ScriptLetters{LetterScript::kCyrillic, 6});
  CHECK(identify_language("ab гд").dominant ==
        ScriptLetters{LetterScript::kLatin, 2});  // a tie: Latin
  CHECK(identify_language("한국어 ㄱ ᄀ Ёж").dominant == ScriptLetters{LetterScript::kHangul, 5});
  CHECK(identify_language("Ærø Ṁ × ÷ 12").dominant == ScriptLetters{LetterScript::kLatin, 4});
  CHECK(identify_language("12 + 3 = ?").dominant == ScriptLetters{});
  CHECK(identify_language("").dominant == ScriptLetters{});
  // Invalid bytes, NFD marks, Han, NUL: both counts read them alike.
  std::vector<std::string> texts = {std::string("a\xC3\x28 b\xE2\x82 \xF0\x9F\x98\x80 е\xCC\x88ж"),
                                    std::string("x\0y", 3), "漢字 かな ÀÉ Ёлка 정상회의는"};
  using namespace loupe::test;
  for (const auto& group :
       {kKoSentences, kEnSentences, kEsSentences, kRuSentences, kUkSentences, kOtherSentences}) {
    for (const char* s : group) texts.emplace_back(s);
  }
  for (const std::string& t : texts) {
    INFO(t);
    CHECK(identify_language(t).dominant == dominant_script(t));
  }
}

TEST_CASE("Runs of Hangul syllables count one letter each, around jamo and broken bytes",
          "[langid]") {
  using loupe::langid::LetterScript;
  using loupe::langid::ScriptLetters;
  // A word longer than the scanner keeps (12 syllables, 36 bytes) still counts every syllable.
  const auto long_word = identify_language("가나다라마바사아자차카타 학교에 갔다");
  CHECK(long_word.dominant == ScriptLetters{LetterScript::kHangul, 17});
  CHECK(name(long_word.lang) == "ko");
  // U+D7FF (after the syllables' block) is not a syllable; a cut sequence ends the text.
  CHECK(identify_language("한국\xED\x9F\xBF어 ㄱ").dominant ==
        ScriptLetters{LetterScript::kHangul, 4});
  CHECK(identify_language("한국어\xEA\xB0").dominant == ScriptLetters{LetterScript::kHangul, 3});
  // Latin letters and syllables in one word: the syllables still count.
  CHECK(identify_language("NATO의 회의와 협의").dominant ==
        ScriptLetters{LetterScript::kHangul, 6});
}

TEST_CASE("Runs of А..я count one letter each, next to ё, ї and an apostrophe", "[langid]") {
  using loupe::langid::LetterScript;
  using loupe::langid::ScriptLetters;
  // A word longer than the scanner keeps (22 letters, 44 bytes) still counts every letter.
  const auto long_word = identify_language("Мы видели электроэнергетического объекта");
  CHECK(long_word.dominant == ScriptLetters{LetterScript::kCyrillic, 37});
  CHECK(name(long_word.lang) == "ru");
  CHECK(identify_language("Ёлка, їжак і м’ята").dominant ==
        ScriptLetters{LetterScript::kCyrillic, 13});
  CHECK(name(identify_language("Ми бачили п’ять міст і сім сіл").lang) == "uk");
}
