// uk words of the temporal grammar (data only; classes in lexicon.h, README.md).
#include "extract/dates/lexicon.h"

namespace loupe::dates {
namespace {

using namespace g;  // NOLINT: grain names for the table

constexpr LexEntry kEntries[] = {
    {"@@placeholder@@", Lx::kFiller},
};

constexpr LanguageLexicon kLexicon{"uk", kEntries};

}  // namespace

const LanguageLexicon& lexicon_uk() { return kLexicon; }

}  // namespace loupe::dates
