#include "search/query_readings.h"

#include <algorithm>

#include "core/utf8.h"

namespace loupe::search {
namespace {

// The terms of one analysis; `hangul` is set if any term is Hangul.
std::vector<std::string> analyze(analysis::TextAnalyzer& analyzer, std::string_view word,
                                 core::Language chain, bool whole, bool* hangul) {
  std::vector<std::string> terms;
  for (const analysis::AnalyzedToken& t : analyzer.analyze_terms(word, chain, whole)) {
    terms.push_back(t.term);
    if (hangul) *hangul |= (t.flags & analysis::kTokenHangul) != 0;
  }
  return terms;
}

void add_once(std::vector<std::vector<std::string>>& out, std::vector<std::string> terms) {
  if (std::find(out.begin(), out.end(), terms) == out.end()) out.push_back(std::move(terms));
}

}  // namespace

std::vector<std::vector<std::string>> QueryReadings::terms(std::string_view word,
                                                           core::Language lang) {
  const core::Language chain = equivalent_chain(word, lang);
  std::string key(1, static_cast<char>(chain));
  key.append(word);
  if (const auto* found = chain_memo_.find(key)) return *found;
  std::vector<std::vector<std::string>> out;
  if (analyzer_) {
    for (const bool whole : {false, true}) {
      bool hangul = false;
      add_once(out, analyze(*analyzer_, word, chain, whole, &hangul));
      if (!hangul) break;  // the other readings differ only for Hangul
    }
    if (out.size() > 1 && out.front().size() == 1) {
      add_once(out, analyze(*analyzer_, out.front().front(), chain, false, nullptr));
    }
  }
  chain_memo_.put(std::move(key), out);
  return out;
}

core::Language QueryReadings::equivalent_chain(std::string_view word, core::Language lang) {
  bool latin = false, cyrillic = false, other = false;
  for (std::size_t i = 0; i < word.size();) {
    const core::DecodedChar d = core::decode_utf8(word, i);
    const char32_t c = d.code_point;
    i += d.length;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F)) {
      latin = true;
    } else if (c >= 0x400 && c <= 0x4FF) {
      cyrillic = true;
    } else if (c >= 0xAC00 && c <= 0xD7A3) {
      continue;  // every chain treats Hangul alike
    } else if (c >= 0x80 || (c >= '0' && c <= '9')) {
      other |= c >= 0x80;
    }
  }
  using L = core::Language;
  if (other || (latin && cyrillic)) return lang;
  if (latin) return lang == L::kEn || lang == L::kEs ? lang : L::kOther;
  if (cyrillic) return lang == L::kRu || lang == L::kUk ? lang : L::kOther;
  return L::kKo;
}

}  // namespace loupe::search
