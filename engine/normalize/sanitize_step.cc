// Step 1: line ends, control characters and invalid UTF-8, so later steps see clean text.
// "\r\n" -> "\n" (the "\n" maps to both bytes); lone "\r" and form feed -> "\n" (a PDF page
// break is a line break); NUL and other C0 controls except \t and \n -> " " (same length, so the
// map stays identity there: ICU and JavaScript treat NUL badly, a space keeps words apart);
// each maximal invalid UTF-8 subpart -> U+FFFD.
#include "core/utf8.h"
#include "normalize/repair_steps.h"

namespace loupe::normalize {

StepOutput sanitize(std::string_view in) {
  StepWriter w(in);
  for (std::size_t i = 0; i < in.size();) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c >= 0x20 && c < 0x80) {  // the common case: printable ASCII
      ++i;
      continue;
    }
    if (c == '\n' || c == '\t') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const core::DecodedChar d = core::decode_utf8_fast(in, i);
      if (!d.valid) {
        w.copy_to(i);
        w.replace_to(i + d.length, "\xEF\xBF\xBD", RepairKind::kInvalidUtf8);
      }
      i += d.length;
      continue;
    }
    w.copy_to(i);
    if (c == '\r') {
      const std::size_t end = i + 1 < in.size() && in[i + 1] == '\n' ? i + 2 : i + 1;
      w.replace_to(end, "\n", RepairKind::kNewline);
      i = end;
    } else if (c == '\f') {
      w.replace_to(i + 1, "\n", RepairKind::kNewline);
      ++i;
    } else {
      w.replace_to(i + 1, " ", RepairKind::kControlChar);
      ++i;
    }
  }
  return w.finish();
}

}  // namespace loupe::normalize
