// Step 3: footnote markers. A bracketed number of 1-3 digits is a footnote marker when it is
// glued to the preceding word or punctuation ("보도다.[1]", "said[12]"), or follows sentence
// punctuation and one space ("others. [1]", where the space goes too). A marker at the start of
// a line is the footnote's own text ("[4] Michael McFaul: ...") and stays. Known limit: code
// such as "a[1]" loses its index; Loupe reads prose.
#include "normalize/repair_steps.h"

namespace loupe::normalize {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of "[ddd]" at i, or 0.
std::size_t marker_length(std::string_view in, std::size_t i) {
  std::size_t j = i + 1;
  while (j < in.size() && j - i <= 3 && is_digit(in[j])) ++j;
  const std::size_t digits = j - i - 1;
  return digits >= 1 && digits <= 3 && j < in.size() && in[j] == ']' ? j + 1 - i : 0;
}

bool is_sentence_punct(std::string_view before) {
  for (std::string_view p : {".", ",", ";", ":", "!", "?", "\"", ")", "\u201D", "\u2019"}) {
    if (before.size() >= p.size() && before.substr(before.size() - p.size()) == p) return true;
  }
  return false;
}

}  // namespace

StepOutput remove_footnote_markers(std::string_view in) {
  StepWriter w(in);
  for (std::size_t i = in.find('['); i != std::string_view::npos; i = in.find('[', i + 1)) {
    const std::size_t len = marker_length(in, i);
    if (len == 0 || i == 0 || i < w.pos()) continue;
    const char prev = in[i - 1];
    std::size_t begin = i;
    if (prev == ' ' || prev == '\t') {
      // Only "punct[space]marker" counts; "and [1]" or a line-initial marker does not.
      if (i < 2 || !is_sentence_punct(in.substr(0, i - 1))) continue;
      begin = i - 1;
    } else if (prev == '\n') {
      continue;
    }
    w.copy_to(begin);
    w.remove_to(i + len, RepairKind::kFootnoteMarker);
  }
  return w.finish();
}

}  // namespace loupe::normalize
