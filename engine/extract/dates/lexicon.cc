#include "extract/dates/lexicon.h"

namespace loupe::dates {

std::span<const LanguageLexicon* const> all_lexicons() {
  static const LanguageLexicon* const kAll[] = {&lexicon_en(), &lexicon_es(), &lexicon_ru(),
                                                &lexicon_uk(), &lexicon_ko()};
  return kAll;
}

}  // namespace loupe::dates
