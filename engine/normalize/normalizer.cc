#include "normalize/normalizer.h"

#include "normalize/repair_steps.h"

namespace loupe::normalize {

const char* repair_kind_name(RepairKind kind) {
  switch (kind) {
    case RepairKind::kNewline:
      return "newline";
    case RepairKind::kControlChar:
      return "control_char";
    case RepairKind::kInvalidUtf8:
      return "invalid_utf8";
    case RepairKind::kNfc:
      return "nfc";
    case RepairKind::kLineJoin:
      return "line_join";
    case RepairKind::kHangulJoin:
      return "hangul_join";
    case RepairKind::kHyphenJoin:
      return "hyphen_join";
    case RepairKind::kLetterSpacing:
      return "letter_spacing";
    case RepairKind::kRunningHeader:
      return "running_header";
    case RepairKind::kPageNumber:
      return "page_number";
    case RepairKind::kFootnoteMarker:
      return "footnote_marker";
  }
  return "unknown";
}

namespace {

// Chains the steps: each step's repairs are mapped to the source through the map so far.
class Pipeline {
 public:
  explicit Pipeline(std::string_view input)
      : text_(input), map_(OffsetMap::identity(input.size())) {}

  void run(StepOutput step) {
    // Exact: a text of short lines has a repair per line (40 bytes each), and doubling
    // would hold up to twice that.
    out_.repairs.reserve(out_.repairs.size() + step.repairs.size());
    OffsetLookup look(map_);  // the repairs come in text order: a block decoded once
    for (const StepRepair& r : step.repairs) {
      out_.repairs.push_back({r.kind, {}, look.to_source(r.input)});
    }
    for (const core::ByteRange& r : step.removed) out_.removed_source.push_back(look.to_source(r));
    map_ = OffsetMap::compose(map_, step.map);
    text_ = std::move(step.text);
  }
  const std::string& text() const { return text_; }

  NormalizedText finish() {
    OffsetLookup look(map_);
    for (Repair& r : out_.repairs) r.normalized = look.to_output(r.source);
    out_.text = std::move(text_);
    out_.to_source = std::move(map_);
    return std::move(out_);
  }

 private:
  std::string text_;
  OffsetMap map_;
  NormalizedText out_;
};

}  // namespace

NormalizedText normalize(std::string_view utf8, const NormalizeOptions& options) {
  Pipeline p(utf8);
  p.run(sanitize(p.text()));
  if (options.nfc) p.run(compose_nfc(p.text()));
  if (options.remove_footnote_markers) p.run(remove_footnote_markers(p.text()));
  p.run(rejoin_lines(p.text(), options));
  if (options.collapse_letter_spacing) {
    p.run(collapse_letter_spacing(p.text(), options.min_letter_spaced_run));
  }
  return p.finish();
}

}  // namespace loupe::normalize
