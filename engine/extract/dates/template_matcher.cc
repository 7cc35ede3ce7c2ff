#include "extract/dates/template_matcher.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/dates/template_pattern.h"
#include "extract/dates/text_scanner.h"

namespace loupe::dates {

// Keys are views of strings interned in Impl::strings (node-based: they never move), so
// lookups with a token's string_view allocate nothing.
using SecondIndex = std::unordered_map<std::string_view, std::vector<int>>;

struct TemplateMatcher::Impl {
  std::vector<Compiled> templates;
  std::unordered_set<std::string> strings;
  std::string_view intern(std::string s) { return *strings.insert(std::move(s)).first; }
  std::unordered_map<std::string_view, std::vector<const LexEntry*>> lexicon;

  std::unordered_map<std::string_view, SecondIndex> index;
  const SecondIndex* find_index(std::string_view key) const {
    auto it = index.find(key);
    return it == index.end() ? nullptr : &it->second;
  }
  std::vector<std::string> particles;
  int bad = 0;

  std::vector<std::string> keys_for(const Elem& e) const;
  void index_template(int id);
  const std::vector<const LexEntry*>* lookup(std::string_view word) const;
  bool particle_rest(std::string_view rest) const;
  bool match_elem(const Elem& e, const ScanToken& t, bool last, Slots& s, std::size_t& end) const;
  bool boundary_ok(const std::vector<ScanToken>& toks, std::size_t first, std::size_t last,
                   bool last_numeric) const;
};

TemplateMatcher::TemplateMatcher() : impl_(std::make_unique<Impl>()) {
  for (const LanguageRules* rules : all_language_rules()) {
    for (const LexEntry& w : rules->words) {
      if (w.cls == WordClass::kParticle) impl_->particles.emplace_back(w.form);
      else impl_->lexicon[impl_->intern(fold_word(w.form))].push_back(&w);
    }
  }
  for (const LanguageRules* rules : all_language_rules()) {
    for (const DateTemplate& t : rules->templates) {
      std::vector<Elem> elems;
      int groups = 0;
      if (!parse_pattern(t.pattern, elems, groups)) {
        ++impl_->bad;
        continue;
      }
      // One concrete template per subset of optional groups.
      for (int mask = 0; mask < (1 << groups); ++mask) {
        Compiled c{{}, t.kind, t.confidence, rules->code, true};
        for (const Elem& e : elems) {
          if (e.group >= 0 && !(mask & (1 << e.group))) continue;
          c.elems.push_back(e);
          if (e.type == ElemType::kLiteral || e.type == ElemType::kClass) {
            for (const auto& l : e.literals) {
              if (!l.empty() && (std::isalpha(static_cast<unsigned char>(l[0])) || l.size() > 1)) {
                c.numeric_only = false;
              }
            }
            if (e.type == ElemType::kClass && e.cls != WordClass::kOrdSuffix) c.numeric_only = false;
          }
        }
        // A group left out must not leave a dangling glue at its start.
        if (!c.elems.empty()) c.elems[0].glued = false;
        impl_->templates.push_back(std::move(c));
        impl_->index_template(static_cast<int>(impl_->templates.size()) - 1);
      }
    }
  }
}

TemplateMatcher::~TemplateMatcher() = default;
int TemplateMatcher::bad_patterns() const { return impl_->bad; }
int TemplateMatcher::template_count() const { return static_cast<int>(impl_->templates.size()); }

// Each template is filed under the token its first element needs and the token its second
// element needs (words, punctuation, "#1".."#4" for numbers by digit count, "#roman"; "" for a
// second element that is a number or absent), so a token tries only templates that can start.
std::vector<std::string> TemplateMatcher::Impl::keys_for(const Elem& e) const {
  std::vector<std::string> keys;
  auto add_class = [&](WordClass cls) {
    for (const auto& [word, list] : lexicon) {
      if (first_of(&list, cls)) keys.emplace_back(word);
    }
  };
  switch (e.type) {
    case ElemType::kLiteral: keys = e.literals; break;  // copied: `e` may move
    case ElemType::kClass: add_class(e.cls); break;
    case ElemType::kDash: keys.assign(std::begin(kDashes), std::end(kDashes)); break;
    case ElemType::kApos: keys.assign(std::begin(kApostrophes), std::end(kApostrophes)); break;
    case ElemType::kRoman: keys = {"#roman"}; break;
    case ElemType::kCount: keys = {"#1", "#2", "#3", "#4"}, add_class(WordClass::kNumber); break;
    case ElemType::kYear: case ElemType::kRYear: case ElemType::kYear2: keys = {"#4"}; break;
    case ElemType::kYY: case ElemType::kDD: keys = {"#2"}; break;
    default: keys = {"#1", "#2"}; break;  // days, months, centuries
  }
  return keys;
}

void TemplateMatcher::Impl::index_template(int id) {
  const auto& elems = templates[id].elems;
  std::vector<std::string> second = {""};
  if (elems.size() >= 2) {
    second = keys_for(elems[1]);
    for (auto& k : second) {
      if (!k.empty() && k[0] == '#') k.clear();  // numbers and numerals: not filed by value
    }
    std::sort(second.begin(), second.end());
    second.erase(std::unique(second.begin(), second.end()), second.end());
  }
  for (const auto& first : keys_for(elems[0])) {
    SecondIndex& by_second = index[intern(first)];
    for (const auto& k : second) by_second[intern(k)].push_back(id);
  }
}

const std::vector<const LexEntry*>* TemplateMatcher::Impl::lookup(std::string_view word) const {
  auto it = lexicon.find(word);
  return it == lexicon.end() ? nullptr : &it->second;
}

bool TemplateMatcher::Impl::particle_rest(std::string_view rest) const {
  if (rest.empty()) return true;
  for (const auto& p : particles) {
    if (rest.substr(0, p.size()) == p) return true;
  }
  return false;
}

// Tests one element against one token. For Hangul the last element may match a prefix of the
// token when what follows is a particle ("4월에" -> "4월"); `end` is then inside the token.
bool TemplateMatcher::Impl::match_elem(const Elem& e, const ScanToken& t, bool last, Slots& s,
                                       std::size_t& end) const {
  end = t.bytes.end_byte;
  const bool num = t.type == TokenType::kNumber;
  const int n = t.number;
  switch (e.type) {
    case ElemType::kYear: if (num && t.digits == 4 && n >= 1000 && n <= 2199) return s.year = n, true; return false;
    case ElemType::kRYear: if (num && t.digits == 4 && n >= 1900 && n <= 2099) return s.year = n, true; return false;
    case ElemType::kYear2: if (num && t.digits == 4 && n >= 1000 && n <= 2199) return s.year2 = n, true; return false;
    case ElemType::kYY: if (num && t.digits == 2) return s.yy = n, true; return false;
    case ElemType::kMNum: if (num && t.digits <= 2 && n >= 1 && n <= 12) return s.month = n, true; return false;
    case ElemType::kMNum2: if (num && t.digits <= 2 && n >= 1 && n <= 12) return s.month2 = n, true; return false;
    case ElemType::kDay: if (num && t.digits <= 2 && n >= 1 && n <= 31) return s.day = n, true; return false;
    case ElemType::kDD: if (num && t.digits == 2 && n >= 10 && n <= 31) return s.day = n, true; return false;
    case ElemType::kDay2: if (num && t.digits <= 2 && n >= 1 && n <= 31) return s.day2 = n, true; return false;
    case ElemType::kCentNum: if (num && t.digits <= 2 && n >= 1 && n <= 21) return s.century = n, true; return false;
    case ElemType::kDash: return t.type == TokenType::kPunct && is_one_of(t.norm, kDashes);
    case ElemType::kApos: return t.type == TokenType::kPunct && is_one_of(t.norm, kApostrophes);
    case ElemType::kRoman: {
      if (t.type != TokenType::kWord) return false;
      const int v = roman_value(t.norm);
      if (v < 0) return false;
      s.century = v;
      return true;
    }
    case ElemType::kCount:
      if (num) {
        if (t.digits > 4 || n < 1) return false;
        s.count = n;
        return true;
      }
      break;
    default: break;
  }
  if (t.type == TokenType::kNumber) return false;
  // Words and punctuation: exact, or (Hangul, last element) a prefix followed by a particle.
  auto try_word = [&](std::string_view w, const std::vector<const LexEntry*>* lex) -> bool {
    if (e.type == ElemType::kLiteral) {
      return std::find(e.literals.begin(), e.literals.end(), w) != e.literals.end();
    }
    const WordClass cls = e.type == ElemType::kCount ? WordClass::kNumber : e.cls;
    const LexEntry* w0 = first_of(lex, cls);
    if (!w0) return false;
    if (cls == WordClass::kMonth && w0->offset == 1 && !t.capitalized) return false;
    switch (e.slot) {
      case Slot::kMonth: s.month = w0->value; break;
      case Slot::kMonth2: s.month2 = w0->value; break;
      case Slot::kPart: s.part = w0->value; break;
      case Slot::kRel: s.rel = w0->value; break;
      case Slot::kAgo: s.rel = w0->value; break;
      case Slot::kWeekday: s.weekday = w0->value; break;
      case Slot::kUnit: s.unit = w0->value; break;
      case Slot::kDeictic: s.unit = w0->value, s.rel = w0->offset; break;
      case Slot::kCountUnit: s.unit = w0->value, s.count = w0->offset; break;
      case Slot::kCount: s.count = w0->value; break;
      case Slot::kNone: break;
    }
    return true;
  };
  if (try_word(t.norm, t.lex)) return true;
  if (!(last && t.hangul)) return false;
  for (std::size_t k = 3; k < t.norm.size(); k += 3) {  // Hangul syllables are 3 bytes
    const std::string_view head = std::string_view(t.norm).substr(0, k);
    if (particle_rest(std::string_view(t.norm).substr(k)) && try_word(head, lookup(head))) {
      end = t.bytes.begin_byte + k;
      return true;
    }
  }
  return false;
}

// A number inside a bigger number, amount or code is not a date: "1,180km", "2.5", "$2014",
// "2014km", "15%", "010-1234-5678".
bool TemplateMatcher::Impl::boundary_ok(const std::vector<ScanToken>& toks, std::size_t first,
                                        std::size_t last, bool last_numeric) const {
  const ScanToken& a = toks[first];
  if (first > 0 && !a.space_before) {
    const ScanToken& p = toks[first - 1];
    if (p.type != TokenType::kPunct && a.type == TokenType::kNumber) return false;
    if (p.type == TokenType::kPunct) {
      static constexpr std::string_view kJoin[] = {".", ",", ":", "/", "-", "–", "_", "+", "—"};
      static constexpr std::string_view kMoney[] = {"$", "€", "£", "₩", "¥", "#", "№", "+", "₽", "₴"};
      if (is_one_of(p.norm, kMoney) && a.type == TokenType::kNumber) return false;
      if (is_one_of(p.norm, kJoin) && !p.space_before && first >= 2 &&
          toks[first - 2].type == TokenType::kNumber) {
        return false;
      }
    }
  }
  if (last + 1 < toks.size() && last_numeric) {
    const ScanToken& n = toks[last + 1];
    if (!n.space_before) {
      if (n.type != TokenType::kPunct) return false;
      if (n.norm == "%" || n.norm == "‰") return false;
      static constexpr std::string_view kJoin[] = {".", ",", ":", "/", "-", "–", "—"};
      if (is_one_of(n.norm, kJoin) && last + 2 < toks.size() && !toks[last + 2].space_before &&
          toks[last + 2].type == TokenType::kNumber) {
        return false;
      }
    }
    if (!n.para_before && n.type != TokenType::kNumber && first_of(n.lex, WordClass::kQuantity)) return false;
    if (!n.para_before && n.norm == "%") return false;
  }
  return true;
}

namespace {

// A cheap guess of each paragraph's language, so that templates made only of digits and
// punctuation ("2.28", "31/07/2023") fire only where their language is written.
std::string_view paragraph_language(const std::vector<ScanToken>& toks, std::size_t b, std::size_t e) {
  int hangul = 0, cyr = 0, uk = 0, latin = 0, es = 0;
  for (std::size_t i = b; i < e; ++i) {
    const ScanToken& t = toks[i];
    if (t.type != TokenType::kWord) continue;
    if (t.hangul) { ++hangul; continue; }
    const unsigned char c = static_cast<unsigned char>(t.norm[0]);
    if (c == 0xD0 || c == 0xD1 || c == 0xD2) {
      ++cyr;
      if (t.norm.find("і") != std::string_view::npos || t.norm.find("ї") != std::string_view::npos ||
          t.norm.find("є") != std::string_view::npos || t.norm.find("ґ") != std::string_view::npos) ++uk;
    } else if (c < 0x80) {
      ++latin;
      if (t.norm == "de" || t.norm == "el" || t.norm == "la" || t.norm == "que" || t.norm == "los" ||
          t.norm == "en" || t.norm == "y" || t.norm == "del") ++es;
    }
  }
  if (hangul > 0 && hangul * 3 >= cyr + latin) return "ko";
  if (cyr > latin) return uk > 0 ? "uk" : "ru";
  if (latin > 0) return es * 8 > latin ? "es" : "en";
  return "";
}

}  // namespace

std::vector<Candidate> TemplateMatcher::find(std::string_view text, bool (*accept)(const Candidate&)) const {
  ScannedText scanned;
  scan_text(text, scanned);
  std::vector<ScanToken>& toks = scanned.tokens;
  for (ScanToken& t : toks) {
    if (t.type != TokenType::kNumber) t.lex = impl_->lookup(t.norm);
  }
  std::vector<Candidate> out;
  // Where each token's templates are filed: looked up once per token (numbers by digit count).
  std::vector<const SecondIndex*> first_index(toks.size());
  for (std::size_t i = 0; i < toks.size(); ++i) {
    static constexpr std::string_view kDigitKeys[] = {"#1", "#1", "#2", "#3", "#4"};
    const ScanToken& t = toks[i];
    first_index[i] = impl_->find_index(t.type == TokenType::kNumber ? kDigitKeys[std::min(t.digits, 4)] : t.norm);
  }
  std::vector<int> ids;
  std::vector<std::pair<Candidate, std::size_t>> found;  // candidate, next token
  std::size_t para_begin = 0, para_end = 0;
  std::string_view para_lang;
  for (std::size_t i = 0; i < toks.size();) {
    if (i >= para_end) {
      para_begin = i;
      para_end = i + 1;
      while (para_end < toks.size() && !toks[para_end].para_before) ++para_end;
      para_lang = paragraph_language(toks, para_begin, para_end);
    }
    const ScanToken& t = toks[i];
    ids.clear();
    const ScanToken* next = i + 1 < para_end ? &toks[i + 1] : nullptr;
    auto gather = [&](const SecondIndex* second) {
      if (!second) return;
      auto add = [&](std::string_view key) {
        if (auto jt = second->find(key); jt != second->end()) ids.insert(ids.end(), jt->second.begin(), jt->second.end());
      };
      add(std::string_view());
      if (!next) return;
      add(next->norm);
      for (std::size_t k = 3; next->hangul && k < next->norm.size(); k += 3) add(next->norm.substr(0, k));
    };
    gather(first_index[i]);
    if (t.hangul) {
      for (std::size_t k = 3; k < t.norm.size(); k += 3) gather(impl_->find_index(t.norm.substr(0, k)));
    }
    if (t.type == TokenType::kWord && roman_value(t.norm) > 0) gather(impl_->find_index("#roman"));
    found.clear();
    for (int id : ids) {
      const Compiled& c = impl_->templates[id];
      if (c.numeric_only && c.lang != "common" && c.lang != para_lang) continue;
      if (i + c.elems.size() > para_end) continue;
      Slots s;
      std::size_t first_surface = SIZE_MAX, last_surface = 0, end_byte = 0, surface_end = 0;
      bool ok = true, last_numeric = false;
      for (std::size_t k = 0; k < c.elems.size() && ok; ++k) {
        const Elem& e = c.elems[k];
        const ScanToken& tk = toks[i + k];
        if (k > 0 && e.glued && tk.space_before) { ok = false; break; }
        ok = impl_->match_elem(e, tk, k + 1 == c.elems.size(), s, end_byte);
        if (ok && !e.context) {
          if (first_surface == SIZE_MAX) first_surface = i + k;
          last_surface = i + k;
          surface_end = end_byte;
          last_numeric = tk.type == TokenType::kNumber;
        }
      }
      if (!ok || first_surface == SIZE_MAX) continue;
      if (!impl_->boundary_ok(toks, first_surface, last_surface, last_numeric)) continue;
      Candidate cand{{toks[first_surface].bytes.begin_byte, surface_end}, c.kind, c.lang, c.confidence, s};
      if (!accept(cand)) continue;
      found.emplace_back(cand, i + c.elems.size());
    }
    if (found.empty()) { ++i; continue; }
    // Longest match wins; among equals, the more confident, then the earlier-listed template.
    auto best = std::min_element(found.begin(), found.end(), [](const auto& x, const auto& y) {
      if (x.second != y.second) return x.second > y.second;
      if (x.first.bytes.end_byte != y.first.bytes.end_byte) return x.first.bytes.end_byte > y.first.bytes.end_byte;
      return x.first.confidence > y.first.confidence;
    });
    // A match that starts later (context elements let matches begin before their surface)
    // may overlap the previous one: the longer surface wins.
    const Candidate& c = best->first;
    std::size_t overlapped = out.size();
    while (overlapped > 0 && c.bytes.begin_byte < out[overlapped - 1].bytes.end_byte) --overlapped;
    bool longest = true;
    for (std::size_t k = overlapped; k < out.size(); ++k) longest &= c.bytes.size() > out[k].bytes.size();
    if (longest) {
      out.resize(overlapped);
      out.push_back(c);
    }
    ++i;  // a longer match may start inside this one ("the 3rd of March" / "3rd of March, 2022")
  }
  return out;
}

}  // namespace loupe::dates
