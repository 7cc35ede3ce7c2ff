#include "normalize/normalizer.h"

#include <cstdint>

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
// They are kept as 12-byte records until finish() (a text of repairs has one per ~6 bytes:
// 40-byte Repairs, copied at every step's growth, held 12 bytes per input byte at the peak).
class Pipeline {
 public:
  explicit Pipeline(std::string_view input)
      : text_(input), map_(OffsetMap::identity(input.size())) {}

  void run(StepOutput step) {
    made_.reserve(made_.size() + step.repairs.size());  // exact: no doubling
    OffsetLookup look(map_);  // the repairs come in text order: a block decoded once
    for (const StepRepair& r : step.repairs) {
      const core::ByteRange s = look.to_source(r.input);  // documents are < 4 GiB
      made_.push_back({r.kind, static_cast<std::uint32_t>(s.begin_byte),
                       static_cast<std::uint32_t>(s.end_byte)});
    }
    for (const core::ByteRange& r : step.removed) out_.removed_source.push_back(look.to_source(r));
    map_ = OffsetMap::compose(map_, step.map);
    text_ = std::move(step.text);
  }
  const std::string& text() const { return text_; }

  NormalizedText finish() {
    out_.repairs.reserve(made_.size());
    OffsetLookup look(map_);
    for (const Made& m : made_) {
      const core::ByteRange source{m.begin, m.end};
      out_.repairs.push_back({m.kind, look.to_output(source), source});
    }
    std::vector<Made>().swap(made_);
    out_.text = std::move(text_);
    out_.to_source = std::move(map_);
    return std::move(out_);
  }

 private:
  struct Made {  // a repair made: its kind and source range
    RepairKind kind;
    std::uint32_t begin, end;
  };
  std::string text_;
  OffsetMap map_;
  std::vector<Made> made_;
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
