// Input decoding: the first pipeline stage. Input: the raw bytes of a file. Output: UTF-8 text
// plus an OffsetMap from UTF-8 text offsets to input byte offsets, and a report of what was done.
//
// Decision order (valid UTF-8 is never reinterpreted):
//  1. Empty input: ok, empty text, encoding "UTF-8".
//  2. A BOM decides: EF BB BF -> UTF-8 (BOM removed), FF FE -> UTF-16LE, FE FF -> UTF-16BE.
//  3. UTF-16 without a BOM, when the input looks binary or is not valid UTF-8: NUL bytes on one
//     side of the code units (>= 1 unit in 20 has a NUL high byte, the other side at most a
//     quarter as many: a Hangul syllable may end in 00) picks the byte order; kept if it decodes to
//     text (<= 1% invalid, not binary-looking), with confidence 0. Binary junk: if NUL plus other
//     C0 control bytes (not \t \n \v \f \r, ESC) exceed 10% of the first 64 KiB (inputs of 32 bytes
//     or more), kInvalidData "looks like a binary file" naming the format its first bytes show
//     (PDF, ZIP, PNG...) and the share of control bytes. A few NUL bytes in text are kept: they are
//     valid UTF-8 (normalize() turns them into spaces).
//  4. Valid UTF-8 (no invalid sequence): used as is, identity map. Charset detection never runs on
//     valid UTF-8, because detection on short text is unreliable.
//  5. Mostly UTF-8 (at least 4 valid multi-byte characters per invalid sequence): UTF-8, each
//     invalid sequence (maximal subpart, as TextDecoder) becomes U+FFFD, counted in
//     invalid_sequences, and the map points the U+FFFD at exactly the bytes it replaced.
//  6. Otherwise ICU's charset detector (ucsdet) proposes legacy charsets, windows-949, windows-1251
//     and KOI8-R are added, and each is scored on a trial decoding of the first 16 KiB (letters
//     in Latin/Hangul/Cyrillic, mostly lower case, few U+FFFD; see plausibility()). The best wins
//     if it scores well enough, else rule 5 applies. EUC-KR is decoded as its superset
//     windows-949 (CP949/UHC), so UHC-only syllables decode too. Bytes a converter cannot map
//     become U+FFFD (counted). A converter missing from the wasm data is skipped.
// E.g. decode_input("\xEF\xBB\xBFab") -> text "ab", to_input.to_source({0,2}) == {3,5}, bom true.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"
#include "normalize/offset_map.h"

namespace loupe::normalize {

struct DecodeReport {
  std::string encoding = "UTF-8";     // ICU name of the charset the bytes were read as
  bool bom = false;                   // a byte-order mark was found and removed
  std::size_t invalid_sequences = 0;  // byte sequences replaced by U+FFFD
  int confidence = 100;  // ucsdet confidence 0..100 for a detected charset (0: not proposed by
                         // ucsdet, chosen by plausibility alone); 100 when no detection ran
};

struct DecodedText {
  std::string text;    // UTF-8
  OffsetMap to_input;  // text byte offsets -> input byte offsets
  DecodeReport report;
};

core::Result<DecodedText> decode_input(std::string_view bytes);

// `bytes` read as the ICU charset `charset` (no detection, no BOM handling), with the same
// offset map decode_input makes for it. E.g. decode_as("\xCC\xE8\xF0", "windows-1251") ->
// text "Мир", to_input.to_source({2, 4}) == {1, 2}.
core::Result<DecodedText> decode_as(std::string_view bytes, const char* charset);

}  // namespace loupe::normalize
