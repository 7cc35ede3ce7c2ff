// The grouping gold (tests/golden/entities/grouping/): documents we wrote, with each mention
// marked inline as [[surface|TYPE|entity]] (TYPE: PER, ORG or LOC; entity: the gold id).
// parse_grouping_gold strips the marks and gives each mention its byte range in the clean
// text; score_grouping compares a grouping with the gold one (B-cubed and pairwise).
// Shared by tests/unit/entities/grouping_test.cc and bench/entities/grouping_bench.cc.
// E.g. "[[Putin|PER|putin]]가 왔다" -> text "Putin가 왔다", mention [0, 5) PER "putin".
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace loupe::test {

struct GoldMention {
  std::uint32_t begin = 0, end = 0;  // bytes of the clean text
  std::string type;                  // PER, ORG, LOC
  std::string entity;                // gold id
};

struct GoldDocument {
  std::string name;
  std::string text;  // without the marks
  std::vector<GoldMention> mentions;
};

// The marked text, or an error message (an unclosed or malformed mark).
inline std::optional<GoldDocument> parse_grouping_gold(std::string name, const std::string& marked,
                                                       std::string* error) {
  GoldDocument doc{std::move(name), {}, {}};
  std::size_t p = 0;
  while (p < marked.size()) {
    const std::size_t open = marked.find("[[", p);
    if (open == std::string::npos) break;
    doc.text.append(marked, p, open - p);
    const std::size_t close = marked.find("]]", open);
    const std::size_t bar1 = marked.find('|', open);
    const std::size_t bar2 = bar1 == std::string::npos ? bar1 : marked.find('|', bar1 + 1);
    if (close == std::string::npos || bar2 == std::string::npos || bar2 > close) {
      if (error) *error = doc.name + ": malformed mark at byte " + std::to_string(open);
      return std::nullopt;
    }
    GoldMention m;
    m.begin = static_cast<std::uint32_t>(doc.text.size());
    doc.text.append(marked, open + 2, bar1 - open - 2);
    m.end = static_cast<std::uint32_t>(doc.text.size());
    m.type = marked.substr(bar1 + 1, bar2 - bar1 - 1);
    m.entity = marked.substr(bar2 + 1, close - bar2 - 1);
    if (m.type != "PER" && m.type != "ORG" && m.type != "LOC") {
      if (error) *error = doc.name + ": unknown type " + m.type;
      return std::nullopt;
    }
    doc.mentions.push_back(std::move(m));
    p = close + 2;
  }
  if (p < marked.size()) doc.text.append(marked, p, std::string::npos);
  return doc;
}

struct GroupingScores {
  std::size_t mentions = 0;
  double b3_precision = 0, b3_recall = 0, b3_f1 = 0;
  double pair_precision = 1, pair_recall = 1;  // 1 when there is no pair to judge
};

// gold[i] and system[i]: the entity of mention i in each grouping.
template <typename SystemId>
GroupingScores score_grouping(const std::vector<std::string>& gold,
                              const std::vector<SystemId>& system) {
  GroupingScores s;
  s.mentions = gold.size();
  if (gold.empty() || gold.size() != system.size()) return s;
  std::map<std::string, std::size_t> gold_size;
  std::map<SystemId, std::size_t> system_size;
  std::map<std::pair<SystemId, std::string>, std::size_t> both;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    ++gold_size[gold[i]];
    ++system_size[system[i]];
    ++both[{system[i], gold[i]}];
  }
  for (std::size_t i = 0; i < gold.size(); ++i) {
    const double common = static_cast<double>(both[{system[i], gold[i]}]);
    s.b3_precision += common / static_cast<double>(system_size[system[i]]);
    s.b3_recall += common / static_cast<double>(gold_size[gold[i]]);
  }
  s.b3_precision /= static_cast<double>(gold.size());
  s.b3_recall /= static_cast<double>(gold.size());
  s.b3_f1 = 2 * s.b3_precision * s.b3_recall / (s.b3_precision + s.b3_recall);
  auto pairs = [](std::size_t n) {
    return static_cast<double>(n) * static_cast<double>(n - 1) / 2;
  };
  double correct = 0, system_pairs = 0, gold_pairs = 0;
  for (const auto& [key, n] : both) correct += pairs(n);
  for (const auto& [key, n] : system_size) system_pairs += pairs(n);
  for (const auto& [key, n] : gold_size) gold_pairs += pairs(n);
  if (system_pairs > 0) s.pair_precision = correct / system_pairs;
  if (gold_pairs > 0) s.pair_recall = correct / gold_pairs;
  return s;
}

}  // namespace loupe::test
