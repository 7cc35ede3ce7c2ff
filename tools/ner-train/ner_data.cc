#include "ner_data.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/utf8.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/name_key.h"

namespace loupe::ner {
namespace {

entities::EntityType type_of(const std::string& name) {
  if (name == "PERSON") return entities::EntityType::kPerson;
  if (name == "ORG") return entities::EntityType::kOrg;
  if (name == "LOC") return entities::EntityType::kLoc;
  throw std::runtime_error("unknown span type " + name);
}

// Byte offset of every code point index (and of the end).
std::vector<std::size_t> code_point_bytes(const std::string& text) {
  std::vector<std::size_t> out;
  for (std::size_t p = 0; p < text.size();) {
    out.push_back(p);
    p += core::decode_utf8(text, p).length;
  }
  out.push_back(text.size());
  return out;
}

double percent(std::size_t a, std::size_t b) { return b ? 100.0 * a / b : 0; }
double f1_of(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

}  // namespace

std::vector<NerDoc> read_ner_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<NerDoc> docs;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line);
    NerDoc d;
    d.id = j.at("id").get<std::string>();
    d.text = j.at("text").get<std::string>();
    const std::vector<std::size_t> bytes = code_point_bytes(d.text);
    for (const auto& s : j.at("spans")) {
      const std::size_t b = s.at(0).get<std::size_t>(), e = s.at(1).get<std::size_t>();
      if (b >= e || e >= bytes.size()) throw std::runtime_error("bad span in " + d.id);
      d.spans.push_back({{bytes[b], bytes[e]}, type_of(s.at(2).get<std::string>())});
    }
    docs.push_back(std::move(d));
  }
  return docs;
}

std::size_t listed_places_as_loc(std::vector<NerDoc>& docs, const entities::Lexicon& lexicon,
                                 entities::NameKeyer& keyer) {
  std::size_t changed = 0;
  for (NerDoc& d : docs)
    for (GoldSpan& s : d.spans) {
      if (s.type != entities::EntityType::kOrg) continue;
      const std::string surface = d.text.substr(s.bytes.begin_byte, s.bytes.size());
      const char32_t first = core::decode_utf8(surface, 0).code_point;
      const int found = first >= 0xAC00 && first <= 0xD7A3
                            ? lexicon.find_korean(surface)
                            : lexicon.find_name(keyer.lookup_key(surface));
      if (found < 0 || lexicon.entity(found).type != entities::EntityType::kLoc) continue;
      s.type = entities::EntityType::kLoc;
      ++changed;
    }
  return changed;
}

std::size_t korean_country_subjects_as_org(std::vector<NerDoc>& docs,
                                           const entities::Lexicon& lexicon) {
  std::size_t changed = 0;
  for (NerDoc& d : docs)
    for (GoldSpan& s : d.spans) {
      if (s.type != entities::EntityType::kLoc) continue;
      const int found = lexicon.find_korean(d.text.substr(s.bytes.begin_byte, s.bytes.size()));
      if (found < 0 || !lexicon.is_country(found) ||
          (!entities::korean_subject_follows(d.text, s.bytes.end_byte) &&
           !entities::korean_team_follows(d.text, s.bytes.begin_byte, s.bytes.end_byte)))
        continue;
      s.type = entities::EntityType::kOrg;
      ++changed;
    }
  return changed;
}

std::size_t split_korean_places(std::vector<NerDoc>& docs, const entities::Lexicon& lexicon) {
  std::size_t added = 0;
  std::vector<entities::TaggedSpan> parts;
  for (NerDoc& d : docs) {
    std::vector<GoldSpan> spans;
    for (const GoldSpan& s : d.spans) {
      parts.clear();
      entities::korean_place_parts(lexicon, d.text, {s.bytes, s.type, 1.0f}, parts);
      for (const entities::TaggedSpan& p : parts) spans.push_back({p.bytes, p.type});
      added += parts.size() - 1;
    }
    d.spans = std::move(spans);
  }
  return added;
}

namespace {

// Whether the word that ends at byte `end` of `text` is one a conjunction may follow: three
// letters or more, one of them lower case (not `J.`, `At.`, `UGT.`).
bool full_word_before(std::string_view text, std::size_t end) {
  std::size_t begin = end, letters = 0;
  bool lower = false;
  while (begin > 0 && text[begin - 1] != ' ') --begin;
  for (std::size_t p = begin; p < end;) {
    const core::DecodedChar c = core::decode_utf8(text, p);
    if (u_isalpha(static_cast<UChar32>(c.code_point))) ++letters;
    lower = lower || u_islower(static_cast<UChar32>(c.code_point));
    p += c.length;
  }
  return letters >= 3 && lower;
}

}  // namespace

std::size_t restore_conjunctions(std::vector<NerDoc>& docs) {
  std::size_t restored = 0;
  for (NerDoc& d : docs) {
    std::vector<std::size_t> at;  // bytes of the periods to restore, in text order
    for (const GoldSpan& s : d.spans)
      for (std::size_t p = d.text.find(". ", s.bytes.begin_byte);
           p != std::string::npos && p + 2 < s.bytes.end_byte; p = d.text.find(". ", p + 1))
        if (full_word_before(d.text, p)) at.push_back(p);
    if (at.empty()) continue;
    std::sort(at.begin(), at.end());
    std::string text;
    std::size_t from = 0;
    for (std::size_t p : at) text.append(d.text, from, p - from).append(" y"), from = p + 1;
    text.append(d.text, from);
    const auto moved = [&](std::size_t b) {  // periods before byte b, each one byte longer now
      return b + static_cast<std::size_t>(std::lower_bound(at.begin(), at.end(), b) - at.begin());
    };
    for (GoldSpan& s : d.spans) s.bytes = {moved(s.bytes.begin_byte), moved(s.bytes.end_byte)};
    d.text = std::move(text);
    restored += at.size();
  }
  return restored;
}

std::size_t org_names_only(std::vector<NerDoc>& docs) {
  static const std::string_view kOpen[] = {"\u00AB", "\"", "\u201E", "\u201C"};
  static const std::string_view kClose[] = {"\u00BB", "\"", "\u201C", "\u201D"};
  std::size_t changed = 0;
  for (NerDoc& d : docs)
    for (GoldSpan& s : d.spans) {
      if (s.type != entities::EntityType::kOrg) continue;
      const std::string_view span =
          std::string_view(d.text).substr(s.bytes.begin_byte, s.bytes.size());
      std::size_t open = std::string_view::npos, open_len = 0;
      for (std::string_view q : kOpen)
        if (const std::size_t p = span.find(q); p < open) open = p, open_len = q.size();
      if (open == std::string_view::npos) continue;
      std::size_t begin = open + open_len, end = span.size();
      for (std::string_view q : kClose)
        if (span.size() >= q.size() && span.substr(span.size() - q.size()) == q)
          end = std::min(end, span.size() - q.size());
      while (begin < end && span[begin] == ' ') ++begin;
      while (end > begin && span[end - 1] == ' ') --end;
      if (end <= begin || span.substr(begin, end - begin).find('"') != std::string_view::npos)
        continue;
      if (span.substr(begin, end - begin).find("\u00AB") != std::string_view::npos) continue;
      s.bytes = {s.bytes.begin_byte + begin, s.bytes.begin_byte + end};
      ++changed;
    }
  return changed;
}

std::size_t org_with_following_place(std::vector<NerDoc>& docs) {
  std::size_t merged = 0;
  for (NerDoc& d : docs) {
    std::vector<GoldSpan> spans;
    for (const GoldSpan& s : d.spans) {
      if (!spans.empty() && s.type == entities::EntityType::kLoc &&
          spans.back().type == entities::EntityType::kOrg &&
          s.bytes.begin_byte == spans.back().bytes.end_byte + 1 &&
          d.text[spans.back().bytes.end_byte] == ' ') {
        spans.back().bytes.end_byte = s.bytes.end_byte;
        ++merged;
        continue;
      }
      spans.push_back(s);
    }
    d.spans = std::move(spans);
  }
  return merged;
}

std::size_t split_bracketed(std::vector<NerDoc>& docs) {
  std::size_t split = 0;
  for (NerDoc& d : docs) {
    std::vector<GoldSpan> spans;
    for (const GoldSpan& s : d.spans) {
      const std::string_view span =
          std::string_view(d.text).substr(s.bytes.begin_byte, s.bytes.size());
      const std::size_t open = span.rfind(" (");
      if (span.empty() || span.back() != ')' || open == std::string_view::npos || open == 0 ||
          span.find_first_of("()", open + 2) != span.size() - 1 || open + 3 >= span.size()) {
        spans.push_back(s);
        continue;
      }
      const std::size_t b = s.bytes.begin_byte;
      spans.push_back({{b, b + open}, s.type});
      spans.push_back({{b + open + 2, s.bytes.end_byte - 1}, s.type});
      ++split;
    }
    d.spans = std::move(spans);
  }
  return split;
}

void NerScore::add(const std::vector<GoldSpan>& gold, const std::vector<GoldSpan>& found) {
  std::map<std::pair<std::size_t, std::size_t>, int> gold_at;
  for (const GoldSpan& g : gold)
    gold_at[{g.bytes.begin_byte, g.bytes.end_byte}] = static_cast<int>(g.type);
  std::map<std::pair<std::size_t, std::size_t>, int> matched;
  for (const GoldSpan& f : found) {
    const auto it = gold_at.find({f.bytes.begin_byte, f.bytes.end_byte});
    const int t = static_cast<int>(f.type);
    if (it != gold_at.end() && it->second == t && !matched.count(it->first)) {
      ++tp[t];
      matched[it->first] = t;
    } else {
      ++fp[t];
    }
  }
  for (const GoldSpan& g : gold)
    if (!matched.count({g.bytes.begin_byte, g.bytes.end_byte})) ++fn[static_cast<int>(g.type)];
}

double NerScore::f1() const {
  std::size_t t = 0, p = 0, n = 0;
  for (int k = 0; k < 3; ++k) t += tp[k], p += fp[k], n += fn[k];
  return f1_of(percent(t, t + p), percent(t, t + n));
}

void NerScore::print(std::FILE* out, const std::string& name, bool detail) const {
  static const char* kTypes[] = {"PERSON", "ORG", "LOC"};
  std::size_t t = 0, p = 0, n = 0;
  for (int k = 0; k < 3; ++k) t += tp[k], p += fp[k], n += fn[k];
  const double pa = percent(t, t + p), ra = percent(t, t + n);
  std::fprintf(out, "%-28s ALL    P %5.1f R %5.1f F1 %5.1f  (gold %zu)\n", name.c_str(), pa, ra,
               f1_of(pa, ra), t + n);
  if (!detail) return;
  for (int k = 0; k < 3; ++k) {
    const double pk = percent(tp[k], tp[k] + fp[k]), rk = percent(tp[k], tp[k] + fn[k]);
    std::fprintf(out, "%-28s %-6s P %5.1f R %5.1f F1 %5.1f  (gold %zu)\n", "", kTypes[k], pk, rk,
                 f1_of(pk, rk), tp[k] + fn[k]);
  }
}

}  // namespace loupe::ner
