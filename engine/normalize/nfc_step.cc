// Step 2: NFC. ICU's normalizeUTF8 reports every changed span through icu::Edits (the UTF-8
// counterpart of Lucene's ICUNormalizer2CharFilter bookkeeping), so each composed span maps to
// exactly the source bytes it came from. Text already in NFC (the usual case) is a quick check.
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include "normalize/repair_steps.h"

namespace loupe::normalize {

StepOutput compose_nfc(std::string_view in) {
  StepWriter w(in);
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  const icu::StringPiece piece(in.data(), static_cast<int32_t>(in.size()));
  if (U_FAILURE(ec) || nfc->isNormalizedUTF8(piece, ec) || U_FAILURE(ec)) return w.finish();
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized);
  icu::Edits edits;
  nfc->normalizeUTF8(0, piece, sink, &edits, ec);
  if (U_FAILURE(ec)) return StepWriter(in).finish();  // keep the text as it is
  icu::Edits::Iterator it = edits.getCoarseIterator();
  while (it.next(ec)) {
    const auto old_begin = static_cast<std::size_t>(it.sourceIndex());
    const auto old_end = old_begin + static_cast<std::size_t>(it.oldLength());
    if (!it.hasChange()) {
      w.copy_to(old_end);
      continue;
    }
    const auto new_begin = static_cast<std::size_t>(it.destinationIndex());
    w.replace_to(
        old_end,
        std::string_view(normalized).substr(new_begin, static_cast<std::size_t>(it.newLength())),
        RepairKind::kNfc);
  }
  return w.finish();
}

}  // namespace loupe::normalize
