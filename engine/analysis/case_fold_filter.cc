#include "analysis/case_fold_filter.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "core/utf8.h"

namespace loupe::analysis {
namespace {

enum class Fast { kAscii, kUncased, kIcu };

// Which path a term needs: pure ASCII, only characters without case (Hangul, digits, CJK), or ICU.
Fast classify(const std::string& s) {
  bool ascii = true;
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    ascii = false;
    core::DecodedChar d = core::decode_utf8_fast(s, i);
    if (d.code_point < 0xAC00 || d.code_point > 0xD7A3) return Fast::kIcu;  // not a syllable
    i += d.length;
  }
  return ascii ? Fast::kAscii : Fast::kUncased;
}

}  // namespace

void CaseFoldFilter::fold(std::string& term) {
  switch (classify(term)) {
    case Fast::kAscii:
      for (char& c : term) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      return;
    case Fast::kUncased:
      return;
    case Fast::kIcu:
      break;
  }
  UErrorCode ec = U_ZERO_ERROR;
  int32_t len16 = 0;
  utf16_.resize(term.size() + 1);
  u_strFromUTF8WithSub(utf16_.data(), static_cast<int32_t>(utf16_.size()), &len16, term.data(),
                       static_cast<int32_t>(term.size()), 0xFFFD, nullptr, &ec);
  if (U_FAILURE(ec)) return;  // leave the term as it was; never fail the document
  folded_.resize(static_cast<std::size_t>(len16) * 3 + 4);  // full folding grows at most x3
  int32_t folded_len = u_strFoldCase(folded_.data(), static_cast<int32_t>(folded_.size()),
                                     utf16_.data(), len16, U_FOLD_CASE_DEFAULT, &ec);
  if (U_FAILURE(ec)) return;
  int32_t len8 = 0;
  term.resize(static_cast<std::size_t>(folded_len) * 3);  // a UTF-16 unit takes <= 3 bytes
  u_strToUTF8(term.data(), static_cast<int32_t>(term.size()), &len8, folded_.data(), folded_len,
              &ec);
  term.resize(U_SUCCESS(ec) ? static_cast<std::size_t>(len8) : 0);
}

void CaseFoldFilter::apply(const FilterContext&, std::vector<AnalyzedToken>& tokens) {
  for (AnalyzedToken& t : tokens) fold(t.term);
}

}  // namespace loupe::analysis
