// Step 2: NFC. ICU's normalizeUTF8 reports every changed span through icu::Edits (the UTF-8
// counterpart of Lucene's ICUNormalizer2CharFilter bookkeeping), so each composed span maps to
// exactly the source bytes it came from. Text already in NFC (the usual case) is a quick check.
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <cstdint>
#include <cstring>

#include "core/utf8.h"
#include "normalize/repair_steps.h"

namespace loupe::normalize {

bool nfc_inert(char32_t cp) {
  if (cp < 0x300) return true;  // ASCII, Latin-1, Latin Extended-A/B, IPA, spacing modifiers
  if (cp >= 0xAC00) return cp <= 0xD7A3 || (cp >= 0xFF01 && cp <= 0xFF60);    // Hangul, fullwidth
  if (cp >= 0x4E00) return cp <= 0x9FFF;                                      // CJK ideographs
  return (cp >= 0x400 && cp <= 0x482) || (cp >= 0x48A && cp <= 0x52F) ||      // Cyrillic letters
         (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) ||  // punctuation
         (cp >= 0x3000 && cp <= 0x3029) || (cp >= 0x3131 && cp <= 0x318E);    // CJK marks, jamo
}

// A normalization boundary comes before every inert code point, so the text is NFC exactly
// when each stretch from the last inert code point before a non-inert one to the next inert
// one is: only those stretches go to ICU (whose check of the whole text read every byte).
bool is_nfc(std::string_view in) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  if (U_FAILURE(ec)) return true;  // as before: no ICU, the text kept as it is
  std::size_t inert_begin = 0;     // the last inert code point read (or the text's start)
  const auto* b = reinterpret_cast<const unsigned char*>(in.data());
  for (std::size_t p = 0; p < in.size();) {
    if (b[p] < 0x80) {  // ASCII, 8 bytes at a time where it can
      std::uint64_t word = 0;
      const std::size_t step =
          p + 8 <= in.size() && (std::memcpy(&word, b + p, 8), (word & 0x8080808080808080ull) == 0)
              ? 8
              : 1;
      inert_begin = p + step - 1, p += step;
      continue;
    }
    if (b[p] >= 0xEA && b[p] <= 0xED && p + 3 <= in.size()) {  // Hangul syllables (valid UTF-8)
      const unsigned cp = ((b[p] & 0x0Fu) << 12) | ((b[p + 1] & 0x3Fu) << 6) | (b[p + 2] & 0x3Fu);
      if (cp >= 0xAC00 && cp <= 0xD7A3) {
        inert_begin = p, p += 3;
        continue;
      }
    }
    const core::DecodedChar c = core::decode_utf8_fast(in, p);
    if (nfc_inert(c.code_point)) {
      inert_begin = p;
      p += c.length;
      continue;
    }
    std::size_t q = p + c.length;
    while (q < in.size() && !nfc_inert(core::decode_utf8_fast(in, q).code_point))
      q += core::decode_utf8_fast(in, q).length;
    const std::string_view stretch = in.substr(inert_begin, q - inert_begin);
    const icu::StringPiece piece(stretch.data(), static_cast<int32_t>(stretch.size()));
    if (!nfc->isNormalizedUTF8(piece, ec) || U_FAILURE(ec)) return U_FAILURE(ec);
    p = q;
  }
  return true;
}

StepOutput compose_nfc(std::string_view in) {
  StepWriter w(in);
  if (is_nfc(in)) return w.finish();
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  const icu::StringPiece piece(in.data(), static_cast<int32_t>(in.size()));
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized);
  icu::Edits edits;
  nfc->normalizeUTF8(0, piece, sink, &edits, ec);
  if (U_FAILURE(ec)) return StepWriter(in).finish();  // keep the text as it is
  icu::Edits::Iterator it = edits.getCoarseIterator();
  while (it.next(ec)) {
    const auto old_begin = static_cast<std::size_t>(it.sourceIndex());
    const auto old_end = old_begin + static_cast<std::size_t>(it.oldLength());
    if (!it.hasChange()) {
      w.copy_to(old_end);
      continue;
    }
    const auto new_begin = static_cast<std::size_t>(it.destinationIndex());
    w.replace_to(
        old_end,
        std::string_view(normalized).substr(new_begin, static_cast<std::size_t>(it.newLength())),
        RepairKind::kNfc);
  }
  return w.finish();
}

}  // namespace loupe::normalize
