#include "extract/entities/link_record.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/utf8.h"
#include "extract/entities/lexicon.h"

namespace loupe::entities {

std::string display_of(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t p = 0;
  while (p <= s.size()) {
    std::size_t e = s.find(' ', p);
    if (e == std::string::npos) e = s.size();
    if (e > p) out.push_back(s.substr(p, e - p));
    p = e + 1;
  }
  return out;
}

void add_romans(NameKeyer& keyer, std::string_view word, Script script,
                std::vector<std::string>& out) {
  out.push_back(keyer.romanize(word, false));
  if (script == Script::kCyrillic) out.push_back(keyer.romanize(word, true));
  if (script == Script::kLatin)
    for (std::string& v : spelling_variants(out.back())) out.push_back(std::move(v));
}

namespace {

// lexicon/korean_surnames.txt: Hangul surname -> its Latin spellings; the keys of its Latin and
// Cyrillic spellings.
struct KoreanSurnames {
  std::unordered_map<std::string, std::vector<std::string>> latin_of;
  std::unordered_set<std::string> keys;
  explicit KoreanSurnames(NameKeyer& keyer) {
    for_each_row(lexicon_file("korean_surnames.txt"), [&](const auto& fields) {
      if (fields.size() < 2) return;
      auto& latin_of_this = latin_of[std::string(fields[0])];
      std::string rest(fields[1]);
      std::replace(rest.begin(), rest.end(), '|', ' ');
      for (const std::string& s : split_words(rest)) {
        // Cyrillic spellings as written: a stem would take "Ану" (Ana, accusative) for "Ан".
        const bool latin = script_of(core::decode_utf8(s, 0).code_point) == Script::kLatin;
        keys.insert(latin ? keyer.word_key(s) : s);
        if (latin) latin_of_this.push_back(keyer.word_key(s));
      }
    });
  }
};

const KoreanSurnames& korean_surnames(NameKeyer& keyer) {
  static const KoreanSurnames surnames(keyer);  // keys are deterministic: any keyer will do
  return surnames;
}

// The first syllable of 김지우 when it is a Korean surname (three syllables), else "".
std::string_view hangul_surname(const LinkRecord& r, NameKeyer& keyer) {
  if (r.cand.script != Script::kHangul || r.words.size() != 1 || code_point_count(r.words[0]) != 3)
    return {};
  const std::string_view first = std::string_view(r.words[0]).substr(0, 3);
  return korean_surnames(keyer).latin_of.count(std::string(first)) ? first : std::string_view();
}

// Ким Джиу, Kim Ji-woo, Kim Jiwoo: a Korean surname, then the given name (in Latin script,
// one word, or a hyphenated one: Lee Harvey Oswald keeps his surname last).
bool surname_first(const LinkRecord& r, NameKeyer& keyer) {
  if (r.words.size() < 2 || r.words.size() > 3) return false;
  const auto& keys = korean_surnames(keyer).keys;
  if (!keys.count(r.cand.script == Script::kLatin ? keyer.word_key(r.words[0]) : r.words[0]))
    return false;
  return r.cand.script != Script::kLatin || r.words.size() == 2 ||
         r.words.back().find('-') != std::string::npos;
}

// Korean given names romanized by the Revised Romanization also in the spelling of McCune-
// Reischauer and the press, where ㅓ and ㅡ are o and u: 정은 jeongeun = Jong-un.
void add_korean_given_variants(std::vector<std::string>& romans) {
  const std::size_t n = romans.size();
  for (std::size_t i = 0; i < n; ++i) {
    std::string v = romans[i];
    for (std::size_t p = 0; (p = v.find('e', p)) != std::string::npos; ++p)
      if (p + 1 < v.size() && (v[p + 1] == 'o' || v[p + 1] == 'u')) v.erase(p, 1);
    if (v != romans[i]) romans.push_back(std::move(v));
  }
}

void person_keys(LinkRecord& r, NameKeyer& keyer) {
  const Script script = r.cand.script;
  if (std::string_view surname = hangul_surname(r, keyer); !surname.empty()) {
    r.full_name = true;
    r.first_script = Script::kHangul;
    r.last_key = std::string(surname);
    r.first_key = r.words[0].substr(surname.size());
    r.romans = korean_surnames(keyer).latin_of.at(r.last_key);
    r.first_romans.push_back(keyer.romanize(r.first_key));
    add_korean_given_variants(r.first_romans);
    return;
  }
  r.full_name = r.words.size() > 1;
  const bool reversed = surname_first(r, keyer);
  r.first_script = reversed ? Script::kHangul : script;
  const std::string& surname = reversed ? r.words.front() : r.words.back();
  std::string given = reversed ? r.words[1] : r.words.front();
  if (reversed && r.words.size() == 3) given += r.words[2];  // Ким Джи У
  r.last_key = keyer.word_key(surname);
  r.first_key = keyer.word_key(given);
  add_romans(keyer, surname, script, r.romans);
  if (r.full_name) add_romans(keyer, given, script, r.first_romans);
  if (reversed) add_korean_given_variants(r.first_romans);
}

}  // namespace

namespace {

// An acronym: one word of 2-10 letters, none of them lower case (KMI, ЕБРР).
bool is_acronym(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t p = 0; p < word.size();) {
    const core::DecodedChar c = core::decode_utf8(word, p);
    p += c.length;
    if (!u_isalpha(static_cast<UChar32>(c.code_point)) ||
        u_islower(static_cast<UChar32>(c.code_point)))
      return false;
    ++letters;
  }
  return letters >= 2 && letters <= 10;
}

// "(KMI)" after a name, "(洪磊)" after 훙레이: where the gap before the bracket starts;
// kNotBracketed otherwise.
std::uint32_t bracket_gap(std::string_view text, const core::ByteRange& bytes) {
  std::size_t open = bytes.begin_byte;
  if (open == 0 || text[open - 1] != '(' || bytes.end_byte >= text.size() ||
      text[bytes.end_byte] != ')')
    return LinkRecord::kNotBracketed;
  --open;
  while (open > 0 && text[open - 1] == ' ') --open;
  return static_cast<std::uint32_t>(open);
}

// A spelling in brackets glued to a Hangul word (`훙레이(洪磊)`, `유엔식량계획(WFP)`): the
// original script's name of what that word names.
bool korean_gloss(std::string_view text, const Candidate& c) {
  const std::size_t b = c.bytes.begin_byte;
  return c.script != Script::kHangul && b >= 4 && text[b - 1] == '(' &&
         c.bytes.end_byte < text.size() && text[c.bytes.end_byte] == ')' &&
         is_hangul_syllable(core::decode_utf8(text, b - 4).code_point);
}

}  // namespace

LinkRecord make_link_record(std::uint32_t doc, std::string_view text, const Candidate& c,
                            NameKeyer& keyer) {
  LinkRecord r;
  r.doc = doc;
  r.cand = c;
  r.display = display_of(text.substr(c.bytes.begin_byte, c.bytes.size()));
  r.words = split_words(r.display);
  if (r.words.empty()) return r;
  r.key = keyer.lookup_key(r.display);
  // Korean spacing varies within one text (`유엔 안보리`, `유엔안보리`): one key without spaces.
  if (c.script == Script::kHangul) std::erase(r.key, ' ');
  if ((c.type == EntityType::kOrg && r.words.size() == 1 && is_acronym(r.words[0])) ||
      korean_gloss(text, c))
    r.bracket_gap_begin = bracket_gap(text, c.bytes);
  r.first_key = keyer.word_key(r.words.front());
  r.last_key = keyer.word_key(r.words.back());
  // Han glosses (`洪磊`, after 훙레이) link by their brackets only: their romanized keys would
  // be read as Western names'.
  if (c.script == Script::kOther && is_han(core::decode_utf8(r.display, 0).code_point)) return r;
  if (c.type == EntityType::kPerson) {
    person_keys(r, keyer);
  } else if (c.type == EntityType::kLoc && c.known < 0) {
    std::string joined;  // places are compared whole: "New Haven" = "newhaven"
    for (const std::string& w : r.words) joined += keyer.romanize(w, false);
    r.romans.push_back(joined);
    if (c.script == Script::kCyrillic && r.words.size() == 1)
      r.romans.push_back(keyer.romanize(r.words[0], true));
    if (c.script == Script::kLatin)
      for (std::string& v : spelling_variants(joined)) r.romans.push_back(std::move(v));
  }
  return r;
}

bool korean_place_by_particle(std::string_view text, const LinkRecord& r) {
  const Candidate& c = r.cand;
  if (c.type != EntityType::kPerson || c.script != Script::kHangul || c.known >= 0 || r.full_name ||
      r.words.size() != 1)
    return false;
  return text.substr(std::min<std::size_t>(c.bytes.end_byte, text.size())).rfind("에서", 0) == 0;
}

std::vector<bool> hangul_surnames_typed_otherwise(const std::vector<LinkRecord>& recs) {
  std::vector<bool> out(recs.size(), false);
  std::set<std::tuple<std::uint32_t, Script, std::string>> surnames;  // (doc, script, key)
  for (const LinkRecord& r : recs)
    if (r.cand.type == EntityType::kPerson && r.full_name)
      surnames.emplace(r.doc, r.cand.script, r.last_key);
  constexpr int kPerson = static_cast<int>(EntityType::kPerson);
  for (std::size_t i = 0; i < recs.size(); ++i) {
    const Candidate& c = recs[i].cand;
    out[i] = c.script == Script::kHangul && c.type != EntityType::kPerson && c.known < 0 &&
             !c.weak && recs[i].words.size() == 1 && c.by_type[kPerson] > 0 &&
             c.by_type[kPerson] >= 0.5f * c.confidence &&
             surnames.count({recs[i].doc, c.script, recs[i].key}) > 0;
  }
  return out;
}

void drop_common_word_given_names(std::vector<LinkRecord>& recs, const CaseStats& stats,
                                  NameKeyer& keyer) {
  for (LinkRecord& r : recs) {
    if (!r.full_name || r.first_script == Script::kHangul || r.words.size() < 2) continue;
    const std::string& key = keyer.case_key(r.words.front());
    if (stats.lower(key) >= 2 && stats.capitalized_inside(key) == 0) {
      r.full_name = false;
      r.first_romans.clear();
    }
  }
}

}  // namespace loupe::entities
