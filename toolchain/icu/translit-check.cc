// Opens each transliterator named on the command line and prints what it makes of a sample in
// every script Loupe romanizes. icu-wasm.sh builds it twice, natively against the system ICU
// (full data) and for wasm against the trimmed package, and requires identical output.
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <memory>
#include <string>

int main(int argc, char** argv) {
  // Hangul, Russian, Ukrainian and Latin with the quotes, dashes and fractions Latin-ASCII maps.
  const char* kSample =
      "세르게이 라브로프 외무장관 푸틴 쿱찬 서울 Сергей Лавров Путин Щёкино Київ Зеленський "
      "Ґудзь Їжак Łódź Ærøskøbing café naïve “Putin’s” ½ — ﬁn ＡＢＣ";
  int failures = 0;
  for (int i = 1; i < argc; ++i) {
    UErrorCode ec = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(argv[i], UTRANS_FORWARD, ec));
    if (U_FAILURE(ec) || !t) {
      std::printf("%s\tERROR %s\n", argv[i], u_errorName(ec));
      ++failures;
      continue;
    }
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(kSample);
    const icu::UnicodeString before = text;
    t->transliterate(text);
    std::string out;
    text.toUTF8String(out);
    std::printf("%s\t%s\n", argv[i], out.c_str());
    if (text == before) ++failures;  // a transliterator that changes nothing did not load its rules
  }
  return failures == 0 ? 0 : 1;
}
