#include "segment/word_segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <string>

#include "segment/utf16_text.h"

namespace loupe::segment {

const char* word_kind_name(WordKind kind) {
  switch (kind) {
    case WordKind::kNumber: return "number";
    case WordKind::kLetter: return "letter";
    case WordKind::kKana: return "kana";
    case WordKind::kIdeographic: return "ideographic";
  }
  return "letter";
}

struct WordSegmenter::Impl {
  std::unique_ptr<icu::BreakIterator> breaker;
  Utf16Text utf16;  // the text being segmented, reused across calls
};

WordSegmenter::WordSegmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
WordSegmenter::~WordSegmenter() = default;

core::Result<std::unique_ptr<WordSegmenter>> WordSegmenter::create() {
  UErrorCode ec = U_ZERO_ERROR;
  auto impl = std::make_unique<Impl>();
  impl->breaker.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), ec));
  if (U_FAILURE(ec) || !impl->breaker) {
    return core::Status(core::StatusCode::kInternal,
                        std::string("ICU word break rules unavailable: ") + u_errorName(ec));
  }
  return std::unique_ptr<WordSegmenter>(new WordSegmenter(std::move(impl)));
}

// Maps ICU rule status ranges (UWordBreak) to our kinds; false for spaces and punctuation.
static bool kind_of(int32_t status, WordKind* kind) {
  if (status >= UBRK_WORD_IDEO) *kind = WordKind::kIdeographic;
  else if (status >= UBRK_WORD_KANA) *kind = WordKind::kKana;
  else if (status >= UBRK_WORD_LETTER) *kind = WordKind::kLetter;
  else if (status >= UBRK_WORD_NUMBER) *kind = WordKind::kNumber;
  else return false;
  return true;
}

std::vector<WordSpan> WordSegmenter::segment(std::string_view utf8) {
  std::vector<WordSpan> spans;
  segment(utf8, spans);
  return spans;
}

void WordSegmenter::segment(std::string_view utf8, std::vector<WordSpan>& spans) {
  spans.clear();
  UErrorCode ec = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  Utf16Text& u16 = impl_->utf16;
  const bool wide = u16.assign(utf8);  // valid UTF-8: ICU reads the UTF-16 copy
  if (wide) {
    utext_openUChars(&text, u16.data(), static_cast<int64_t>(u16.size()), &ec);
  } else {
    utext_openUTF8(&text, utf8.data(), static_cast<int64_t>(utf8.size()), &ec);
  }
  if (U_FAILURE(ec)) return;  // only on lengths ICU cannot address; the input is untouched
  icu::BreakIterator& it = *impl_->breaker;
  it.setText(&text, ec);
  // ICU's boundary indexes are UTF-16 units of the copy, or byte offsets of a UTF-8 UText.
  const auto byte = [&](int32_t i) {
    return wide ? u16.byte_offset(static_cast<std::size_t>(i)) : static_cast<std::size_t>(i);
  };
  int32_t begin = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; begin = end, end = it.next()) {
    WordKind kind;
    if (kind_of(it.getRuleStatus(), &kind)) spans.push_back({{byte(begin), byte(end)}, kind});
  }
  utext_close(&text);
}

}  // namespace loupe::segment
