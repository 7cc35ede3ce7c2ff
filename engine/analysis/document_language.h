// Document language: a paragraph too short for language identification ("EACCES Permission
// denied.", "ARCHIVOS", "•  open file descriptors") gets kOther or a weak guess, so it would go
// through the wrong chain (no stemming) and "permissions" would not find "Permission". Such a
// paragraph, unless its guess is a language the document confidently writes elsewhere, takes
// the language its document is written in, for its script: the language of
// the confidently identified paragraphs of the same script, the one that holds most of their
// letters (100 at least). A wrong pick within a script costs little: the query is analyzed
// in every language's chain, where kOther (no stemming) misses every inflection. Confident
// paragraphs keep their own language: a Spanish manual's untranslated English paragraphs stay
// English, and a French page (kOther with high confidence) is not made English by its English
// code comments.
// E.g. {"Permission denied." (other, 0.07), "The call failed because ..." (en, 0.95)} -> both en.
#pragma once
#include <string_view>
#include <vector>

#include "analysis/analyzed_text.h"
#include "langid/language_identifier.h"

namespace loupe::analysis {

// Below this a guess is weak: the paragraph takes the document's language for its script.
inline constexpr float kConfidentLanguage = 0.5f;

// Rewrites the `lang` of weakly identified paragraphs (confidence unchanged), from each
// paragraph's dominant script: `scripts[i]` is paragraph i's, as identify_language counted it.
void apply_document_language(std::vector<Paragraph>& paragraphs,
                             const std::vector<langid::ScriptLetters>& scripts);
// The same, counting each paragraph's letters in `text` again (callers without the guesses).
void apply_document_language(std::string_view text, std::vector<Paragraph>& paragraphs);

}  // namespace loupe::analysis
