// Titles in a document's reference list are no names: a footnote paragraph (`[3] Michael
// Pröbsting: The Peculiar Features of Russian Imperialism. A Study of ..., 10 August 2021`)
// writes the titles of works in title case, which the taggers, trained on news, read as
// organizations, places and people (`Peculiar Features of Russian Imperialism` ORG, `Once
// Again` PERSON, `Great Power Rivalry` LOC). A span lying wholly in a title-cased clause of such
// a paragraph goes, unless the lexicon lists it or the document names it outside its
// footnotes too (the author `Michael Pröbsting` stays), or it ends in an organization word (a
// periodical: `Wall Street Journal`).
#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "extract/entities/lexicon.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/name_key.h"

namespace loupe::entities {
namespace {

// Paragraphs that open with a bracketed footnote number (`[12]`) and hold a year.
std::vector<bool> footnote_paragraphs(std::string_view text, const ScannedText& scan) {
  std::vector<bool> opens(scan.paragraph_count), year(scan.paragraph_count);
  std::vector<bool> seen(scan.paragraph_count);
  for (const Word& w : scan.words) {
    const std::size_t b = w.bytes.begin_byte, e = w.bytes.end_byte;
    if (w.paragraph >= scan.paragraph_count) continue;
    const bool digits = w.script == Script::kDigit;
    if (!seen[w.paragraph]) {
      seen[w.paragraph] = true;
      opens[w.paragraph] =
          digits && b > 0 && text[b - 1] == '[' && e < text.size() && text[e] == ']';
    }
    if (digits && e - b == 4 && (text.substr(b, 2) == "19" || text.substr(b, 2) == "20"))
      year[w.paragraph] = true;
  }
  for (std::size_t p = 0; p < opens.size(); ++p) opens[p] = opens[p] && year[p];
  return opens;
}

// Whether every word of `bytes` lies in a title-cased clause.
bool in_title_clause(const ScannedText& scan, core::ByteRange bytes) {
  auto it = std::lower_bound(scan.words.begin(), scan.words.end(), bytes.begin_byte,
                             [](const Word& w, std::size_t b) { return w.bytes.begin_byte < b; });
  bool any = false;
  for (; it != scan.words.end() && it->bytes.begin_byte < bytes.end_byte; ++it) {
    if (!it->title_clause) return false;
    any = true;
  }
  return any;
}

}  // namespace

void drop_reference_titles(std::string_view text, const ScannedText& scan, const Lexicon& lex,
                           NameKeyer& keyer, std::size_t first, std::vector<Candidate>& out) {
  if (text.find('[') == std::string_view::npos) return;  // no footnote number: most texts
  const std::vector<bool> footnote = footnote_paragraphs(text, scan);
  if (std::find(footnote.begin(), footnote.end(), true) == footnote.end()) return;
  const auto in_footnote = [&](const Candidate& c) {
    return c.paragraph < footnote.size() && footnote[c.paragraph];
  };
  const auto key = [&](const Candidate& c) {
    return keyer.lookup_key(text.substr(c.bytes.begin_byte, c.bytes.size()));
  };
  std::unordered_set<std::string> named_outside;
  for (std::size_t i = first; i < out.size(); ++i)
    if (!in_footnote(out[i])) named_outside.insert(key(out[i]));
  const auto title = [&](const Candidate& c) {
    if (!in_footnote(c) || c.known >= 0 || c.script == Script::kHangul) return false;
    if (!in_title_clause(scan, c.bytes)) return false;
    const std::string k = key(c);
    if (lex.find_name(k) >= 0 || named_outside.count(k) > 0) return false;
    // A periodical cited by name (`The Wall Street Journal`, `Moscow Times`) is one.
    const std::string_view s = text.substr(c.bytes.begin_byte, c.bytes.size());
    return !lex.is_org_word(keyer.word_key(s.substr(s.find_last_of(" \n") + 1)));
  };
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), title),
            out.end());
}

}  // namespace loupe::entities
