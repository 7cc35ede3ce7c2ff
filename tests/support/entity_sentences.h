// The entity sentences (bench/entities/sentences.json): sentences we wrote, each with the
// PERSON / ORG / LOC names it holds as they appear (no titles, no particles). A language's
// sentences go into one EntityIndex, one document each (as bench/entities/run.mjs sends them to
// the wasm facade in one call), and a found mention counts when its surface and type match a
// name still unmatched in its sentence (either type of a "LOC|ORG" name). Shared by
// tests/unit/entities/sentences_test.cc and bench/entities/ner_eval.cc (--sentences). E.g.
// score_sentences(load_sentences(path)["en"]).f1(3) -> F1 over all types.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "extract/entities/entity_index.h"

namespace loupe::test {

struct EntitySentence {
  std::string text;
  std::vector<std::pair<std::string, std::string>> names;  // surface, PERSON / ORG / LOC / LOC|ORG
};

// Per language, in file order; throws on an unreadable or malformed file.
inline std::map<std::string, std::vector<EntitySentence>> load_sentences(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const nlohmann::json j = nlohmann::json::parse(buffer.str());
  std::map<std::string, std::vector<EntitySentence>> out;
  for (const auto& [lang, list] : j.items()) {
    if (!list.is_array()) continue;  // "note"
    for (const auto& s : list) {
      EntitySentence e{s.at(0).get<std::string>(), {}};
      for (const auto& n : s.at(1))
        e.names.emplace_back(n.at(0).get<std::string>(), n.at(1).get<std::string>());
      out[lang].push_back(std::move(e));
    }
  }
  return out;
}

// run.mjs's comparison: whitespace runs as one space, quotes and brackets off the start,
// quotes, brackets and sentence punctuation off the end, then a possessive 's off the end.
inline std::string normalize_surface(const std::string& s) {
  std::string t;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (t.empty() || t.back() == ' ')) continue;
    t.push_back(space ? ' ' : c);
  }
  static const std::array<std::string, 6> lead = {" ", "\"", "'", "\u201C", "\u2018", "("};
  static const std::array<std::string, 12> trail = {" ", "\"", "'", "\u201D", "\u2019", ".",
                                                    ",", ";",  ":", "!",      "?",      ")"};
  auto strip = [&](const auto& set, bool front) {
    for (bool again = true; again;) {
      again = false;
      for (const std::string& p : set) {
        if (front ? t.rfind(p, 0) == 0
                  : t.size() >= p.size() && t.compare(t.size() - p.size(), p.size(), p) == 0) {
          t = front ? t.substr(p.size()) : t.substr(0, t.size() - p.size());
          again = !t.empty();
        }
      }
    }
  };
  strip(lead, true);
  strip(trail, false);
  for (const std::string& pos : {std::string("'s"), std::string("\u2019s")})
    if (t.size() > pos.size() && t.compare(t.size() - pos.size(), pos.size(), pos) == 0)
      t.resize(t.size() - pos.size());
  return t;
}

struct SentenceScore {
  std::array<std::size_t, 4> tp{}, fp{}, fn{};  // PERSON, ORG, LOC, all
  std::vector<std::string> errors;              // "+ TYPE surface" / "- TYPE surface"
  double precision(int t) const { return tp[t] + fp[t] ? 100.0 * tp[t] / (tp[t] + fp[t]) : 0; }
  double recall(int t) const { return tp[t] + fn[t] ? 100.0 * tp[t] / (tp[t] + fn[t]) : 0; }
  double f1(int t) const {
    const double p = precision(t), r = recall(t);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

inline int sentence_type_index(const std::string& type) {
  const std::string first = type.substr(0, type.find('|'));
  return first == "PERSON" ? 0 : first == "ORG" ? 1 : first == "LOC" ? 2 : -1;
}

// A gold type is one type, or two separated by '|' where either reading is right (a country
// named as a state: "LOC|ORG"); a miss counts under the first.
inline bool type_fits(const std::string& gold, const std::string& found) {
  return gold == found || gold.rfind(found + "|", 0) == 0 ||
         (gold.size() > found.size() &&
          gold.compare(gold.size() - found.size() - 1, std::string::npos, "|" + found) == 0);
}

inline SentenceScore score_sentences(const std::vector<EntitySentence>& sentences) {
  entities::EntityIndex index;
  for (std::size_t i = 0; i < sentences.size(); ++i)
    index.add_document(std::to_string(i), sentences[i].text);
  std::vector<std::vector<std::pair<std::string, std::string>>> found(sentences.size());
  for (const entities::Mention& m : index.mentions()) {
    const std::string& text = sentences[m.doc].text;
    found[m.doc].emplace_back(normalize_surface(text.substr(m.bytes.begin_byte, m.bytes.size())),
                              entities::entity_type_name(m.type));
  }
  SentenceScore s;
  auto count = [&](std::array<std::size_t, 4>& a, const std::string& type) {
    const int t = sentence_type_index(type);
    if (t >= 0) ++a[t], ++a[3];
  };
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    std::vector<std::pair<std::string, std::string>> left;
    for (const auto& [surface, type] : sentences[i].names)
      left.emplace_back(normalize_surface(surface), type);
    for (const auto& f : found[i]) {
      auto it = std::find_if(left.begin(), left.end(), [&](const auto& g) {
        return g.first == f.first && type_fits(g.second, f.second);
      });
      if (it != left.end()) {
        count(s.tp, f.second);
        left.erase(it);
      } else {
        count(s.fp, f.second);
        s.errors.push_back("+ " + f.second + " " + f.first + "   | " + sentences[i].text);
      }
    }
    for (const auto& g : left) {
      count(s.fn, g.second);
      s.errors.push_back("- " + g.second + " " + g.first + "   | " + sentences[i].text);
    }
  }
  return s;
}

}  // namespace loupe::test
