// Internal to normalize/: the repair steps normalize() chains. Each step reads the previous
// step's text and returns its own text, an OffsetMap back to its input, and what it changed as
// ranges of its INPUT (normalize() maps them to the original source and to the final text).
#pragma once
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "normalize/normalizer.h"
#include "normalize/offset_map.h"

namespace loupe::normalize {

struct StepRepair {
  RepairKind kind;
  RepairRange input;  // what the step rewrote or removed, in its input (12 bytes a repair)
};

struct StepOutput {
  std::string text;
  OffsetMap map;
  std::vector<StepRepair> repairs;
  std::vector<core::ByteRange> removed;  // input spans kept out (headers, markers)
};

// Appends to a step's output while keeping its OffsetMap in step.
class StepWriter {
 public:
  explicit StepWriter(std::string_view in) : in_(in) { out_.text.reserve(in.size()); }
  // Copies input bytes [pos(), end) unchanged.
  void copy_to(std::size_t end) {
    if (end <= b_.src_pos()) return;  // already past: nothing to copy
    out_.text.append(in_.substr(b_.src_pos(), end - b_.src_pos()));
    b_.copy(end - b_.src_pos());
  }
  // Replaces input bytes [pos(), end) by `with`, recording a repair of `kind`.
  void replace_to(std::size_t end, std::string_view with, RepairKind kind) {
    end = std::max(end, b_.src_pos());  // callers pass ends at or after pos(); never go back
    if (end == b_.src_pos() && with.empty()) return;  // nothing happens: no repair
    out_.repairs.push_back({kind, {b_.src_pos(), end}});
    out_.text.append(with);
    b_.replace(end - b_.src_pos(), with.size());
  }
  void remove_to(std::size_t end, RepairKind kind) {
    out_.removed.push_back({b_.src_pos(), end});
    replace_to(end, "", kind);
  }
  std::size_t pos() const { return b_.src_pos(); }
  StepOutput finish() {
    copy_to(in_.size());
    out_.map = b_.finish();
    return std::move(out_);
  }

 private:
  std::string_view in_;
  OffsetMapBuilder b_;
  StepOutput out_;
};

// Step 1 (sanitize_step.cc): newlines, control characters, invalid UTF-8.
StepOutput sanitize(std::string_view in);
// Step 2 (nfc_step.cc): NFC via ICU Normalizer2 + Edits. Input must be valid UTF-8.
StepOutput compose_nfc(std::string_view in);
// Code points that are NFC quick-check Yes with combining class 0 (nothing composes with what
// comes before them), in the blocks documents are mostly written in; is_nfc: whether valid
// UTF-8 `in` is in NFC, ICU asked only about the stretches around the other code points.
bool nfc_inert(char32_t cp);
bool is_nfc(std::string_view in);
// Step 3 (footnote_step.cc): "word[12]" and "word. [12]" lose the marker; a marker at the start
// of a line (a footnote's own text: "[4] Michael McFaul: ...") is kept.
StepOutput remove_footnote_markers(std::string_view in);
// Step 4 (line_join_step.cc, running headers in running_header.cc). A text without "\n" takes
// a short path (rejoin_one_line) with the same output as the general one, rejoin_lines_of.
StepOutput rejoin_lines(std::string_view in, const NormalizeOptions& options);
StepOutput rejoin_one_line(std::string_view in, const NormalizeOptions& options);
StepOutput rejoin_lines_of(std::string_view in, const NormalizeOptions& options);
// Step 5 (letter_spacing_step.cc).
StepOutput collapse_letter_spacing(std::string_view in, std::size_t min_run);

}  // namespace loupe::normalize
