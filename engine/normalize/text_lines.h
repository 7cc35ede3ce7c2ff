// Internal to normalize/: the text cut into lines, for the line-level repairs (running headers,
// paragraph re-joining). Offsets are bytes into the text the lines were cut from.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace loupe::normalize {

// 32-bit offsets: a document is at most document::kMaxDocumentBytes (128 MiB), and a text of
// short lines holds one TextLine per ~13 bytes (24 bytes each, not 48).
struct TextLine {
  std::uint32_t begin = 0, end = 0;            // the line without its "\n"
  std::uint32_t trim_begin = 0, trim_end = 0;  // without leading/trailing spaces and tabs
  std::uint32_t code_points = 0;               // of the trimmed line
  // Display columns of the trimmed line: wide (East Asian) characters count 2. PDF text wraps
  // at a visual width, so a Korean line wraps at about half the characters of an English one;
  // comparing columns lets mixed-language documents be recognised as wrapped.
  std::uint32_t columns = 0;
  bool blank() const { return trim_begin == trim_end; }
};

enum class LineRole { kText, kBlank, kRunningHeader, kPageNumber };

// A text over 4 GiB (never a document: prepare_document refuses it first) is cut at 4 GiB.
std::vector<TextLine> split_lines(std::string_view text);

// A trimmed line that is a page number (running_header.cc, rule below).
bool is_page_number(std::string_view trimmed_line);

// Running headers/footers and page numbers (running_header.cc):
//  - page number: the trimmed line is 1-4 ASCII digits, optionally inside "-", "–", "—", "(", ")"
//    and spaces ("12", "- 12 -", "(12)"), at most 12 bytes.
//  - running header: the same trimmed line occurs at least twice, is 2..40 code points long,
//    contains a letter, does not end like a sentence or clause (. ? ! , ; : quotes) and does not
//    start like a list item or footnote ("[", "(", "-", "•", "*"). E.g. "이슈브리프 통권125호".
//    Known limit: a short heading that really repeats (a table of contents) is removed too.
//  - a short line (<= 60 code points) ending in " <1-3 digits>" directly above or below a running
//    header (no blank line between) is the page's title + number, also a header.
//  - a header-shaped line of two or more words plus " <1-3 digits>" whose words recur at least
//    three times, a page apart, each time with another number, is a running header that
//    carries its page number ("Chapter 4: Function reference 12", then 13, 14: a PDF manual's
//    running head, which the entity tagger read as a person "Chapter"). A numbered heading of
//    one word ("Step 3") stays text.
std::vector<LineRole> classify_lines(std::string_view text, const std::vector<TextLine>& lines,
                                     bool find_headers);

}  // namespace loupe::normalize
