#include "extract/dates/date_extractor.h"

#include <cstdlib>
#include <optional>

#include "extract/dates/mention_finder.h"
#include "extract/dates/time_dateline.h"
#include "extract/dates/time_resolver.h"

namespace loupe::dates {
namespace {

// A dateline: a full date near the top of the document ("By ..., 31 July 2023,").
constexpr std::size_t kDatelineWindow = 1024;
// A signature: a full date that ends a short line ("Kremlin, 2021. 12. 7.").
constexpr std::size_t kSignatureLine = 100;

// No sentence ends between two mentions (a line break, or ". " / "! " / "? ").
bool one_sentence(std::string_view text, std::size_t from, std::size_t to) {
  if (to < from || to - from > 300) return false;
  for (std::size_t i = from; i < to; ++i) {
    const char c = text[i];
    if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < to && text[i + 1] == ' ')) {
      return false;
    }
  }
  return true;
}

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

// A full calendar day the text states by itself (no reference needed).
std::optional<std::string> explicit_day(const FoundItem& f) {
  if (f.item.type != ItemType::kTime) return std::nullopt;
  const TimeSpec& t = f.item.t;
  if (!set(t.year) || !set(t.month) || !set(t.day) || t.rel_grain != Grain::kNone ||
      t.shift_unit != Grain::kNone || t.part || t.nth) {
    return std::nullopt;
  }
  Reference any;
  auto v = resolve_item(f.item, any, 0);
  if (!v || v->uses_reference) return std::nullopt;
  return v->value.substr(0, 10);
}

ReferenceDate find_reference(std::string_view text, const std::vector<FoundItem>& found,
                             std::optional<Reference>& ref) {
  const FoundItem* signature = nullptr;
  for (const FoundItem& f : found) {
    if (!explicit_day(f)) continue;
    if (f.bytes.begin_byte < kDatelineWindow) {
      signature = &f;
      break;
    }
    if (!signature && ends_short_line(text, f.bytes)) signature = &f;
  }
  if (!signature) return {"", "none", {}};
  const std::string day = *explicit_day(*signature);
  ref = parse_reference(day);
  return {day, "document", signature->bytes};
}

// The first calendar day of a resolved value ("1996-09-27", "/1996-03-22", "1996-09-27/..."),
// in days; nullopt when it starts with no full date.
std::optional<int> first_day(const std::string& v) {
  const std::size_t i = !v.empty() && v[0] == '/' ? 1 : 0;
  if (v.size() < i + 10 || v[i + 4] != '-' || v[i + 7] != '-') return std::nullopt;
  const auto num = [&](std::size_t at, std::size_t n) {
    int x = 0;
    for (std::size_t k = at; k < at + n; ++k) {
      if (v[k] < '0' || v[k] > '9') return -1;
      x = x * 10 + (v[k] - '0');
    }
    return x;
  };
  const int y = num(i, 4), m = num(i + 5, 2), d = num(i + 8, 2);
  if (y < 0 || m < 1 || d < 1) return std::nullopt;
  return static_cast<int>(days_from_civil({y, m, d}));
}

// A day and month without a year and without a tense to choose its year ("finals September
// 27-28" in a story dated 31 August, "hasta el 22 de marzo" after "19 de enero de 1998"): read
// back as a story's days mostly are, unless the day ahead is near (within a quarter) and
// nearer than the one back. A story names days near its own time: one a month ahead is no
// year back, but "24 February" in a story of November is the one before.
constexpr int kNearAhead = 92;
std::optional<ResolvedValue> resolve_nearest(const Item& it, const Reference& r) {
  auto back = resolve_item(it, r, -1);
  auto ahead = resolve_item(it, r, 1);
  if (!back || !ahead) return back ? back : ahead;
  const auto b = first_day(back->value), a = first_day(ahead->value);
  if (!b || !a) return back;
  const int at = static_cast<int>(days_from_civil(r.moment.date));
  return *a - at <= kNearAhead && *a - at < at - *b ? ahead : back;
}

DateKind kind_of(const Item& it, const ResolvedValue& v) {
  const TimeSpec& t = it.t;
  if (v.duration) return DateKind::kDuration;
  if (v.range) return DateKind::kRange;
  if (set(t.decade)) return DateKind::kDecade;
  if (set(t.century)) return DateKind::kCentury;
  if (v.grain <= Grain::kHour) return DateKind::kTime;
  if (t.rel_grain != Grain::kNone || t.shift_unit != Grain::kNone || t.now || t.dir != 0 ||
      (set(t.weekday) && !set(t.month))) {
    return DateKind::kRelative;
  }
  if (v.grain <= Grain::kWeek) return DateKind::kDate;
  if (v.grain <= Grain::kQuarter) return DateKind::kMonth;
  return DateKind::kYear;
}

}  // namespace

struct DateExtractor::Impl {
  MentionFinder finder;
};

std::string_view date_kind_name(DateKind kind) {
  switch (kind) {
    case DateKind::kDate:
      return "date";
    case DateKind::kMonth:
      return "month";
    case DateKind::kYear:
      return "year";
    case DateKind::kDecade:
      return "decade";
    case DateKind::kCentury:
      return "century";
    case DateKind::kRange:
      return "range";
    case DateKind::kDuration:
      return "duration";
    case DateKind::kRelative:
      return "relative";
    case DateKind::kTime:
      return "time";
  }
  return "date";
}

std::string_view grain_name(Grain grain) {
  static constexpr std::string_view kNames[] = {"second", "minute",  "hour", "day",    "week",
                                                "month",  "quarter", "year", "decade", "century"};
  const int i = static_cast<int>(grain);
  return i >= 0 && i < 10 ? kNames[i] : "day";
}

DateExtractor::DateExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DateExtractor::~DateExtractor() = default;

core::Result<std::unique_ptr<DateExtractor>> DateExtractor::create() {
  return std::unique_ptr<DateExtractor>(new DateExtractor(std::make_unique<Impl>()));
}

core::Result<DateExtraction> DateExtractor::extract(std::string_view utf8,
                                                    std::string_view reference) const {
  std::optional<Reference> ref;
  DateExtraction out;
  if (!reference.empty()) {
    ref = parse_reference(reference);
    if (!ref) {
      return core::Status(
          core::StatusCode::kInvalidArgument,
          "reference must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, got '" + std::string(reference) + "'");
    }
    out.reference = {std::string(reference), "user", {}};
  }
  const std::vector<FoundItem> found = impl_->finder.find(utf8);
  if (!ref) {
    out.reference = find_reference(utf8, found, ref);
  } else if (auto line = yearless_dateline(utf8, found, *ref)) {  // "Madrid, 23 may (EFE)"
    ref = parse_reference(line->day);
    out.reference = {line->day, "document", line->bytes};
  }
  out.mentions.reserve(found.size());
  const Reference none;
  // A document that states its own date is news or a report: what it names without a tense
  // cue has mostly happened already, so a bare month or weekday reads backward there.
  const bool from_document = out.reference.source == "document";
  PriorDate prior;  // "того же года": the year of the date said before
  std::size_t prior_end = 0;
  for (const FoundItem& f : found) {
    int dir = f.tense != 0 ? f.tense : from_document ? -1 : 0;
    const Item* used = &f.item;
    std::optional<Reference> same = ref ? prior.for_item(f.item, *ref) : std::nullopt;
    if (ref && !same && one_sentence(utf8, prior_end, f.bytes.begin_byte)) {
      same = prior.story_day(f.item, *ref);
      if (same) dir = 1;
    }
    const Reference& r = same ? *same : ref ? *ref : none;
    const bool nearest = ref && yearless_day(f.item) && (same || (f.tense == 0 && from_document));
    auto v = nearest ? resolve_nearest(f.item, r) : resolve_item(f.item, r, dir);
    for (std::size_t k = 0; !v && k < f.others.size(); ++k) {
      used = &f.others[k];
      v = resolve_item(*used, r, dir);
    }
    if (!v) continue;
    prior.note(*v);
    prior_end = f.bytes.end_byte;
    DateMention m;
    m.bytes = f.bytes;
    m.kind = kind_of(*used, *v);
    m.grain = v->grain;
    m.mod = v->mod;
    m.confidence = 0.9f;
    m.as_written = v->uses_reference ? unresolved_value(*used) : v->value;
    m.uses_reference = v->uses_reference && ref.has_value();
    m.value = m.uses_reference || !v->uses_reference ? v->value : m.as_written;
    out.mentions.push_back(std::move(m));
  }
  return out;
}

}  // namespace loupe::dates
