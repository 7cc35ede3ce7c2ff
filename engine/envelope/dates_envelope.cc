// Written with core::JsonWriter (not an nlohmann tree): a dense text has a mention every few
// words and building a tree for each cost a third of the time.
#include "envelope/dates_envelope.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>

#include "envelope/envelope.h"

namespace loupe::envelope {
namespace {

bool digits(std::string_view s, std::size_t from, std::size_t to) {
  if (s.size() < to) return false;
  for (std::size_t i = from; i < to; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

// printf's "%.2f" of a confidence in [0, 1], which snprintf took ~1,500 instructions for (more
// in wasm, through long double). A float times 100 is exact in a double (24 + 7 bits), so
// rounding it to an integer, ties to even as printf does, gives the same two decimals.
std::string_view two_decimals(float confidence, char (&buf)[16]) {
  const double hundredths = static_cast<double>(confidence) * 100.0;
  if (std::signbit(hundredths) || !(hundredths <= 100.0)) {  // -0.0, NaN and the like
    const int n = std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(confidence));
    return {buf, n > 0 ? std::min(static_cast<std::size_t>(n), sizeof buf - 1) : 0};
  }
  const int r = static_cast<int>(std::nearbyint(hundredths));  // ties to even: the default mode
  buf[0] = static_cast<char>('0' + r / 100);
  buf[1] = '.';
  buf[2] = static_cast<char>('0' + r / 10 % 10);
  buf[3] = static_cast<char>('0' + r % 10);
  return {buf, 4};
}

// One date's members after its surface (offsets given), as dates_json has always written them.
void put_date(core::JsonWriter& w, const dates::DateMention& m, core::ByteRange input,
              core::Utf16Range u16) {
  char buf[16];
  const std::string_view confidence = two_decimals(m.confidence, buf);
  w.key("kind").str(dates::date_kind_name(m.kind)).key("as_written").str(m.as_written);
  w.key("value").str(m.value).key("grain").str(dates::grain_name(m.grain)).key("mod").str(m.mod);
  w.key("confidence").lit(confidence).key("uses_reference").boolean(m.uses_reference);
  put_offsets(w, input, u16);
}

}  // namespace

std::string_view date_bucket(std::string_view value, char unit) {
  if (unit == 'm')
    return digits(value, 0, 4) && value.size() >= 7 && value[4] == '-' && digits(value, 5, 7)
               ? value.substr(0, 7)
               : std::string_view();
  return digits(value, 0, 4) ? value.substr(0, unit == 'd' ? 3 : 4) : std::string_view();
}

bool date_in_period(std::string_view value, std::string_view from, std::string_view to) {
  if (!digits(value, 0, 4)) return false;
  return (from.empty() || value.substr(0, from.size()) >= from) &&
         (to.empty() || value.substr(0, to.size()) <= to);
}

std::string dates_envelope(const document::PreparedDocument& doc,
                           const dates::DateExtraction& result) {
  core::JsonWriter w;
  open_ok(w);
  w.key("reference").open('{');
  w.key("date").str(result.reference.date).key("source").str(result.reference.source);
  if (result.reference.source == "document") {
    put_offsets(w, doc.input_range(result.reference.bytes),
                doc.utf16_range(result.reference.bytes));
  }
  w.close('}').key("dates").open('[');
  for (const dates::DateMention& m : result.mentions) {
    // The source range once: input_range() and utf16_range() would each map it again.
    const core::ByteRange src = doc.source_range(m.bytes);
    w.open('{').key("surface").str(std::string_view(doc.source).substr(src.begin_byte, src.size()));
    put_date(w, m, doc.source_to_input.to_source(src), doc.source_u16->to_utf16(src));
    w.close('}');
  }
  w.close(']').close('}');
  return w.take();
}

std::string index_dates_envelope(
    const std::vector<DatedDocument>& docs, const DatesPick& pick,
    const std::function<MentionPlace(std::size_t, core::ByteRange)>& place) {
  std::map<std::string_view, std::uint64_t> counts[3];  // decade, year, month
  std::uint64_t total = 0;
  for (const DatedDocument& d : docs) {
    total += d.found->mentions.size();
    for (const dates::DateMention& m : d.found->mentions) {
      int u = 0;
      for (char unit : {'d', 'y', 'm'}) {
        const std::string_view key = date_bucket(m.value, unit);
        if (!key.empty()) counts[u][key]++;
        ++u;
      }
    }
  }
  core::JsonWriter w;
  open_ok(w);
  w.key("documents").open('[');
  std::vector<MentionPlace> references;  // by document (asked first: text order)
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const dates::ReferenceDate& r = docs[i].found->reference;
    w.open('{').key("id").str(docs[i].id).key("name").str(docs[i].name);
    w.key("reference").open('{').key("date").str(r.date).key("source").str(r.source);
    if (r.source == "document") {
      const MentionPlace at = place(i, r.bytes);
      put_offsets(w, at.input, at.u16);
    }
    w.close('}').key("count").num(docs[i].found->mentions.size()).close('}');
  }
  w.close(']').key("total").num(total).key("counts").open('{');
  const char* units[] = {"decade", "year", "month"};
  for (int u = 0; u < 3; ++u) {
    w.key(units[u]).open('{');
    for (const auto& [key, n] : counts[u]) w.key(key).num(n);
    w.close('}');
  }
  w.close('}').key("dates").open('[');
  for (std::size_t i = 0; pick.dates && i < docs.size(); ++i) {
    if (pick.one_doc && docs[i].id != pick.doc) continue;
    for (const dates::DateMention& m : docs[i].found->mentions) {
      if ((!pick.from.empty() || !pick.to.empty()) && !date_in_period(m.value, pick.from, pick.to))
        continue;
      const MentionPlace at = place(i, m.bytes);
      w.open('{').key("surface").str(at.surface);
      put_date(w, m, at.input, at.u16);
      w.key("doc").str(docs[i].id).close('}');
    }
  }
  w.close(']').close('}');
  return w.take();
}

}  // namespace loupe::envelope
