#include "normalize/input_decoder.h"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

#include "core/utf8.h"

namespace loupe::normalize {
namespace {

using core::Status;
using core::StatusCode;

constexpr std::size_t kBinaryProbeBytes = std::size_t{64} * 1024;
constexpr std::size_t kBinaryMinBytes = 32;
constexpr std::size_t kDetectProbeBytes = 1 << 20;  // ucsdet reads at most this much
constexpr int kMinConfidence = 10;
constexpr int32_t kMaxCandidates = 6;
constexpr std::size_t kScoreProbeBytes = std::size_t{16} * 1024;
constexpr double kMinPlausibility = 0.75;  // of 1.5: below, read as UTF-8 with U+FFFD

// What a refused binary file looks like it is, from its first bytes ("" when nothing known).
std::string_view known_format(std::string_view bytes) {
  static constexpr std::pair<std::string_view, std::string_view> kMagic[] = {
      {"%PDF-", "a PDF file: extract its text first"},
      {std::string_view("PK\x03\x04", 4), "a ZIP archive (also .docx, .xlsx, .odt, .epub)"},
      {"\x89PNG", "a PNG image"},
      {"\xFF\xD8\xFF", "a JPEG image"},
      {"GIF8", "a GIF image"},
      {"\x1F\x8B", "a gzip archive"},
      {"\x7F"
       "ELF",
       "an ELF executable"},
      {std::string_view("\0asm", 4), "a WebAssembly module"},
      {std::string_view("\xD0\xCF\x11\xE0", 4), "an old Office document (.doc, .xls)"},
  };
  for (const auto& [magic, name] : kMagic) {
    if (bytes.substr(0, magic.size()) == magic) return name;
  }
  return "";
}

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

// Whether any of the eight bytes is below 0x20 (exact as a test of all eight; borrows may mark
// other bytes too, so it tells nothing of which).
bool any_below_space(std::uint64_t w) { return ((w - kOnes * 0x20) & ~w & kHighBits) != 0; }

std::size_t control_bytes(std::string_view probe) {
  std::size_t control = 0;
  std::size_t i = 0;
  for (; i + 8 <= probe.size(); i += 8) {  // most words of text hold no byte below a space
    std::uint64_t w;
    std::memcpy(&w, probe.data() + i, 8);
    if (!any_below_space(w)) continue;
    for (std::size_t k = i; k < i + 8; ++k) {
      const auto c = static_cast<unsigned char>(probe[k]);
      if (c < 0x20 && !(c >= '\t' && c <= '\r') && c != 0x1B) ++control;
    }
  }
  for (; i < probe.size(); ++i) {
    const auto c = static_cast<unsigned char>(probe[i]);
    if (c < 0x20 && !(c >= '\t' && c <= '\r') && c != 0x1B) ++control;
  }
  return control;
}

Status binary_error(std::string_view bytes) {
  const std::string_view probe = bytes.substr(0, kBinaryProbeBytes);
  const std::size_t percent = control_bytes(probe) * 100 / std::max<std::size_t>(probe.size(), 1);
  const std::string_view format = known_format(bytes);
  std::string message = "looks like a binary file";
  if (!format.empty()) message += std::string(", ") + std::string(format);
  message += " (" + std::to_string(percent) + "% NUL or control bytes in the first " +
             std::to_string(probe.size()) +
             " bytes; not text in UTF-8, UTF-16 or a legacy charset)";
  return Status(StatusCode::kInvalidData, message);
}

// UTF-16 without a byte-order mark: text has spaces, digits, newlines or Latin letters, whose
// high byte is NUL, so NUL bytes gather on one side of the code units (odd offsets: little
// endian) and seldom on the other; no 8-bit charset or UTF-8 text has NUL bytes. Returns
// the byte order that pattern shows, or nullptr.
const char* utf16_by_nul_pattern(std::string_view bytes) {
  const std::size_t n = std::min(bytes.size(), kBinaryProbeBytes) & ~std::size_t{1};
  if (n < 8) return nullptr;
  std::size_t nul_even = 0, nul_odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    nul_even += bytes[i] == '\0';
    nul_odd += bytes[i + 1] == '\0';
  }
  const std::size_t units = n / 2;
  if (nul_odd * 20 >= units && nul_even * 4 <= nul_odd) return "UTF-16LE";
  if (nul_even * 20 >= units && nul_odd * 4 <= nul_even) return "UTF-16BE";
  return nullptr;
}

bool looks_binary(std::string_view bytes) {
  const std::string_view probe = bytes.substr(0, kBinaryProbeBytes);
  return probe.size() >= kBinaryMinBytes && control_bytes(probe) * 10 > probe.size();
}

struct Utf8Scan {
  std::size_t invalid = 0;        // invalid sequences
  std::size_t multibyte = 0;      // valid multi-byte characters
  std::size_t invalid_bytes = 0;  // bytes in invalid sequences
  std::size_t valid_bytes = 0;    // bytes in valid multi-byte characters
};

Utf8Scan scan_utf8(std::string_view bytes) {
  Utf8Scan s;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const auto b = static_cast<unsigned char>(bytes[pos]);
    if (b < 0x80) {  // eight ASCII bytes at once when they are
      std::uint64_t w = kHighBits;
      if (pos + 8 <= bytes.size()) std::memcpy(&w, bytes.data() + pos, 8);
      pos += (w & kHighBits) == 0 ? 8 : 1;
      continue;
    }
    // Well-formed two- and three-byte characters (Cyrillic, Hangul) need no decoding; E0
    // (overlongs) and ED A0-BF (surrogates) are left to the decoder.
    const auto cont = [&](std::size_t k) {
      return k < bytes.size() && (static_cast<unsigned char>(bytes[k]) & 0xC0) == 0x80;
    };
    const std::size_t n = b >= 0xC2 && b < 0xE0 && cont(pos + 1) ? 2
                          : b >= 0xE1 && b <= 0xEF && cont(pos + 1) && cont(pos + 2) &&
                                  (b != 0xED || static_cast<unsigned char>(bytes[pos + 1]) < 0xA0)
                              ? 3
                              : 0;
    if (n > 0) {
      ++s.multibyte, s.valid_bytes += n, pos += n;
      continue;
    }
    const core::DecodedChar d = core::decode_utf8_fast(bytes, pos);
    if (d.valid)
      ++s.multibyte, s.valid_bytes += d.length;
    else
      ++s.invalid, s.invalid_bytes += d.length;
    pos += d.length;
  }
  return s;
}

// UTF-8 with each maximal invalid subpart replaced by U+FFFD; `skip` leading bytes (a BOM) dropped.
DecodedText decode_utf8_replacing(std::string_view bytes, std::size_t skip) {
  DecodedText out;
  OffsetMapBuilder b;
  b.replace(skip, 0);
  out.text.reserve(bytes.size() - skip);
  std::size_t run = skip;  // start of the pending run of valid bytes
  for (std::size_t pos = skip; pos < bytes.size();) {
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const core::DecodedChar d = core::decode_utf8_fast(bytes, pos);
    if (!d.valid) {
      out.text.append(bytes.substr(run, pos - run));
      b.copy(pos - run);
      out.text.append("\xEF\xBF\xBD");
      b.replace(d.length, 3);
      ++out.report.invalid_sequences;
      run = pos + d.length;
    }
    pos += d.length;
  }
  out.text.append(bytes.substr(run));
  b.copy(bytes.size() - run);
  out.to_input = b.finish();
  return out;
}

// Converter callback: every illegal or unmappable sequence becomes one U+FFFD and is counted.
void count_and_substitute(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                          UConverterCallbackReason reason, UErrorCode* ec) {
  if (reason > UCNV_IRREGULAR) return;  // reset/close/clone: nothing to write
  ++*static_cast<std::size_t*>(const_cast<void*>(context));
  static const UChar kReplacement = 0xFFFD;
  *ec = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, ec);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts bytes[skip..] from `charset` to UTF-8, mapping each character to its input bytes
// through the converter's per-unit source offsets.
core::Result<DecodedText> convert_with_icu(std::string_view bytes, std::size_t skip,
                                           const char* charset) {
  UErrorCode ec = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(charset, &ec));
  if (U_FAILURE(ec)) {
    return Status(StatusCode::kInternal,
                  std::string("ICU converter for ") + charset + " is missing: " + u_errorName(ec));
  }
  DecodedText out;
  ucnv_setToUCallBack(cnv.get(), count_and_substitute, &out.report.invalid_sequences, nullptr,
                      nullptr, &ec);
  const std::string_view in = bytes.substr(skip);
  // No charset yields more UTF-16 units than input bytes, plus one U+FFFD per illegal byte.
  std::vector<UChar> units(in.size() + 16);
  std::vector<int32_t> offsets(units.size());
  UChar* target = units.data();
  const char* source = in.data();
  ucnv_toUnicode(cnv.get(), &target, units.data() + units.size(), &source, in.data() + in.size(),
                 offsets.data(), true, &ec);
  if (U_FAILURE(ec)) {
    return Status(StatusCode::kInvalidData,
                  std::string("cannot decode as ") + charset + ": " + u_errorName(ec));
  }
  const auto n = static_cast<int32_t>(target - units.data());
  OffsetMapBuilder b;
  b.replace(skip, 0);
  // The exact UTF-8 size, so the text is allocated once (growing it would hold twice its size).
  std::size_t utf8_size = 0;
  for (int32_t i = 0; i < n;) {
    UChar32 cp;
    U16_NEXT(units.data(), i, n, cp);
    utf8_size += static_cast<std::size_t>(U8_LENGTH(cp));
  }
  out.text.reserve(utf8_size);
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 cp;
    U16_NEXT(units.data(), i, n, cp);
    // Units produced from earlier bytes carry -1 only across calls; we convert in one call.
    const auto src_begin = static_cast<std::size_t>(std::max<int32_t>(offsets[start], 0)) + skip;
    const std::size_t src_end =
        i < n && offsets[i] >= 0 ? static_cast<std::size_t>(offsets[i]) + skip : bytes.size();
    if (src_begin > b.src_pos()) b.replace(src_begin - b.src_pos(), 0);  // bytes with no output
    char buf[4];
    int32_t len = 0;
    UBool error = false;  // cannot happen: U16_NEXT yields scalar values or lone surrogates
    U8_APPEND(buf, len, 4, cp, error);
    (void)error;
    out.text.append(buf, static_cast<std::size_t>(len));
    b.replace(src_end > b.src_pos() ? src_end - b.src_pos() : 0, static_cast<std::size_t>(len));
  }
  if (b.src_pos() < bytes.size()) b.replace(bytes.size() - b.src_pos(), 0);
  out.to_input = b.finish();
  out.report.encoding = charset;
  return out;
}

// How much a trial decoding looks like text in Loupe's languages: the share of letters in
// Latin, Hangul or Cyrillic, plus half the share of lower-case among cased letters (prose is
// mostly lower-case: this tells KOI8-R from windows-1251, whose upper and lower halves are
// swapped), minus twice the share of U+FFFD. Needed because ucsdet alone calls short KOI8-R
// Russian "ISO-8859-8-I" (Hebrew) and may not propose windows-1251 at all.
double plausibility(const std::string& utf8) {
  std::size_t letters = 0, ours = 0, bad = 0, cased = 0, lower = 0;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const core::DecodedChar d = core::decode_utf8_fast(utf8, pos);
    pos += d.length;
    const auto c = static_cast<UChar32>(d.code_point);
    if (c == 0xFFFD) ++bad;
    if (!u_isalpha(c)) continue;
    ++letters;
    UErrorCode ec = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(c, &ec);
    if (sc == USCRIPT_LATIN || sc == USCRIPT_HANGUL || sc == USCRIPT_CYRILLIC) ++ours;
    if (u_islower(c))
      ++lower, ++cased;
    else if (u_isupper(c))
      ++cased;
  }
  if (letters == 0) return 0;
  const auto n = static_cast<double>(letters);
  const double lower_share = cased ? static_cast<double>(lower) / static_cast<double>(cased) : 1;
  return static_cast<double>(ours) / n + 0.5 * lower_share - 2.0 * static_cast<double>(bad) / n;
}

// The most plausible legacy charset among ucsdet's top candidates (confidence >= 10) and the
// legacy charsets Loupe promises (tried after them, so ties keep the detector's choice); nullptr
// when none scores kMinPlausibility. UTF-8/16/32 candidates are ignored (decided earlier).
const char* detect_legacy(std::string_view bytes, int* confidence) {
  UErrorCode ec = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&ec);
  if (U_FAILURE(ec)) return nullptr;
  const std::string_view probe = bytes.substr(0, kDetectProbeBytes);
  ucsdet_setText(det, probe.data(), static_cast<int32_t>(probe.size()), &ec);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det, &count, &ec);
  std::vector<std::pair<const char*, int>> candidates;  // (name, confidence)
  for (int32_t i = 0; U_SUCCESS(ec) && i < std::min(count, kMaxCandidates); ++i) {
    const int conf = ucsdet_getConfidence(matches[i], &ec);
    const char* found = ucsdet_getName(matches[i], &ec);
    if (U_FAILURE(ec) || !found || conf < kMinConfidence || std::strncmp(found, "UTF-", 4) == 0) {
      continue;
    }
    // EUC-KR is a subset of windows-949 (CP949/UHC): decode with the superset.
    candidates.push_back({std::strcmp(found, "EUC-KR") == 0 ? "windows-949" : found, conf});
  }
  ucsdet_close(det);  // names are static strings, not owned by the detector
  for (const char* ours : {"windows-949", "windows-1251", "KOI8-R"})
    candidates.push_back({ours, 0});
  const char* best = nullptr;
  double best_score = kMinPlausibility;
  for (const auto& [name, conf] : candidates) {
    auto trial = convert_with_icu(probe.substr(0, kScoreProbeBytes), 0, name);
    if (!trial.ok()) continue;  // e.g. a converter left out of the wasm data
    const double score = plausibility(trial.value().text);
    if (score > best_score) {  // strictly better: ties keep the earlier candidate
      best_score = score;
      best = name;
      *confidence = conf;
    }
  }
  return best;
}

// UTF-16 text without a BOM (utf16_by_nul_pattern), or kNotFound. Refused when the result is
// not text: binary files of 16-bit numbers show the NUL pattern too, but decode to control
// characters or unpaired surrogates.
core::Result<DecodedText> decode_bomless_utf16(std::string_view bytes) {
  const Status none(StatusCode::kInvalidData, "not UTF-16");
  const char* charset = utf16_by_nul_pattern(bytes);
  if (!charset) return none;
  auto r = convert_with_icu(bytes, 0, charset);
  if (!r.ok()) return none;
  const std::string& text = r.value().text;
  const std::size_t chars = std::max<std::size_t>(bytes.size() / 2, 1);
  const bool mostly_valid = r.value().report.invalid_sequences * 100 <= chars;
  const std::string_view probe = std::string_view(text).substr(0, kBinaryProbeBytes);
  if (!mostly_valid || looks_binary(probe)) return none;
  r.value().report.confidence = 0;  // chosen by the NUL pattern, not proposed by ucsdet
  return r;
}

}  // namespace

core::Result<DecodedText> decode_as(std::string_view bytes, const char* charset) {
  return convert_with_icu(bytes, 0, charset);
}

core::Result<DecodedText> decode_input(std::string_view bytes) {
  const auto starts = [&](std::string_view p) { return bytes.substr(0, p.size()) == p; };
  if (starts("\xEF\xBB\xBF")) {
    DecodedText d = decode_utf8_replacing(bytes, 3);
    d.report.bom = true;
    return d;
  }
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
    auto r = convert_with_icu(bytes, 2, starts("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE");
    if (r.ok()) r.value().report.bom = true;
    return r;
  }
  const bool binary = looks_binary(bytes);
  const Utf8Scan scan = scan_utf8(bytes);
  if (binary || scan.invalid > 0) {
    if (auto utf16 = decode_bomless_utf16(bytes); utf16.ok()) return utf16;
  }
  if (binary) return binary_error(bytes);
  if (scan.invalid == 0) {
    DecodedText d;
    d.text.assign(bytes);
    d.to_input = OffsetMap::identity(bytes.size());
    return d;
  }
  // Legacy 8-bit text almost never forms valid UTF-8 sequences (EUC-KR, windows-1251 and KOI8-R
  // letters are mostly not continuation bytes), so when most non-ASCII bytes are valid UTF-8
  // the file is UTF-8 with some damage; only otherwise is a legacy charset tried.
  if (scan.valid_bytes < scan.invalid_bytes) {
    int confidence = 0;
    if (const char* charset = detect_legacy(bytes, &confidence)) {
      auto r = convert_with_icu(bytes, 0, charset);
      if (r.ok()) {
        r.value().report.confidence = confidence;
        return r;
      }
      // A converter missing from the (wasm) data: read as UTF-8 with replacements instead.
    }
  }
  return decode_utf8_replacing(bytes, 0);
}

}  // namespace loupe::normalize
