// StopwordTable: short function-word lists used as language evidence by the identifier.
// Each entry is a lower-case word with the set of languages (bit mask) it belongs to; a word
// listed for several languages is weaker evidence than one listed for a single language.
// E.g. latin_stopwords().lookup("the") == kLangEn; lookup("de") has kLangEs | kLangOtherLatin.
// Lookups run once per word of every paragraph, so they go through a small hash index.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace loupe::langid {

// Bits of a language mask. kLangOtherLatin gathers French, German, Italian, Portuguese: Latin
// text we must recognise as "not en, not es" rather than guess one of them.
enum LangBit : std::uint8_t {
  kLangEn = 1u << 0,
  kLangEs = 1u << 1,
  kLangOtherLatin = 1u << 2,
  kLangRu = 1u << 3,
  kLangUk = 1u << 4,
};

class StopwordTable {
 public:
  struct Entry {
    std::string_view word;
    std::uint8_t mask;
  };
  static constexpr std::size_t kCapacity = 512;

  // Words are separated by single spaces; every word gets `mask` (or-ed in if already present).
  // The hash index is kept current: lookup() may follow any add().
  void add(std::string_view words, std::uint8_t mask);
  std::uint8_t lookup(std::string_view lower_word) const;  // 0 when absent
  std::size_t size() const { return size_; }

 private:
  static constexpr std::size_t kSlots = 2048;  // power of two, > 2 * kCapacity: short probes
  static std::size_t hash(std::string_view w);

  std::array<Entry, kCapacity> entries_{};
  std::size_t size_ = 0;
  std::size_t max_word_bytes_ = 0;             // longer words are never looked up
  std::array<std::uint16_t, kSlots> slots_{};  // entry index + 1, 0 = empty (open addressing)
};

const StopwordTable& latin_stopwords();
const StopwordTable& cyrillic_stopwords();

}  // namespace loupe::langid
