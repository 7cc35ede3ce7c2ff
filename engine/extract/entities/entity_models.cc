#include "extract/entities/entity_models.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>

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

Registry& registry() {
  static Registry* r = new Registry();  // never destroyed: models outlive every index
  return *r;
}

#ifdef LOUPE_EMBEDDED_MODELS
}  // namespace
std::string_view embedded_entity_model(std::string_view lang);  // models_data.cc (generated)
namespace {
#endif

// The bytes of a model nobody loaded: embedded (wasm), else the models directory's file.
std::string model_bytes(const std::string& dir, core::Language lang);

std::string read_file(const std::string& path) {
  std::string out;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return out;
  char buf[1 << 16];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
  std::fclose(f);
  return out;
}

std::string model_bytes(const std::string& dir, core::Language lang) {
  const std::string code(core::language_code(lang));
#ifdef LOUPE_EMBEDDED_MODELS
  if (const std::string_view b = embedded_entity_model(code); !b.empty()) return std::string(b);
#endif
  return dir.empty() ? std::string() : read_file(dir + "/ner-" + code + ".bin");
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

}  // namespace

std::vector<ParagraphLanguage> paragraph_languages(std::string_view text) {
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
    if (g.confidence >= 0.5f && g.lang != core::Language::kOther) {
      out[i].lang = g.lang;
      continue;
    }
    core::Language doc = core::Language::kOther;
    if (g.dominant.script != langid::LetterScript::kNone) {
      const auto& l = letters[static_cast<int>(g.dominant.script)];
      doc = static_cast<core::Language>(std::max_element(l.begin() + 1, l.end()) - l.begin());
    }
    out[i].lang = script_default(g.dominant.script, doc);
  }
  return out;
}

core::Status load_entity_model(std::string_view lang, std::string_view bytes) {
  const core::Language l = core::language_from_code(lang);
  if (l == core::Language::kOther)
    return core::Status(core::StatusCode::kInvalidArgument,
                        "entity model: unknown language " + std::string(lang));
  core::Result<TaggerModel> parsed = TaggerModel::parse(bytes);
  if (!parsed.ok()) return parsed.status();
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
  if (parsed.ok()) r.models[i] = std::make_unique<TaggerModel>(std::move(parsed.value()));
  return r.models[i].get();
}

bool has_entity_model(core::Language lang) { return entity_model(lang) != nullptr; }

void set_entity_model_dir(std::string dir) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  r.dir = std::move(dir);
  r.looked = {};
}

}  // namespace loupe::entities
