#include "segment/sentence_segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
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
    "U.S.", "U.K.", "U.N.", "E.U.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Jr.", "Sr.",
    "Gen.", "Col.", "Lt.", "Sgt.", "Gov.", "Sen.", "Rep.", "No.", "vs.", "e.g.", "i.e.", "Inc.",
    "Corp.", "Co.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    // Spanish ("EE. UU." = Estados Unidos; the break after "UU." is kept: it often ends a sentence)
    "EE.", "Sra.", "Srta.", "Dña.", "Dra.", "Ud.", "Uds.", "pág.", "núm.", "aprox.",
    // Russian / Ukrainian
    "т.", "г.", "гг.", "им.", "ул.", "тыс.", "млн.", "млрд.", "руб.", "грн.", "проф.", "див.",
    "напр.", "ст.", "см.", "тис.", "р.", "рр.", "п.", "пп.",
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
    const std::size_t end = wide ? u16.byte_offset(static_cast<std::size_t>(b)) : static_cast<std::size_t>(b);
    if (end < part.size() && is_non_terminal_abbreviation(word_before(part, start, end))) continue;
    core::ByteRange r = trim_whitespace(utf8, {range.begin_byte + start, range.begin_byte + end});
    if (r.size() > 0) out.push_back(r);
    start = end;
  }
  utext_close(&text);
  return out;
}

}  // namespace loupe::segment
