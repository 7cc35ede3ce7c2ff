// Utf16Text: a UTF-8 text copied once into UTF-16 for ICU's break iterators, with the byte
// offset of every code unit. ICU reads a UTF-16 UText straight from memory; over UTF-8
// (utext_openUTF8) it re-decodes 32-unit chunks at every seek and boundary, which cost more
// than the copy. The code points are the same, so the boundaries are the same.
// Only valid UTF-8 is taken: for invalid bytes assign() fails and callers keep the UTF-8 UText,
// whose U+FFFD substitution is ICU's own.
// It also notes whether the text holds a character that ICU's word rules may hand to a
// dictionary engine (WordSegmenter skips that detour for text without one).
// E.g. t.assign("a세b") -> size() == 3, byte_offset(2) == 4, byte_offset(3) == 5,
//      may_need_dictionary() == false; t.assign("東京") -> may_need_dictionary() == true.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace loupe::segment {

class Utf16Text {
 public:
  // False (and the text is unusable) when `utf8` holds an invalid sequence. The text is viewed,
  // not copied: it must outlive the byte_offset() calls.
  bool assign(std::string_view utf8);
  const char16_t* data() const { return units_.data(); }
  std::size_t size() const { return size_; }
  // Byte offset in the UTF-8 text of code unit `u16` (<= size()); a trailing surrogate maps
  // to its character's first byte. Walks the text from the nearest mark (every kStride units)
  // or from the previous answer, whichever is nearer: ICU asks for ascending boundaries, so
  // a text's answers cost one walk over it.
  std::size_t byte_offset(std::size_t u16) const {
    std::size_t unit = u16 / kStride * kStride;
    std::size_t byte = marks_[u16 / kStride];
    // A mark on a pair's trailing half holds the pair's first byte: start at its leading half.
    if (unit < size_ && units_[unit] >= 0xDC00 && units_[unit] < 0xE000) --unit;
    if (last_unit_ <= u16 && last_unit_ > unit) unit = last_unit_, byte = last_byte_;
    while (unit < u16) {
      const auto lead = static_cast<unsigned char>(text_[byte]);
      if (lead < 0x80) {
        ++unit, ++byte;
        continue;
      }
      const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      if (length == 4 && unit + 1 == u16) break;  // u16 is this pair's trailing half
      unit += length == 4 ? 2 : 1, byte += length;
    }
    last_unit_ = unit, last_byte_ = byte;
    return byte;
  }
  // Whether a character is Han, kana or Line_Break=Complex_Context (Thai, Lao, Myanmar, Khmer,
  // Tai scripts), over-approximated by blocks: the word rules' dictionary characters but for
  // Hangul syllables, which ICU has no dictionary for (their detour finds no break).
  bool may_need_dictionary() const { return dictionary_; }
  // Frees the buffers when they hold more than `bytes` (~2.1 per byte of the longest text
  // assigned so far): kept for reuse they would outlive a long paragraph by the whole
  // analysis. The text is unusable until the next assign().
  void release_above(std::size_t bytes) {
    if (units_.capacity() * sizeof(char16_t) + marks_.capacity() * sizeof(std::uint32_t) <= bytes)
      return;
    std::vector<char16_t>().swap(units_);
    std::vector<std::uint32_t>().swap(marks_);
    size_ = 0;
    text_ = {};
  }

 private:
  // A byte offset per kStride units, not one per unit: ~2.1 bytes per byte instead of 6.
  static constexpr std::size_t kStride = 32;
  std::vector<char16_t> units_;       // reused across assign() calls
  std::vector<std::uint32_t> marks_;  // marks_[k]: byte offset of unit k * kStride's character
  std::string_view text_;             // the UTF-8 text assigned
  std::size_t size_ = 0;
  bool dictionary_ = false;
  mutable std::size_t last_unit_ = 0;  // the previous walk's end: a character's first unit
  mutable std::size_t last_byte_ = 0;  // and its byte
};

}  // namespace loupe::segment
