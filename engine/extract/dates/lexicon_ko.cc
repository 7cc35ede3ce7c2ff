// ko words of the temporal grammar (data only; classes in lexicon.h, README.md).
#include "extract/dates/lexicon.h"

namespace loupe::dates {
namespace {

using namespace g;  // NOLINT: grain names for the table

constexpr LexEntry kEntries[] = {
    {"@@placeholder@@", Lx::kFiller},
};

constexpr LanguageLexicon kLexicon{"ko", kEntries};

}  // namespace

const LanguageLexicon& lexicon_ko() { return kLexicon; }

}  // namespace loupe::dates
