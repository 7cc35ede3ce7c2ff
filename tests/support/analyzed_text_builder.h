// A test-only stand-in for the analyzer: builds AnalyzedText by hand-simple rules so index and
// query tests do not depend on ICU or on the analysis stage. Paragraphs are lines; words are
// runs between ASCII spaces/punctuation; the term is the ASCII-lower-cased word, after
// stripping one of a few Korean particles given in `particles` (stem_bytes then shrinks).
// Language per paragraph: Hangul -> ko, Cyrillic -> ru, else en.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzed_text.h"

namespace loupe::test {

inline bool is_separator(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == '.' || c == ';' ||
         c == ':' || c == '!' || c == '?' || c == '"' || c == '(' || c == ')' || c == '\'';
}

inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline analysis::AnalyzedText build_text(std::string text,
                                         std::vector<std::string> particles = {"가", "와", "는",
                                                                               "은", "를", "의"}) {
  analysis::AnalyzedText out;
  out.text = std::move(text);
  const std::string& s = out.text;
  std::uint32_t position = 0;
  std::size_t line = 0;
  while (line <= s.size()) {
    std::size_t end = s.find('\n', line);
    if (end == std::string::npos) end = s.size();
    analysis::Paragraph para{{line, end}, core::Language::kEn, 1.0f};
    const std::string_view body(s.data() + line, end - line);
    if (body.find("\xEA") != std::string_view::npos ||
        body.find("\xEB") != std::string_view::npos ||
        body.find("\xEC") != std::string_view::npos ||
        body.find("\xED") != std::string_view::npos) {
      para.lang = core::Language::kKo;
    } else if (body.find("\xD0") != std::string_view::npos ||
               body.find("\xD1") != std::string_view::npos) {
      para.lang = core::Language::kRu;
    }
    out.paragraphs.push_back(para);
    for (std::size_t i = line; i < end;) {
      if (is_separator(s[i])) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < end && !is_separator(s[j])) ++j;
      analysis::AnalyzedToken tok;
      tok.bytes = {i, j};
      tok.stem_bytes = tok.bytes;
      std::string_view word(s.data() + i, j - i);
      for (const std::string& p : particles) {
        if (word.size() > p.size() + 3 && word.substr(word.size() - p.size()) == p) {
          word.remove_suffix(p.size());
          tok.stem_bytes.end_byte -= p.size();
          tok.flags |= analysis::kTokenStripped;
          break;
        }
      }
      tok.term = lower_ascii(word);
      tok.position = position++;
      out.tokens.push_back(std::move(tok));
      i = j;
    }
    line = end + 1;
  }
  return out;
}

// The test analyzer applied to one query word (the searcher's analyze callback).
inline std::vector<std::vector<std::string>> analyze_word(std::string_view word, core::Language) {
  std::vector<std::string> out;
  for (const auto& t : build_text(std::string(word)).tokens) out.push_back(t.term);
  return {out};
}

}  // namespace loupe::test
