#include "extract/dates/lexicon.h"

namespace loupe::dates {

std::span<const LanguageLexicon* const> all_lexicons() {
  static const LanguageLexicon* const kAll[] = {&lexicon_en(), &lexicon_es(), &lexicon_ru(),
                                                &lexicon_uk(), &lexicon_ko()};
  return kAll;
}

const LanguageLexicon* lexicon_of(const LexEntry* e) {
  for (const LanguageLexicon* l : all_lexicons()) {
    if (e >= l->entries.data() && e < l->entries.data() + l->entries.size()) return l;
  }
  return nullptr;
}

}  // namespace loupe::dates
