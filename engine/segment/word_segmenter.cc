#include "segment/word_segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbbi.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>

#include "segment/utf16_text.h"

namespace loupe::segment {

const char* word_kind_name(WordKind kind) {
  switch (kind) {
    case WordKind::kNumber:
      return "number";
    case WordKind::kLetter:
      return "letter";
    case WordKind::kKana:
      return "kana";
    case WordKind::kIdeographic:
      return "ideographic";
  }
  return "letter";
}

namespace {

// ICU's U_ICUDATA_BRKITR (an internal header): the tree of break rules and dictionaries.
constexpr const char* kBrkitr = U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr";

// Whether any item named in table `key` of the brkitr root ("cjdict.dict") can be opened, as
// ICULanguageBreakFactory opens dictionaries (udata) and LSTM models (resource bundles).
// A missing table means none; any other failure counts as "yes".
bool any_item_opens(UResourceBundle* root, const char* key, bool bundle) {
  UErrorCode ec = U_ZERO_ERROR;
  UResourceBundle* table = ures_getByKey(root, key, nullptr, &ec);
  bool found = U_FAILURE(ec) && ec != U_MISSING_RESOURCE_ERROR;
  while (!found && U_SUCCESS(ec) && ures_hasNext(table)) {
    int32_t length = 0;
    const UChar* file = ures_getNextString(table, &length, nullptr, &ec);
    if (U_FAILURE(ec)) {
      found = true;
      break;
    }
    std::string name, ext;  // "cjdict.dict" -> "cjdict" of type "dict"
    for (int32_t i = 0; i < length; ++i) name += static_cast<char>(file[i]);
    if (const std::size_t dot = name.rfind('.'); dot != std::string::npos) {
      ext = name.substr(dot + 1), name.resize(dot);
    }
    UErrorCode open_ec = U_ZERO_ERROR;
    if (bundle) {
      ures_close(ures_openDirect(kBrkitr, name.c_str(), &open_ec));
    } else {
      udata_close(udata_open(kBrkitr, ext.c_str(), name.c_str(), &open_ec));
    }
    found = found || U_SUCCESS(open_ec);
  }
  ures_close(table);
  return found;
}

// Whether ICU's data holds a word-break dictionary or LSTM model. Our wasm data keeps none,
// so there every dictionary character takes the rules' boundaries.
bool icu_has_break_dictionaries() {
  UErrorCode ec = U_ZERO_ERROR;
  UResourceBundle* root = ures_open(kBrkitr, "", &ec);
  const bool found = U_FAILURE(ec) || any_item_opens(root, "dictionaries", false) ||
                     any_item_opens(root, "lstm", true);
  ures_close(root);
  return found;
}

// The root locale's word rules (what createWordInstance(root) reads, "boundaries/word" of the
// brkitr root), copied into `storage` with a forward table that counts no character category
// as a dictionary one (RBBIStateTable::fDictCategoriesStart, format 6 of ICU 68+); nullptr
// when the data or its layout is not the one expected. The state machine is untouched, so it
// finds the same boundaries with the same statuses; it only skips the dictionary detour,
// which for Hangul found no break but rebuilt a script set per switch between scripts and
// looked up engines per run.
std::unique_ptr<icu::BreakIterator> plain_word_rules(std::unique_ptr<std::uint32_t[]>& storage) {
  UErrorCode ec = U_ZERO_ERROR;
  UResourceBundle* root = ures_open(kBrkitr, "", &ec);
  UResourceBundle* boundaries = ures_getByKey(root, "boundaries", nullptr, &ec);
  int32_t length = 0;
  const UChar* file = ures_getStringByKey(boundaries, "word", &length, &ec);
  std::string name;  // "word.brk" -> "word" of type "brk"
  for (int32_t i = 0; U_SUCCESS(ec) && i < length; ++i) name += static_cast<char>(file[i]);
  ures_close(boundaries);
  ures_close(root);
  if (U_FAILURE(ec) || name.size() < 5 || name.compare(name.size() - 4, 4, ".brk") != 0) {
    return nullptr;
  }
  name.resize(name.size() - 4);
  UDataMemory* memory = udata_open(kBrkitr, "brk", name.c_str(), &ec);
  if (U_FAILURE(ec)) return nullptr;
  const auto* data = static_cast<const std::uint8_t*>(udata_getMemory(memory));
  // RBBIDataHeader: fMagic, fFormatVersion[4], fLength, fCatCount, fFTable, fFTableLen, ...
  constexpr std::uint32_t kMagic = 0xb1a0, kFormat = 6, kHeaderBytes = 24, kTableHeaderBytes = 20;
  std::uint32_t header[6];
  std::memcpy(header, data, kHeaderBytes);
  const std::uint32_t bytes = header[2], table = header[4], table_bytes = header[5];
  const bool expected = header[0] == kMagic && data[4] == kFormat && bytes >= kHeaderBytes &&
                        bytes % 4 == 0 && table % 4 == 0 && table_bytes >= kTableHeaderBytes &&
                        table <= bytes - table_bytes;
  if (expected) {
    storage.reset(new std::uint32_t[bytes / 4]);  // not zeroed first: ~100k instructions
    std::memcpy(storage.get(), data, bytes);
  }
  udata_close(memory);
  if (!expected) return nullptr;
  // RBBIStateTable: fNumStates, fRowLen, fDictCategoriesStart, ...
  storage[table / 4 + 2] = std::numeric_limits<std::uint32_t>::max();
  auto plain = std::make_unique<icu::RuleBasedBreakIterator>(
      reinterpret_cast<const std::uint8_t*>(storage.get()), bytes, ec);
  if (U_FAILURE(ec)) return nullptr;
  return plain;
}

}  // namespace

struct WordSegmenter::Impl {
  std::unique_ptr<icu::BreakIterator> breaker;   // ICU's own; made for the first text that needs it
  std::unique_ptr<std::uint32_t[]> plain_rules;  // what `plain` reads: declared first, freed last
  std::unique_ptr<icu::BreakIterator> plain;     // without the dictionary detour; may be null
  bool dictionaries = true;  // whether ICU has any engine that could split a dictionary run
  Utf16Text utf16;           // the text being segmented, reused across calls
};

WordSegmenter::WordSegmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
WordSegmenter::~WordSegmenter() = default;

// ICU's word iterator for the root locale, with its dictionary detour.
static std::unique_ptr<icu::BreakIterator> icu_word_iterator(UErrorCode& ec) {
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), ec));
  if (U_FAILURE(ec)) it.reset();
  return it;
}

core::Result<std::unique_ptr<WordSegmenter>> WordSegmenter::create() {
  auto impl = std::make_unique<Impl>();
  impl->plain = plain_word_rules(impl->plain_rules);
  if (!impl->plain) {  // an unexpected data layout: ICU's iterator for every text
    UErrorCode ec = U_ZERO_ERROR;
    impl->breaker = icu_word_iterator(ec);
    if (!impl->breaker) {
      return core::Status(core::StatusCode::kInternal,
                          std::string("ICU word break rules unavailable: ") + u_errorName(ec));
    }
  }
  static const bool dictionaries = icu_has_break_dictionaries();  // the data cannot change
  impl->dictionaries = dictionaries;
  return std::unique_ptr<WordSegmenter>(new WordSegmenter(std::move(impl)));
}

// Maps ICU rule status ranges (UWordBreak) to our kinds; false for spaces and punctuation.
static bool kind_of(int32_t status, WordKind* kind) {
  if (status >= UBRK_WORD_IDEO)
    *kind = WordKind::kIdeographic;
  else if (status >= UBRK_WORD_KANA)
    *kind = WordKind::kKana;
  else if (status >= UBRK_WORD_LETTER)
    *kind = WordKind::kLetter;
  else if (status >= UBRK_WORD_NUMBER)
    *kind = WordKind::kNumber;
  else
    return false;
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
  // Text no dictionary can split takes the same rules without the dictionary detour.
  const bool plain = impl_->plain && (!impl_->dictionaries || (wide && !u16.may_need_dictionary()));
  if (!plain && !impl_->breaker) {
    UErrorCode make_ec = U_ZERO_ERROR;
    impl_->breaker = icu_word_iterator(make_ec);
  }
  icu::BreakIterator& it = plain || !impl_->breaker ? *impl_->plain : *impl_->breaker;
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
  u16.release_above(std::size_t{1} << 20);  // a 2 MB Hangul run's copy is 12 MB
}

std::size_t piece_end(std::string_view text, std::size_t at) {
  for (std::size_t i = std::max<std::size_t>(at, 1); i < text.size(); ++i) {
    const char prev = text[i - 1], c = text[i];
    if (prev == '\n') return i;
    if (prev == ' ' && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
      return i;
  }
  return text.size();
}

void WordSegmenter::segment_pieces(std::string_view utf8, std::size_t piece_bytes,
                                   const std::function<void(const std::vector<WordSpan>&)>& piece) {
  std::vector<WordSpan> spans;
  for (std::size_t begin = 0; begin < utf8.size();) {
    const std::size_t end =
        utf8.size() - begin > piece_bytes ? piece_end(utf8, begin + piece_bytes) : utf8.size();
    segment(utf8.substr(begin, end - begin), spans);
    for (WordSpan& s : spans) s.bytes.begin_byte += begin, s.bytes.end_byte += begin;
    piece(spans);
    begin = end;
  }
}

}  // namespace loupe::segment
