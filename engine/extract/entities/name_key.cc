#include "extract/entities/name_key.h"

#include <libstemmer.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <vector>

#include "analysis/ukrainian_stemmer.h"
#include "core/utf8.h"
#include "extract/entities/string_flat_map.h"

namespace loupe::entities {
namespace {

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

bool is_ukrainian(std::string_view word) {
  // і ї є ґ are Ukrainian letters Russian does not use.
  for (std::string_view l : {"і", "ї", "є", "ґ", "І", "Ї", "Є", "Ґ"})
    if (word.find(l) != std::string_view::npos) return true;
  return false;
}

icu::Transliterator* create(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Transliterator* t = icu::Transliterator::createInstance(id, UTRANS_FORWARD, status);
  if (U_FAILURE(status)) {
    delete t;
    return nullptr;
  }
  return t;
}

// Compiling transliteration rules takes milliseconds; each keyer clones a prototype made once.
icu::Transliterator* make(const char* id) {
  static const icu::Transliterator* hangul = create("Hangul-Latin");
  static const icu::Transliterator* ru = create("Russian-Latin/BGN");
  static const icu::Transliterator* uk = create("Ukrainian-Latin/BGN");
  static const icu::Transliterator* ascii = create("Latin-ASCII");
  const std::string_view name(id);
  const icu::Transliterator* proto = name == "Hangul-Latin"          ? hangul
                                     : name == "Russian-Latin/BGN"   ? ru
                                     : name == "Ukrainian-Latin/BGN" ? uk
                                                                     : ascii;
  return proto ? proto->clone() : nullptr;
}

}  // namespace

struct NameKeyer::Impl {
  sb_stemmer* russian = sb_stemmer_new("russian", "UTF_8");
  sb_stemmer* english = sb_stemmer_new("english", "UTF_8");
  std::unique_ptr<icu::Transliterator> hangul{make("Hangul-Latin")};
  std::unique_ptr<icu::Transliterator> ru{make("Russian-Latin/BGN")};
  std::unique_ptr<icu::Transliterator> uk{make("Ukrainian-Latin/BGN")};
  std::unique_ptr<icu::Transliterator> ascii{make("Latin-ASCII")};
  std::unordered_map<char32_t, std::string> syllables;  // romanized Hangul syllables
  // Memos: a corpus repeats its words, and ICU transliteration is the slow part. Looked up by
  // string_view (no allocation per lookup: that shows in wasm, whose malloc is slower).
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // A memo's values stay where they are (a deque): callers hold references across lookups.
  struct Memo {
    StringFlatMap<std::uint32_t> index;
    std::deque<std::string> values;
    std::size_t size() const { return values.size(); }
    void clear() { index.clear(), values = {}; }
  };
  Memo word_keys, case_keys, romans, romans_unstemmed;
  std::unordered_map<std::string, std::vector<std::string>, Hash, std::equal_to<>> forms;
  template <typename F>
  const std::string& remember(Memo& memo, std::string_view word, F compute) {
    if (const std::uint32_t* i = memo.index.find(word)) return memo.values[*i];
    std::string value = compute();
    const auto [i, added] =
        memo.index.emplace(word, static_cast<std::uint32_t>(memo.values.size()));
    if (added) memo.values.push_back(std::move(value));
    return memo.values[*i];
  }
  ~Impl() {
    if (russian) sb_stemmer_delete(russian);
    if (english) sb_stemmer_delete(english);
  }
};

NameKeyer::NameKeyer() : impl_(std::make_unique<Impl>()) {}
NameKeyer::~NameKeyer() = default;

void NameKeyer::trim_memos() {
  // Bounded memory on huge inputs; only between builds, so that references stay valid in one.
  for (Impl::Memo* m :
       {&impl_->word_keys, &impl_->case_keys, &impl_->romans, &impl_->romans_unstemmed})
    if (m->size() > 200000) m->clear();
  if (impl_->forms.size() > 20000) impl_->forms.clear();
}

bool NameKeyer::can_romanize() const {
  return impl_->hangul && impl_->ru && impl_->uk && impl_->ascii;
}

std::string NameKeyer::cyrillic_stem(std::string_view word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size()));
  u.foldCase();
  u.findAndReplace(u"ё", u"е");
  return stem_folded(to_utf8(u));
}

std::string NameKeyer::stem_folded(std::string lower) {
  if (is_ukrainian(lower) || !impl_->russian) {
    analysis::ukrainian_stem(lower);  // the analysis chain's stemmer: search and entities agree
    return lower;
  }
  const sb_symbol* s =
      sb_stemmer_stem(impl_->russian, reinterpret_cast<const sb_symbol*>(lower.data()),
                      static_cast<int>(lower.size()));
  if (!s) return lower;
  return std::string(reinterpret_cast<const char*>(s), sb_stemmer_length(impl_->russian));
}

const std::vector<std::string>& NameKeyer::case_form_keys(std::string_view word) {
  auto it = impl_->forms.find(word);
  if (it != impl_->forms.end()) return it->second;
  std::vector<std::string> keys;
  if (script_of(core::decode_utf8(word, 0).code_point) == Script::kCyrillic) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size()));
    u.foldCase();
    u.findAndReplace(u"ё", u"е");
    std::string lower = to_utf8(u);
    // Stems the oblique cases are built on: the word without a final vowel or soft sign, and
    // for Ukrainian the і/ї of the last syllable alternating with о/е/є (Київ -> Києва,
    // Львів -> Львова).
    std::vector<std::string> bases{lower};
    for (std::string_view end : {"а", "я", "о", "е", "ь", "й", "ы", "и", "і"})
      if (lower.size() >= end.size() + 8 &&
          lower.compare(lower.size() - end.size(), end.size(), end) == 0)
        bases.push_back(lower.substr(0, lower.size() - end.size()));
    for (auto [from, to] :
         {std::pair<std::string_view, std::string_view>{"і", "о"}, {"і", "е"}, {"ї", "є"}}) {
      const std::size_t at = lower.rfind(from);
      if (at != std::string::npos && at + from.size() < lower.size() &&
          at + from.size() + 4 >= lower.size())
        bases.push_back(lower.substr(0, at) + std::string(to) + lower.substr(at + from.size()));
    }
    static constexpr std::string_view kEndings[] = {"",    "а",   "я",  "у",  "ю",  "е",  "і", "ом",
                                                    "ем",  "ём",  "ой", "ей", "ою", "ею", "ы", "и",
                                                    "ові", "еві", "ої", "ій", "ым", "им"};
    for (const std::string& b : bases)
      for (std::string_view e : kEndings) {
        std::string key = stem_folded(b + std::string(e));  // already folded: no ICU round trip
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
      }
    // Nouns in -ия / -ія decline on their own endings, in both languages (Валенсия, Валенсии,
    // Валенсией; Валенсія, Валенсії, Валенсією): each form gives the others.
    static constexpr std::string_view kIa[] = {"ия", "ии", "ию", "ией", "ія", "ії", "ію", "ією"};
    for (std::string_view end : kIa)
      if (lower.size() >= end.size() + 8 &&
          lower.compare(lower.size() - end.size(), end.size(), end) == 0) {
        const std::string stem = lower.substr(0, lower.size() - end.size());
        for (std::string_view e : kIa) {
          std::string key = stem_folded(stem + std::string(e));
          if (std::find(keys.begin(), keys.end(), key) == keys.end())
            keys.push_back(std::move(key));
        }
        break;
      }
  }
  return impl_->forms.emplace(std::string(word), std::move(keys)).first->second;
}

const std::string& NameKeyer::word_key(std::string_view word) {
  return impl_->remember(impl_->word_keys, word, [&] { return compute_word_key(word); });
}

std::string NameKeyer::compute_word_key(std::string_view word) {
  if (word.empty()) return {};
  // ASCII fast path: lower-case, drop periods.
  if (std::all_of(word.begin(), word.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out;
    for (char c : word)
      if (c != '.') out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return out;
  }
  const Script script = script_of(core::decode_utf8(word, 0).code_point);
  if (script == Script::kCyrillic) return cyrillic_stem(word);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size()));
  u.foldCase();
  u.findAndReplace(u".", u"");
  u.findAndReplace(u"\u2019", u"'");
  if (script == Script::kLatin && impl_->ascii) impl_->ascii->transliterate(u);
  return to_utf8(u);
}

const std::string& NameKeyer::case_key(std::string_view word) {
  return impl_->remember(impl_->case_keys, word, [&] { return compute_case_key(word); });
}

std::string NameKeyer::compute_case_key(std::string_view word) {
  std::string key = word_key(word);
  if (key.empty() || script_of(core::decode_utf8(word, 0).code_point) != Script::kLatin ||
      !impl_->english)
    return key;
  const sb_symbol* s = sb_stemmer_stem(
      impl_->english, reinterpret_cast<const sb_symbol*>(key.data()), static_cast<int>(key.size()));
  return s ? std::string(reinterpret_cast<const char*>(s), sb_stemmer_length(impl_->english)) : key;
}

std::string NameKeyer::lookup_key(std::string_view name) {
  std::string out;
  std::size_t pos = 0;
  while (pos < name.size()) {
    std::size_t end = name.find_first_of(" \n\t", pos);
    if (end == std::string_view::npos) end = name.size();
    if (end > pos) {
      if (!out.empty()) out.push_back(' ');
      out += word_key(name.substr(pos, end - pos));
    }
    pos = end + 1;
  }
  return out;
}

std::string NameKeyer::romanize(std::string_view word, bool stem) {
  if (!can_romanize() || word.empty()) return {};
  // `stem` only changes Cyrillic words: the others share one memo whatever it says.
  if (!stem && script_of(core::decode_utf8(word, 0).code_point) == Script::kCyrillic)
    return impl_->remember(impl_->romans_unstemmed, word,
                           [&] { return compute_romanize(word, false); });
  return impl_->remember(impl_->romans, word, [&] { return compute_romanize(word, true); });
}

std::string NameKeyer::compute_romanize(std::string_view word, bool stem) {
  const Script script = script_of(core::decode_utf8(word, 0).code_point);
  std::string out;
  if (script == Script::kHangul) {
    for (std::size_t p = 0; p < word.size();) {
      core::DecodedChar c = core::decode_utf8(word, p);
      p += c.length;
      if (!is_hangul_syllable(c.code_point)) continue;
      auto it = impl_->syllables.find(c.code_point);
      if (it == impl_->syllables.end()) {
        icu::UnicodeString u(static_cast<UChar32>(c.code_point));
        impl_->hangul->transliterate(u);
        std::string r = to_utf8(u);
        // 으 without a final consonant is the vowel Korean inserts into foreign clusters.
        const unsigned index = c.code_point - 0xAC00;
        if (index % 28 == 0 && (index / 28) % 21 == 18 && r.size() > 2) r.resize(r.size() - 2);
        it = impl_->syllables.emplace(c.code_point, r).first;
      }
      out += it->second;
    }
  } else {
    std::string base =
        script == Script::kCyrillic && stem ? cyrillic_stem(word) : std::string(word);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(base.data(), base.size()));
    if (script == Script::kCyrillic) (is_ukrainian(base) ? impl_->uk : impl_->ru)->transliterate(u);
    impl_->ascii->transliterate(u);
    u.foldCase();
    out = to_utf8(u);
  }
  out.erase(std::remove_if(out.begin(), out.end(), [](char c) { return c < 'a' || c > 'z'; }),
            out.end());
  return out;
}

}  // namespace loupe::entities
