#include "extract/dates/date_extractor.h"

#include <optional>

#include "extract/dates/date_resolver.h"
#include "extract/dates/template_matcher.h"

namespace loupe::dates {
namespace {

// A dateline: a full date near the top of the document ("By ..., 31 July 2023,").
constexpr std::size_t kDatelineWindow = 1024;
// A signature: a full date that ends a short line ("Kremlin, 2021. 12. 7.").
constexpr std::size_t kSignatureLine = 100;

bool ends_short_line(std::string_view text, core::ByteRange b) {
  std::size_t line_begin = text.rfind('\n', b.begin_byte == 0 ? 0 : b.begin_byte - 1);
  line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
  std::size_t line_end = text.find('\n', b.end_byte);
  if (line_end == std::string_view::npos) line_end = text.size();
  if (line_end - line_begin > kSignatureLine) return false;
  for (std::size_t i = b.end_byte; i < line_end; ++i) {
    const char c = text[i];
    if (c != ' ' && c != '.' && c != ',' && c != ')' && c != '\r' && c != '\t') return false;
  }
  return true;
}

ReferenceDate find_reference(std::string_view text, const std::vector<Candidate>& found,
                             std::optional<CivilDate>& date) {
  const Candidate* signature = nullptr;
  for (const Candidate& c : found) {
    auto day = explicit_day(c);
    if (!day) continue;
    if (c.bytes.begin_byte < kDatelineWindow) {
      date = day;
      return {format_date(*day), "document", c.bytes};
    }
    if (!signature && ends_short_line(text, c.bytes)) signature = &c;
  }
  if (signature) {
    date = explicit_day(*signature);
    return {format_date(*date), "document", signature->bytes};
  }
  return {"", "none", {}};
}

}  // namespace

std::string_view date_kind_name(DateKind kind) {
  switch (kind) {
    case DateKind::kDate: return "date";
    case DateKind::kMonth: return "month";
    case DateKind::kYear: return "year";
    case DateKind::kDecade: return "decade";
    case DateKind::kCentury: return "century";
    case DateKind::kRange: return "range";
    case DateKind::kDuration: return "duration";
    case DateKind::kRelative: return "relative";
  }
  return "date";
}

DateExtractor::DateExtractor(std::unique_ptr<TemplateMatcher> matcher) : matcher_(std::move(matcher)) {}
DateExtractor::~DateExtractor() = default;

core::Result<std::unique_ptr<DateExtractor>> DateExtractor::create() {
  auto matcher = std::make_unique<TemplateMatcher>();
  if (matcher->template_count() == 0) {
    return core::Status(core::StatusCode::kInternal, "no date templates compiled");
  }
  return std::unique_ptr<DateExtractor>(new DateExtractor(std::move(matcher)));
}

core::Result<DateExtraction> DateExtractor::extract(std::string_view utf8, std::string_view reference_date) const {
  std::optional<CivilDate> ref;
  DateExtraction out;
  if (!reference_date.empty()) {
    ref = parse_iso_date(reference_date);
    if (!ref) {
      return core::Status(core::StatusCode::kInvalidArgument,
                          "reference date must be YYYY-MM-DD, got '" + std::string(reference_date) + "'");
    }
    out.reference = {format_date(*ref), "user", {}};
  }
  const std::vector<Candidate> found = matcher_->find(utf8, &accept_candidate);
  if (!ref) out.reference = find_reference(utf8, found, ref);
  out.mentions.reserve(found.size());
  for (const Candidate& c : found) out.mentions.push_back(resolve_candidate(c, ref));
  return out;
}

}  // namespace loupe::dates
