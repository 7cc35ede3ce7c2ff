// The tagger model of each language (ko, en, es, ru, uk), parsed once and kept for the
// process. The bytes come from outside the engine: the wasm host fetches
// models/ner-<lang>.bin when a document of that language first needs entities and passes
// them to load_entity_model; native builds read them from a models directory on first use
// (set_entity_model_dir, default: the repository's models/ or $LOUPE_MODELS_DIR).
// E.g. load_entity_model("en", bytes); entity_model(core::Language::kEn) -> the parsed model.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/language.h"
#include "core/status.h"
#include "extract/entities/tagger_model.h"

namespace loupe::entities {

// Parses and keeps `bytes` as the model of `lang`; an error leaves the previous one.
core::Status load_entity_model(std::string_view lang, std::string_view bytes);
// The model of `lang`, or null when none was loaded and the models directory has none.
const TaggerModel* entity_model(core::Language lang);
bool has_entity_model(core::Language lang);
// The language of each paragraph (text between blank lines) for choosing its model: the
// identified one when confident, else the document's for the paragraph's script (Hangul: ko;
// Cyrillic: ru or uk; Latin: en or es), else ru / en.
struct ParagraphLanguage {
  std::size_t begin_byte = 0, end_byte = 0;
  core::Language lang = core::Language::kOther;
};
std::vector<ParagraphLanguage> paragraph_languages(std::string_view text);

// Where native builds look for ner-<lang>.bin; "" to read no files (hosts that pass bytes).
void set_entity_model_dir(std::string dir);

}  // namespace loupe::entities
