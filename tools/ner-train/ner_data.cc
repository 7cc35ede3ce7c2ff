#include "ner_data.h"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/utf8.h"

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
