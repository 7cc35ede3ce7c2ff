#include "extract/entities/lexicon.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "core/utf8.h"

namespace loupe::entities {
namespace {

bool starts_hangul(std::string_view s) {
  return !s.empty() && script_of(core::decode_utf8(s, 0).code_point) == Script::kHangul;
}

}  // namespace

const char* entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PERSON";
    case EntityType::kOrg:
      return "ORG";
    case EntityType::kLoc:
      return "LOC";
  }
  return "ORG";
}

Lexicon::Lexicon(NameKeyer& keyer) : keyer_(&keyer) {
  load_countries(keyer);
  countries_ = static_cast<int>(entities_.size());
  load_entities(lexicon_file("aliases.txt"), keyer);
  load_entities(lexicon_file("places.txt"), keyer);
  load_list(lexicon_file("titles.txt"), keyer);
  for_each_row(lexicon_file("org_words.txt"), [&](const auto& f) {
    if (f.size() < 2) return;
    if (f[0] == "ko") {
      ko_org_.insert(f[1]), max_ko_org_ = std::max(max_ko_org_, f[1].size());
      if (f[1].size() >= 3) ko_org_last_.insert(f[1].substr(f[1].size() - 3));  // Hangul: 3 bytes
    } else
      org_words_.insert(keyer.word_key(f[1]));
  });
  for_each_row(lexicon_file("loc_words.txt"), [&](const auto& f) {
    if (f.size() >= 2) loc_words_.insert(keyer.word_key(f[1]));
  });
  // A key whose every listed spelling is in capitals is an acronym ("UN", not "Un").
  for (const auto& [key, spellings] : spellings_) {
    bool caps = true;
    for (const std::string& sp : spellings)
      for (std::size_t p = 0; p < sp.size();) {
        const core::DecodedChar c = core::decode_utf8(sp, p);
        caps = caps && !u_islower(c.code_point);
        p += c.length;
      }
    if (caps) acronym_only_.insert(key);
  }
  spellings_.clear();
  by_key_.for_each([&](std::string_view key, int) {
    if (const std::size_t space = key.find(' '); space != std::string::npos)
      multiword_starts_.insert(key.substr(0, space));
  });
  by_key_.for_each([&](std::string_view key, int id) {
    if (entities_[id].type != EntityType::kLoc || key.find(' ') != std::string::npos) return;
    if (!std::all_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return;
    for (std::size_t n = 4; n <= key.size(); ++n) place_prefixes_.insert(key.substr(0, n));
  });
  for_each_row(lexicon_file("korean_homographs.txt"), [&](const auto& f) {
    if (f.size() >= 2 && f[0] == "ko") ko_homographs_.insert(f[1]);
  });
  for_each_row(lexicon_file("nonnames.txt"), [&](const auto& f) {
    if (f.size() < 2) return;
    nonnames_.insert(keyer.lookup_key(f[1]));
    if (f.size() >= 3 && f[2] == "late") late_nonnames_.insert(keyer.lookup_key(f[1]));
  });
}

void Lexicon::load_list(std::string_view text, NameKeyer& keyer) {
  for_each_row(text, [&](const auto& f) {
    if (f.size() < 2) return;
    std::string_view t = f[1];
    if (f[0] == "ko") {
      if (t.substr(0, 7) == "before:")
        ko_before_.insert(t.substr(7));
      else
        ko_after_.insert(t);
      return;
    }
    std::string key = keyer.lookup_key(t);
    max_title_words_ =
        std::max<std::size_t>(max_title_words_, std::count(key.begin(), key.end(), ' ') + 1);
    title_starts_.insert(key.substr(0, key.find(' ')));
    titles_.insert(key);
  });
}

void Lexicon::add_name(int index, std::string_view name, NameKeyer& keyer) {
  if (starts_hangul(name)) {
    korean_.emplace(name, index);
    return;
  }
  std::string key = keyer.lookup_key(name);
  spellings_[key].emplace_back(name);
  by_key_.emplace(key, index);
  note_cyrillic(index, name);
}

void Lexicon::load_countries(NameKeyer& keyer) {
  for_each_row(kCountriesTsv, [&](const auto& f) {
    if (f.size() < 3) return;
    std::string code(f[0]);
    auto it = code_.find(code);
    if (it == code_.end()) {
      // The first line of each code carries its canonical English name.
      entities_.push_back({code, EntityType::kLoc, std::string(f[2])});
      it = code_.emplace(code, static_cast<int>(entities_.size() - 1)).first;
    }
    add_name(it->second, f[2], keyer);
  });
}

void Lexicon::load_entities(std::string_view text, NameKeyer& keyer) {
  for_each_row(text, [&](const auto& f) {
    if (f.size() < 3) return;
    const EntityType type = f[0] == "PERSON" ? EntityType::kPerson
                            : f[0] == "ORG"  ? EntityType::kOrg
                                             : EntityType::kLoc;
    std::vector<std::string_view> names;
    for (std::size_t p = 0; p <= f[2].size();) {
      std::size_t bar = f[2].find('|', p);
      if (bar == std::string_view::npos) bar = f[2].size();
      if (bar > p) names.push_back(f[2].substr(p, bar - p));
      p = bar + 1;
    }
    if (names.empty()) return;
    std::string code(f[1]);
    auto it = code_.find(code);
    if (it == code_.end()) {
      entities_.push_back({code, type, std::string(names[0])});
      it = code_.emplace(code, static_cast<int>(entities_.size() - 1)).first;
    } else {
      entities_[it->second].canonical = std::string(names[0]);  // aliases.txt has the last word
    }
    for (std::string_view n : names) {
      // Alias names override gazetteer names that clash ("US" the country vs. anything else).
      if (starts_hangul(n))
        korean_[n] = it->second;
      else {
        std::string key = keyer.lookup_key(n);
        spellings_[key].emplace_back(n);
        by_key_[key] = it->second;
        note_cyrillic(it->second, n);
      }
    }
  });
}

namespace {
// A key holding Cyrillic letters (U+0400-U+052F: lead bytes 0xD0-0xD4): only such keys can be
// a Cyrillic name's case form.
bool has_cyrillic(std::string_view key) {
  for (unsigned char c : key)
    if (c >= 0xD0 && c <= 0xD4) return true;
  return false;
}
}  // namespace

// Case forms of Cyrillic names ("Киева", "Києва", "Пекину"): their stems are not always the
// stem of the nominative. Generated on the first Cyrillic lookup (about 100M instructions, which
// a page without Cyrillic text never pays), into maps of their own read after by_key_, so that
// they never replace a listed name's key, as when they were added last to by_key_. by_key_ stays
// untouched after construction: lookups of other keys never wait for this.
const Lexicon::CaseForms& Lexicon::case_forms() const {
  std::call_once(case_forms_once_, [this] {
    for (const auto& [index, name] : cyrillic_names_) {
      const std::size_t space = name.rfind(' ');
      const std::string last = space == std::string::npos ? name : name.substr(space + 1);
      const std::string prefix =
          space == std::string::npos ? "" : keyer_->lookup_key(name.substr(0, space)) + " ";
      for (const std::string& k : keyer_->case_form_keys(last)) {
        std::string key = prefix + k;
        if (by_key_.count(key)) continue;
        if (const std::size_t sp = key.find(' '); sp != std::string::npos)
          case_forms_.multiword_starts.insert(key.substr(0, sp));
        case_forms_.by_key.emplace(key, index);
      }
    }
  });
  return case_forms_;
}

bool Lexicon::starts_multiword_name(std::string_view key) const {
  if (multiword_starts_.count(key)) return true;
  return has_cyrillic(key) && case_forms().multiword_starts.count(key) > 0;
}

void Lexicon::note_cyrillic(int index, std::string_view name) {
  if (!name.empty() && script_of(core::decode_utf8(name, 0).code_point) == Script::kCyrillic)
    cyrillic_names_.emplace_back(index, std::string(name));
}

bool Lexicon::is_demonym(std::string_view key) const {
  static constexpr std::string_view kEndings[] = {"ians", "ans", "ian", "an", "ns",
                                                  "n",    "ish", "ese", "i",  "s"};
  for (std::string_view e : kEndings) {
    if (key.size() < e.size() + 4 || key.substr(key.size() - e.size()) != e) continue;
    if (place_prefixes_.count(key.substr(0, key.size() - e.size()))) return true;
  }
  return false;
}

int Lexicon::find_name(std::string_view key) const {
  if (const int* found = by_key_.find(key)) return *found;
  if (!has_cyrillic(key)) return -1;
  const int* found = case_forms().by_key.find(key);
  return found ? *found : -1;
}

int Lexicon::find_korean(std::string_view surface) const {
  const int* found = korean_.find(surface);
  return found ? *found : -1;
}

std::size_t Lexicon::title_length(const std::vector<std::string>& keys, std::size_t at) const {
  std::size_t best = 0;
  std::string joined;
  for (std::size_t n = 1; n <= max_title_words_ && at + n <= keys.size(); ++n) {
    if (n > 1) joined.push_back(' ');
    joined += keys[at + n - 1];
    if (titles_.count(joined)) best = n;
  }
  return best;
}

std::size_t Lexicon::korean_org_suffix(std::string_view stem) const {
  // Most words end in a syllable no organization word ends in: one lookup, not one per suffix.
  if (stem.size() < 3 || !ko_org_last_.count(stem.substr(stem.size() - 3))) return 0;
  // Suffixes that start on a character boundary, longest first: the first in the set is the
  // longest organization word the stem ends with.
  for (std::size_t len = std::min(stem.size(), max_ko_org_); len > 0; --len) {
    if ((static_cast<unsigned char>(stem[stem.size() - len]) & 0xC0) == 0x80) continue;
    if (ko_org_.count(stem.substr(stem.size() - len))) return len;
  }
  return 0;
}

}  // namespace loupe::entities
