// The tagger model of each language (ko, en, es, ru, uk), parsed once and kept for the
// process. The wasm build holds no model: its host asks which languages a corpus needs
// (entity_model_languages, missing_entity_models), fetches models/ner-<lang>.bin and passes
// the bytes to load_entity_model before asking for entities. Native builds read the files
// from a models directory on first use (set_entity_model_dir, default: the repository's
// models/, or $LOUPE_MODELS_DIR). A paragraph whose language has no model is read by the
// hand-written cues (mention_finder.cc).
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
// The languages whose model the paragraphs of `text` use (no kOther), as a bit set
// (1 << core::Language). Kept per text (by a hash of its bytes): asked again for an unchanged
// document, it costs one pass of hashing, not language identification.
unsigned entity_model_languages(std::string_view text);
// Of the languages in `languages` (a bit set), those with no model loaded (native: none in
// the models directory either), in core::Language order.
std::vector<core::Language> missing_entity_models(unsigned languages);

// Where native builds look for ner-<lang>.bin; "" to read no files (hosts that pass bytes).
void set_entity_model_dir(std::string dir);

}  // namespace loupe::entities
