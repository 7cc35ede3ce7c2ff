#include "extract/entities/org_names.h"

#include <algorithm>

#include "core/utf8.h"

namespace loupe::entities {
namespace {

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() > end.size() && s.substr(s.size() - end.size()) == end;
}

// A Cyrillic adjective made from a place name, reduced to the place: "Харьковском" (stem
// "харьковск") -> "харьков", "Харківському" -> "харків". Empty when the stem has no such suffix.
std::string place_of_adjective(std::string stem) {
  for (std::string_view suffix : {"ськ", "цьк", "зьк", "ск", "цк"})
    if (ends_with(stem, suffix) && stem.size() >= suffix.size() + 6) {
      stem.resize(stem.size() - suffix.size());
      return stem;
    }
  return {};
}

}  // namespace

OrgNames::OrgNames(NameKeyer& keyer) {
  int row = 0;
  for_each_row(lexicon_file("org_heads.txt"), [&](const auto& fields) {
    if (fields.size() < 2) return;
    if (fields[0] == "FUNCTION") function_ = row;
    const std::string_view words = fields[1];
    for (std::size_t q = 0; q <= words.size();) {
      std::size_t bar = words.find('|', q);
      if (bar == std::string_view::npos) bar = words.size();
      const std::string_view word = words.substr(q, bar - q);
      q = bar + 1;
      if (word.empty()) continue;
      if (script_of(core::decode_utf8(word, 0).code_point) == Script::kHangul) {
        concept_of_korean_.emplace(std::string(word), row);
        longest_korean_ = std::max(longest_korean_, word.size());
      } else {
        concept_of_key_.emplace(keyer.word_key(word), row);
      }
    }
    ++row;
  });
}

std::string_view OrgNames::korean_concepts(std::string_view word,
                                           std::vector<int>& concepts) const {
  // Longest known word at the end, repeatedly (Hangul syllables are 3 bytes).
  while (!word.empty()) {
    bool found = false;
    for (std::size_t n = std::min(longest_korean_, word.size()); n >= 3; n -= 3) {
      auto it = concept_of_korean_.find(std::string(word.substr(word.size() - n)));
      if (it == concept_of_korean_.end()) continue;
      concepts.push_back(it->second);
      word.remove_suffix(n);
      found = true;
      break;
    }
    if (!found) break;
  }
  return word;
}

void OrgNames::add_proper(std::string_view word, Script script, const Lexicon& lexicon,
                          NameKeyer& keyer, OrgKey& out) const {
  OrgKey::Proper p;
  if (script == Script::kHangul) {
    p.known = lexicon.find_korean(word);
    p.romans.push_back(keyer.romanize(word));
  } else {
    p.known = lexicon.find_name(keyer.word_key(word));
    p.romans.push_back(keyer.romanize(word, true));
    if (script == Script::kLatin)
      for (std::string& v : spelling_variants(p.romans.back())) p.romans.push_back(std::move(v));
    if (script == Script::kCyrillic) {
      p.romans.push_back(keyer.romanize(word, false));
      if (const std::string place = place_of_adjective(keyer.cyrillic_stem(word)); !place.empty()) {
        if (p.known < 0) p.known = lexicon.find_name(keyer.word_key(place));
        if (p.known < 0) p.known = lexicon.find_name(place);
        p.romans.push_back(keyer.romanize(place, false));
      }
    }
  }
  p.romans.erase(std::remove(p.romans.begin(), p.romans.end(), std::string()), p.romans.end());
  if (p.known >= 0 || !p.romans.empty()) out.proper.push_back(std::move(p));
}

OrgKey OrgNames::key(std::string_view name, const Lexicon& lexicon, NameKeyer& keyer) const {
  OrgKey out;
  for (std::size_t p = 0; p < name.size();) {
    std::size_t end = name.find(' ', p);
    if (end == std::string_view::npos) end = name.size();
    std::string_view word = name.substr(p, end - p);
    p = end + 1;
    if (word.empty()) continue;
    const Script script = script_of(core::decode_utf8(word, 0).code_point);
    if (script == Script::kHangul) {
      word = korean_concepts(word, out.concepts);
      if (!word.empty()) add_proper(word, script, lexicon, keyer, out);
      continue;
    }
    auto it = concept_of_key_.find(keyer.word_key(word));
    if (it == concept_of_key_.end()) {
      add_proper(word, script, lexicon, keyer, out);
    } else if (it->second != function_) {
      out.concepts.push_back(it->second);
    }
  }
  std::sort(out.concepts.begin(), out.concepts.end());
  out.concepts.erase(std::unique(out.concepts.begin(), out.concepts.end()), out.concepts.end());
  return out;
}

namespace {

bool same_proper(const OrgKey::Proper& a, const OrgKey::Proper& b) {
  if (a.known >= 0 || b.known >= 0) return a.known == b.known;
  for (const std::string& x : a.romans)
    for (const std::string& y : b.romans)
      if (x == y || name_distance(x, y) != kNoMatch) return true;
  return false;
}

}  // namespace

bool same_org(const OrgKey& a, const OrgKey& b) {
  if (a.concepts.empty() || a.concepts != b.concepts) return false;
  if (a.proper.empty() || a.proper.size() != b.proper.size()) return false;
  // Each proper word pairs with a distinct one of the other name (word order differs between
  // languages: Valencia University, Universidad de Valencia).
  std::vector<bool> used(b.proper.size(), false);
  for (const OrgKey::Proper& x : a.proper) {
    bool paired = false;
    for (std::size_t j = 0; j < b.proper.size() && !paired; ++j)
      if (!used[j] && same_proper(x, b.proper[j])) used[j] = paired = true;
    if (!paired) return false;
  }
  return true;
}

}  // namespace loupe::entities
