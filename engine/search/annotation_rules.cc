#include "search/annotation_rules.h"

#include <algorithm>

#include "envelope/dates_envelope.h"
#include "query/filter_date.h"

namespace loupe::search {

std::optional<std::uint32_t> annotation_passage(const index::SearchIndex& idx,
                                                const index::DocInfo& d, std::size_t byte) {
  const auto begin = idx.passages().begin() + d.first_passage;  // validated by SearchIndex
  auto first = begin, last = begin + d.passage_count;
  if (first != last && first->field == index::Field::kTitle) ++first;  // the title comes first
  auto it = std::upper_bound(first, last, byte, [](std::size_t b, const index::PassageInfo& p) {
    return b < p.begin_byte;
  });
  if (it == first) return std::nullopt;
  --it;
  if (byte >= it->end_byte) return std::nullopt;  // between paragraphs
  return static_cast<std::uint32_t>(it - begin);
}

std::vector<std::string> annotation_words(std::string_view name) {
  std::vector<std::string> out;
  for (std::size_t p = 0; p < name.size();) {
    const std::size_t e = std::min(name.find_first_of(" \n\t", p), name.size());
    if (e > p) out.emplace_back(name.substr(p, e - p));
    p = e + 1;
  }
  return out;
}

std::vector<AnnotationNameKeys> annotation_name_keys(const entities::Entity& e,
                                                     entities::NameKeyer& keyer) {
  std::vector<AnnotationNameKeys> out;
  const auto add = [&](const std::string& name) {
    const std::vector<std::string> words = annotation_words(name);
    if (words.empty()) return;
    out.push_back(
        {keyer.lookup_key(name), keyer.word_key(words.back()), keyer.romanize(words.back())});
  };
  for (const std::string& alias : e.aliases) add(alias);
  add(e.canonical);
  return out;
}

int annotation_month(std::string_view value) {
  const std::string_view m = envelope::date_bucket(value, 'm');  // "YYYY-MM", digits checked
  if (m.empty()) return -1;
  int year = 0;
  for (char c : m.substr(0, 4)) year = year * 10 + (c - '0');
  return year * 12 + (m[5] - '0') * 10 + (m[6] - '0') - 1;
}

std::vector<query::DatedPassage> annotation_dates(const index::SearchIndex& idx,
                                                  const index::DocInfo& d,
                                                  const dates::DateExtraction& found) {
  std::vector<query::DatedPassage> out;
  for (const dates::DateMention& m : found.mentions) {
    if (m.kind == dates::DateKind::kDuration) continue;  // a length of time, not a point
    const std::optional<query::DayRange> range = query::date_value_range(m.value);
    const std::optional<std::uint32_t> p = annotation_passage(idx, d, m.bytes.begin_byte);
    if (!range || !p) continue;
    const bool countable = m.kind != dates::DateKind::kDecade &&
                           m.kind != dates::DateKind::kCentury &&
                           annotation_year(range->hi) - annotation_year(range->lo) < 10;
    out.push_back({*p, *range, countable, annotation_month(m.value)});
  }
  return out;
}

}  // namespace loupe::search
