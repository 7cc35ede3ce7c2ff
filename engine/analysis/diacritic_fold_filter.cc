#include "analysis/diacritic_fold_filter.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "core/utf8.h"

namespace loupe::analysis {
namespace {

bool is_latin_or_greek(char32_t cp) {
  return (cp >= 0x00C0 && cp <= 0x024F) || (cp >= 0x0370 && cp <= 0x03FF) ||
         (cp >= 0x1E00 && cp <= 0x1FFF);
}

bool is_combining_mark(char32_t cp) { return cp >= 0x0300 && cp <= 0x036F; }

void append_utf8(std::string& out, char32_t cp) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(cp), error);
  if (!error) out.append(buf, static_cast<std::size_t>(n));
}

// Letters with a stroke or ligatures: no canonical decomposition, folded by hand.
std::string_view special_fold(char32_t cp) {
  switch (cp) {
    case 0x00F8:
      return "o";  // ø
    case 0x0142:
      return "l";  // ł
    case 0x0111:
      return "d";  // đ
    case 0x0127:
      return "h";  // ħ
    case 0x00E6:
      return "ae";  // æ
    case 0x0153:
      return "oe";  // œ
    case 0x0131:
      return "i";  // dotless ı
    default:
      return {};
  }
}

}  // namespace

void DiacriticFoldFilter::fold(std::string& term) {
  // Fast path: nothing to do unless a Latin-1+ byte or Cyrillic ё (D1 91) is present.
  bool candidate = false;
  for (char c : term) {
    auto b = static_cast<unsigned char>(c);
    if (b >= 0xC3 && b <= 0xD1) candidate = true;  // U+00C0..U+047F: Latin, marks, Greek, Cyrillic
    if (b == 0xE1) candidate = true;               // U+1000..U+1FFF (Latin/Greek extended)
  }
  if (!candidate) return;
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(ec);
  if (U_FAILURE(ec)) return;
  out_.clear();
  icu::UnicodeString decomposition;
  bool after_latin = false;  // a stray combining mark after a Latin/Greek letter is dropped too
  for (std::size_t i = 0; i < term.size();) {
    core::DecodedChar d = core::decode_utf8_fast(term, i);
    char32_t cp = d.code_point;
    const bool latin = cp < 0x80 || is_latin_or_greek(cp);
    if (cp == 0x0451) {
      out_.append("е");  // ё -> е
    } else if (std::string_view s = special_fold(cp); !s.empty()) {
      out_.append(s);
    } else if (is_latin_or_greek(cp) &&
               nfd->getDecomposition(static_cast<UChar32>(cp), decomposition)) {
      for (int32_t k = 0; k < decomposition.length();) {
        auto part = static_cast<char32_t>(decomposition.char32At(k));
        if (!is_combining_mark(part)) append_utf8(out_, part);
        k += U16_LENGTH(part);
      }
    } else if (is_combining_mark(cp) && after_latin) {
      // dropped; after_latin stays set for a sequence of marks
      i += d.length;
      continue;
    } else {
      out_.append(term, i, d.length);
    }
    after_latin = latin;
    i += d.length;
  }
  term.swap(out_);
}

void DiacriticFoldFilter::apply(const FilterContext&, std::vector<AnalyzedToken>& tokens) {
  for (AnalyzedToken& t : tokens) fold(t.term);
}

}  // namespace loupe::analysis
