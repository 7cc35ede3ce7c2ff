#include "extract/entities/entity_models.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <mutex>
#include <unordered_map>

#include "core/utf8.h"
#include "extract/entities/text_scan.h"
#include "langid/language_identifier.h"

namespace loupe::entities {
namespace {

constexpr std::size_t kLanguages = 6;  // core::Language values

struct Registry {
  std::mutex mutex;
  std::array<std::unique_ptr<TaggerModel>, kLanguages> models;
  std::array<bool, kLanguages> looked = {};  // the directory was tried once
  std::string dir;
  Registry() {
#ifdef LOUPE_MODELS_DIR
    dir = LOUPE_MODELS_DIR;
#endif
    if (const char* env = std::getenv("LOUPE_MODELS_DIR")) dir = env;
  }
};

// The temperature of each language's span confidences (TaggerModel::temperature): the one
// with the lowest log loss of "span and type exactly right" on the language's dev files in
// ../shared/data/ner, printed by `loupe_bench_calibration` (bench/entities/README.md). A
// retrained model needs its value fitted again. By core::Language: -, ko, en, es, ru, uk.
constexpr std::array<float, kLanguages> kTemperature = {1, 32, 16, 32, 27, 27};

Registry& registry() {
  static Registry* r = new Registry();  // never destroyed: models outlive every index
  return *r;
}

std::string read_file(const std::string& path) {
  std::string out;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return out;
  char buf[1 << 16];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
  std::fclose(f);
  return out;
}

// The bytes of a model nobody loaded: the models directory's file (none in wasm).
std::string model_bytes(const std::string& dir, core::Language lang) {
  const std::string code(core::language_code(lang));
  return dir.empty() ? std::string() : read_file(dir + "/ner-" + code + ".bin");
}

// 64 bits of the text, 8 bytes a step: a key for the text's languages, cheap next to them.
std::uint64_t text_hash(std::string_view text) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ text.size();
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + i, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  for (; i < text.size(); ++i) h = (h ^ static_cast<unsigned char>(text[i])) * 0x100000001B3ull;
  return h;
}

core::Language script_default(langid::LetterScript script, core::Language doc) {
  using core::Language;
  switch (script) {
    case langid::LetterScript::kHangul:
      return Language::kKo;
    case langid::LetterScript::kCyrillic:
      return doc == Language::kUk ? Language::kUk : Language::kRu;
    case langid::LetterScript::kLatin:
      return doc == Language::kEs ? Language::kEs : Language::kEn;
    case langid::LetterScript::kNone:
      return Language::kOther;
  }
  return Language::kOther;
}

// Whether `text` holds a Hangul syllable.
bool holds_hangul(std::string_view text) {
  for (std::size_t p = 0; p < text.size();) {
    const core::DecodedChar c = core::decode_utf8(text, p);
    if (is_hangul_syllable(c.code_point)) return true;
    p += c.length;
  }
  return false;
}

// The language of each paragraph (entity_models.h, paragraph_languages).
std::vector<ParagraphLanguage> identify_paragraphs(std::string_view text) {
  std::vector<ParagraphLanguage> out;
  std::vector<langid::LanguageGuess> guesses;
  for (std::size_t p = 0; p < text.size();) {
    std::size_t end = text.find("\n\n", p);
    end = end == std::string_view::npos ? text.size() : end + 2;
    out.push_back({p, end, core::Language::kOther});
    guesses.push_back(langid::identify_language(text.substr(p, end - p)));
    p = end;
  }
  // The document's language per script: the confident paragraphs' letters.
  std::array<std::array<std::size_t, kLanguages>, 3> letters = {};
  for (const langid::LanguageGuess& g : guesses)
    if (g.confidence >= 0.5f && g.dominant.script != langid::LetterScript::kNone)
      letters[static_cast<int>(g.dominant.script)][static_cast<std::size_t>(g.lang)] +=
          g.dominant.letters;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const langid::LanguageGuess& g = guesses[i];
    // A Korean guess on a paragraph with Hangul stays, weak or not, where Latin letters
    // outnumber the Hangul ones (a byline: two names around `name@paper.com·`): the Korean
    // model reads Latin words (its corpora mix them), a Latin model no Hangul.
    if (g.lang == core::Language::kKo &&
        holds_hangul(text.substr(out[i].begin_byte, out[i].end_byte - out[i].begin_byte))) {
      out[i].lang = g.lang;
      continue;
    }
    if (g.confidence >= 0.5f && g.lang != core::Language::kOther) {
      out[i].lang = g.lang;
      continue;
    }
    core::Language doc = core::Language::kOther;
    if (g.dominant.script != langid::LetterScript::kNone) {
      const auto& l = letters[static_cast<int>(g.dominant.script)];
      doc = static_cast<core::Language>(std::max_element(l.begin() + 1, l.end()) - l.begin());
      // No confident paragraph in this script: a weak guess of the language the document's
      // confident paragraphs are in stays (a Russian headline around Latin names:
      // `Hewlett-Packard берёт пример с Google` is not English).
      const auto g_lang = static_cast<std::size_t>(g.lang);
      if (l[static_cast<std::size_t>(doc)] == 0 && g.lang != core::Language::kOther &&
          (letters[0][g_lang] + letters[1][g_lang] + letters[2][g_lang]) > 0) {
        out[i].lang = g.lang;
        continue;
      }
    }
    out[i].lang = script_default(g.dominant.script, doc);
  }
  return out;
}

}  // namespace

core::Status load_entity_model(std::string_view lang, std::string_view bytes) {
  const core::Language l = core::language_from_code(lang);
  if (l == core::Language::kOther)
    return core::Status(core::StatusCode::kInvalidArgument,
                        "entity model: unknown language " + std::string(lang));
  core::Result<TaggerModel> parsed = TaggerModel::parse(bytes);
  if (!parsed.ok()) {  // "entity model: bad scale" -> "entity model uk: bad scale"
    std::string message = parsed.status().message();
    if (message.rfind("entity model:", 0) == 0) message.erase(0, 13);
    return core::Status(parsed.status().code(),
                        "entity model " + std::string(lang) + ":" + message);
  }
  parsed.value().set_temperature(kTemperature[static_cast<std::size_t>(l)]);
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  r.models[static_cast<std::size_t>(l)] = std::make_unique<TaggerModel>(std::move(parsed.value()));
  return core::Status();
}

const TaggerModel* entity_model(core::Language lang) {
  Registry& r = registry();
  const auto i = static_cast<std::size_t>(lang);
  std::lock_guard<std::mutex> lock(r.mutex);
  if (r.models[i] || r.looked[i] || lang == core::Language::kOther) return r.models[i].get();
  r.looked[i] = true;
  const std::string bytes = model_bytes(r.dir, lang);
  if (bytes.empty()) return nullptr;
  core::Result<TaggerModel> parsed = TaggerModel::parse(bytes);
  if (!parsed.ok()) return nullptr;
  parsed.value().set_temperature(kTemperature[i]);
  r.models[i] = std::make_unique<TaggerModel>(std::move(parsed.value()));
  return r.models[i].get();
}

bool has_entity_model(core::Language lang) { return entity_model(lang) != nullptr; }

// Per text (by a hash of its bytes): a corpus that changes re-links every document, and the
// unchanged ones keep their languages. Cleared past kKeptTexts texts. An entry is used only
// when the text's size and a second, independent hash agree too: a collision of the first
// would hand over another text's paragraph ranges.
std::vector<ParagraphLanguage> paragraph_languages(std::string_view text) {
  constexpr std::size_t kKeptTexts = 4096;
  struct Kept {
    std::size_t size, check;
    std::vector<ParagraphLanguage> paragraphs;
  };
  static std::mutex mutex;
  static auto* kept = new std::unordered_map<std::uint64_t, Kept>();
  const std::uint64_t key = text_hash(text);
  const std::size_t check = std::hash<std::string_view>{}(text);
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (const auto it = kept->find(key);
        it != kept->end() && it->second.size == text.size() && it->second.check == check)
      return it->second.paragraphs;
  }
  std::vector<ParagraphLanguage> out = identify_paragraphs(text);
  std::lock_guard<std::mutex> lock(mutex);
  if (kept->size() >= kKeptTexts) kept->clear();
  kept->insert_or_assign(key, Kept{text.size(), check, out});
  return out;
}

unsigned entity_model_languages(std::string_view text) {
  unsigned languages = 0;
  for (const ParagraphLanguage& p : paragraph_languages(text))
    if (p.lang != core::Language::kOther) languages |= 1u << static_cast<unsigned>(p.lang);
  return languages;
}

std::vector<core::Language> missing_entity_models(unsigned languages) {
  std::vector<core::Language> out;
  for (std::size_t i = 1; i < kLanguages; ++i) {
    const auto lang = static_cast<core::Language>(i);
    if (languages & (1u << i) && !has_entity_model(lang)) out.push_back(lang);
  }
  return out;
}

void set_entity_model_dir(std::string dir) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  r.dir = std::move(dir);
  r.looked = {};
}

}  // namespace loupe::entities
