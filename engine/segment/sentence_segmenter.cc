#include "segment/sentence_segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "core/utf8.h"
#include "segment/paragraph_segmenter.h"
#include "segment/utf16_text.h"

namespace loupe::segment {
namespace {

// Abbreviations after which a sentence rarely ends even when a capital follows. Kept short and
// case-sensitive on purpose: "etc." and "U.S." at a real sentence end are the price of the
// list ("U.S." is listed because "the U.S. President" is far more common than a final "U.S.").
constexpr std::string_view kAbbreviations[] = {
    // English
    "U.S.",
    "U.K.",
    "U.N.",
    "E.U.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
    "St.",
    "Jr.",
    "Sr.",
    "Gen.",
    "Col.",
    "Lt.",
    "Sgt.",
    "Gov.",
    "Sen.",
    "Rep.",
    "No.",
    "vs.",
    "e.g.",
    "i.e.",
    "Inc.",
    "Corp.",
    "Co.",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    // Spanish ("EE. UU." = Estados Unidos; the break after "UU." is kept: it often ends a sentence)
    "EE.",
    "Sra.",
    "Srta.",
    "Dña.",
    "Dra.",
    "Ud.",
    "Uds.",
    "pág.",
    "núm.",
    "aprox.",
    // Russian / Ukrainian
    "т.",
    "г.",
    "гг.",
    "им.",
    "ул.",
    "тыс.",
    "млн.",
    "млрд.",
    "руб.",
    "грн.",
    "проф.",
    "див.",
    "напр.",
    "ст.",
    "см.",
    "тис.",
    "р.",
    "рр.",
    "п.",
    "пп.",
};

// The whitespace-delimited word that ends at `end` (after dropping closing quotes/brackets).
std::string_view word_before(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t e = end;
  while (e > begin && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t')) --e;
  std::size_t b = e;
  while (b > begin && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '\t' &&
         text[b - 1] != '(' && text[b - 1] != '"') {
    --b;
  }
  return text.substr(b, e - b);
}

// "J." style initials: one upper-case letter (any script) followed by a period.
bool is_initial(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return false;
  core::DecodedChar c = core::decode_utf8_fast(word, 0);
  if (c.length + 1 != word.size()) return false;
  return u_isupper(static_cast<UChar32>(c.code_point));
}

// Sentence_Break values after which UAX #29 may end a sentence: STerm and ATerm (SB11) and the
// paragraph separators Sep, CR, LF (SB4). Every other break rule forbids a break (SB998).
bool may_end_sentence(UChar32 cp) {
  switch (u_getIntPropertyValue(cp, UCHAR_SENTENCE_BREAK)) {
    case U_SB_STERM:
    case U_SB_ATERM:
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF:
      return true;
    default:
      return false;
  }
}

// True when ICU can break `part` only at its end: no terminator or separator before its last
// character, so the sentence is the whole range and the iterator need not run. Most of our
// paragraphs are one line with at most a final period. Invalid UTF-8 goes to ICU.
bool single_sentence(std::string_view part) {
  static const auto ascii = [] {  // ICU's own property data, looked up once
    std::array<bool, 128> t{};
    for (UChar32 c = 0; c < 128; ++c) t[static_cast<std::size_t>(c)] = may_end_sentence(c);
    return t;
  }();
  if (part.size() >= static_cast<std::size_t>(INT32_MAX)) return false;
  for (std::size_t i = 0; i < part.size();) {
    const auto lead = static_cast<unsigned char>(part[i]);
    std::size_t len = 1;
    bool ends;
    if (lead < 0x80) {
      ends = ascii[lead];
    } else {
      const core::DecodedChar d = core::decode_utf8_fast(part, i);
      if (!d.valid) return false;
      len = d.length;
      ends = may_end_sentence(static_cast<UChar32>(d.code_point));
    }
    i += len;
    if (ends && i < part.size()) return false;
  }
  return true;
}

}  // namespace

bool is_non_terminal_abbreviation(std::string_view word) {
  if (is_initial(word)) return true;
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) !=
         std::end(kAbbreviations);
}

struct SentenceSegmenter::Impl {
  std::unique_ptr<icu::BreakIterator> breaker;
  Utf16Text utf16;  // the range being segmented, reused across calls
};

SentenceSegmenter::SentenceSegmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SentenceSegmenter::~SentenceSegmenter() = default;

core::Result<std::unique_ptr<SentenceSegmenter>> SentenceSegmenter::create() {
  UErrorCode ec = U_ZERO_ERROR;
  auto impl = std::make_unique<Impl>();
  impl->breaker.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), ec));
  if (U_FAILURE(ec) || !impl->breaker) {
    return core::Status(core::StatusCode::kInternal,
                        std::string("ICU sentence break rules unavailable: ") + u_errorName(ec));
  }
  return std::unique_ptr<SentenceSegmenter>(new SentenceSegmenter(std::move(impl)));
}

std::vector<core::ByteRange> SentenceSegmenter::segment(std::string_view utf8,
                                                        core::ByteRange range) {
  std::vector<core::ByteRange> out;
  if (range.end_byte > utf8.size() || range.begin_byte >= range.end_byte) return out;
  std::string_view part = utf8.substr(range.begin_byte, range.size());
  if (single_sentence(part)) {  // what the loop below yields for a single break at the end
    const core::ByteRange r = trim_whitespace(utf8, range);
    if (r.size() > 0) out.push_back(r);
    return out;
  }
  UErrorCode ec = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  Utf16Text& u16 = impl_->utf16;
  const bool wide = u16.assign(part);  // valid UTF-8: ICU reads the UTF-16 copy (utf16_text.h)
  if (wide) {
    utext_openUChars(&text, u16.data(), static_cast<int64_t>(u16.size()), &ec);
  } else {
    utext_openUTF8(&text, part.data(), static_cast<int64_t>(part.size()), &ec);
  }
  if (U_FAILURE(ec)) return out;
  icu::BreakIterator& it = *impl_->breaker;
  it.setText(&text, ec);
  std::size_t start = 0;  // relative to part
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next()) {
    const std::size_t end =
        wide ? u16.byte_offset(static_cast<std::size_t>(b)) : static_cast<std::size_t>(b);
    if (end < part.size() && is_non_terminal_abbreviation(word_before(part, start, end))) continue;
    core::ByteRange r = trim_whitespace(utf8, {range.begin_byte + start, range.begin_byte + end});
    if (r.size() > 0) out.push_back(r);
    start = end;
  }
  utext_close(&text);
  u16.release_above(std::size_t{1} << 20);  // a 2 MB paragraph's copy is 12 MB
  return out;
}

}  // namespace loupe::segment
