// Step 4: lines into paragraphs. Rules (W = the 90th percentile of trimmed line lengths, in code
// points, a proxy for the wrap width of the PDF the text came from):
//  - Lines classified as running headers/footers/page numbers are removed; blank lines around
//    them do not count, because they sit at page breaks, usually mid-paragraph.
//  - "Wrapped" text: at least half the text lines are >= 0.75 W long (or fewer than 4 lines), or
//    a quarter are and no line is longer than 1.15 W (a hard margin, W >= 40). Text that
//    is not wrapped (one paragraph per line, as in most .txt files) keeps every line break as a
//    paragraph break.
//  - "Double-spaced" wrapped text (a blank line after most lines, as some PDF extractors write,
//    most of them full lines cut mid-sentence, the next line going on without a capital): one
//    blank line is a wrap, two or more a paragraph break. A table or a list of one row per
//    paragraph (each next row opens with a capital) is not.
//  - Between two text lines of wrapped text: a paragraph break if blank lines separate them (see
//    above), if the second line is indented, or if the first ends a sentence (. ? ! …, closing
//    quotes/brackets allowed after) and is shorter than 0.75 W; otherwise a wrap.
//  - A wrap becomes " ", except: a break inside a Hangul word (no space before the break, Hangul
//    syllables on both sides) and a word hyphenated across lines. Both are decided from the
//    document itself (see decide_hangul / decide_hyphen): the words that occur inside lines
//    (never cut by a wrap) are the evidence.
//  - Blank lines after a full line that ends mid-word (a PDF's page gap with no header to
//    remove: `...땅을 러`, blanks, `시아와...`) join the word when the same evidence shows it
//    whole or hyphenated; otherwise they are a paragraph break as above.
//  - A Markdown heading line (`# Title`) is a paragraph of its own.
//  - Paragraphs are separated by exactly "\n\n"; whitespace at text and paragraph edges goes.
#include <unicode/uchar.h>

#include <algorithm>
#include <string>

#include "core/utf8.h"
#include "normalize/repair_steps.h"
#include "normalize/text_lines.h"
#include "normalize/word_evidence.h"

namespace loupe::normalize {
namespace {

constexpr double kFullLine = 0.75;
constexpr double kMarginSlack = 1.15;          // longest line / 90th percentile, for a hard margin
constexpr std::size_t kMinMarginColumns = 40;  // narrower "margins" are lists of short lines
constexpr std::size_t kMinJustifiedLines = 5;  // lines of exactly the margin's length

struct Layout {
  std::size_t width = 0;
  bool wrapped = false;
  bool double_spaced = false;
};

bool ends_sentence(std::string_view t) {
  // Drop closing quotes and brackets, then look for sentence-final punctuation.
  for (bool again = true; again && !t.empty();) {
    again = false;
    for (std::string_view q : {"\"", "'", ")", "]", "\u201D", "\u2019", "\u300D", "\u00BB"}) {
      if (t.size() >= q.size() && t.substr(t.size() - q.size()) == q) {
        t.remove_suffix(q.size());
        again = true;
      }
    }
  }
  for (std::string_view p : {".", "?", "!", "\u2026", "\u3002"}) {
    if (t.size() >= p.size() && t.substr(t.size() - p.size()) == p) return true;
  }
  return false;
}

// A line that opens with a capital letter. After a line that stops mid-sentence it is the next
// row of a table or item of a list (`NEW YORK 74 59 .556 -`, then `BALTIMORE 70 63 .526 4`),
// where a sentence wrapped across a blank line goes on in lower case (or in a script without
// case): no evidence that the blank lines are a double-spaced PDF's.
bool opens_capitalized(std::string_view text, const TextLine& line) {
  if (line.trim_begin >= line.trim_end) return false;
  return u_isupper(static_cast<UChar32>(core::decode_utf8(text, line.trim_begin).code_point));
}

// A Markdown ATX heading ("# Title", "## Part"): a block of its own, never a wrapped line.
bool atx_heading(std::string_view t) {
  std::size_t n = 0;
  while (n < t.size() && n < 7 && t[n] == '#') ++n;
  return n >= 1 && n <= 6 && (n == t.size() || t[n] == ' ' || t[n] == '\t');
}

Layout measure(std::string_view text, const std::vector<TextLine>& lines,
               const std::vector<LineRole>& roles) {
  std::vector<std::size_t> lengths;
  std::size_t gap0 = 0, gap1 = 0, blanks = 0, last_text = 0;
  std::vector<std::size_t> mid_sentence;  // columns of lines before a blank line, mid-sentence
  bool seen_text = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (roles[i] == LineRole::kBlank) {
      ++blanks;
    } else if (roles[i] == LineRole::kText) {
      lengths.push_back(lines[i].columns);
      if (seen_text) (blanks == 0 ? gap0 : blanks == 1 ? gap1 : blanks) += blanks <= 1;
      if (seen_text && blanks == 1) {
        const TextLine& a = lines[last_text];
        const std::string_view ta = text.substr(a.trim_begin, a.trim_end - a.trim_begin);
        if (!ends_sentence(ta) && !atx_heading(ta) && !opens_capitalized(text, lines[i]))
          mid_sentence.push_back(a.columns);
      }
      seen_text = true;
      blanks = 0;
      last_text = i;
    }
  }
  Layout l;
  if (lengths.empty()) return l;
  if (lengths.size() < 4) {  // too few lines to tell: treat as wrapped, W = the longest line
    l.width = *std::max_element(lengths.begin(), lengths.end());
    l.wrapped = true;
    return l;
  }
  std::vector<std::size_t> sorted = lengths;
  std::nth_element(sorted.begin(), sorted.begin() + sorted.size() * 9 / 10, sorted.end());
  l.width = sorted[sorted.size() * 9 / 10];
  const auto full = std::count_if(lengths.begin(), lengths.end(), [&](std::size_t n) {
    return static_cast<double>(n) >= kFullLine * static_cast<double>(l.width);
  });
  // Or a hard right margin with headings and short lines between (a manual page, a FAQ): a
  // quarter of the lines reach the margin and none goes much past it. Text with one paragraph
  // per line has no margin: its longest lines run far beyond the 90th percentile.
  // Justified monospace text (a manual page) shows its margin plainly: many lines of exactly
  // the same length, however many short lines (headings, tables, synopses) lie between.
  const std::size_t longest = *std::max_element(lengths.begin(), lengths.end());
  const auto at_width = std::count(lengths.begin(), lengths.end(), l.width);
  const bool justified = static_cast<std::size_t>(at_width) >= kMinJustifiedLines &&
                         static_cast<std::size_t>(at_width) * 8 >= lengths.size();
  const bool margin = l.width >= kMinMarginColumns && static_cast<std::size_t>(full) >= 3 &&
                      (static_cast<std::size_t>(full) * 4 >= lengths.size() || justified) &&
                      static_cast<double>(longest) <= kMarginSlack * static_cast<double>(l.width);
  l.wrapped = static_cast<std::size_t>(full) * 2 >= lengths.size() || margin;
  // Double-spaced wrapped text breaks its lines mid-sentence; paragraphs of one line each with
  // a blank line between (a short note, a list of statements) end theirs with a sentence. A
  // wrapped line is full: a short line without a period is a heading (a web page's <h2>), no
  // evidence of wrapping.
  const auto mid_full = std::count_if(mid_sentence.begin(), mid_sentence.end(), [&](std::size_t n) {
    return static_cast<double>(n) >= kFullLine * static_cast<double>(l.width);
  });
  l.double_spaced =
      l.wrapped && gap1 > 2 * gap0 && gap1 >= 3 && static_cast<std::size_t>(mid_full) * 2 > gap1;
  return l;
}

enum class Gap { kParagraph, kSpace, kHangul, kHyphenDrop, kHyphenKeep };

class Joiner {
 public:
  Joiner(std::string_view text, const std::vector<TextLine>& lines,
         const std::vector<LineRole>& roles, const Layout& layout)
      : text_(text), layout_(layout), evidence_(text, lines, roles) {}

  Gap decide(const TextLine& a, const TextLine& b, std::size_t blanks, bool page_break) {
    if (!layout_.wrapped) return Gap::kParagraph;
    std::size_t effective = page_break ? 0 : blanks;
    if (layout_.double_spaced && effective > 0) --effective;
    if (effective > 0) return across_gap(a, b);
    // Indented further than the line before: a paragraph's first line. A block indented as a
    // whole (a quoted or nested text, a FAQ's body) wraps like any other.
    if (!page_break && b.trim_begin - b.begin > a.trim_begin - a.begin) return Gap::kParagraph;
    const std::string_view ta = text_.substr(a.trim_begin, a.trim_end - a.trim_begin);
    const std::string_view tb = text_.substr(b.trim_begin, b.trim_end - b.trim_begin);
    if (atx_heading(ta) || atx_heading(tb)) return Gap::kParagraph;
    if (ends_sentence(ta) &&
        static_cast<double>(a.columns) < kFullLine * static_cast<double>(layout_.width)) {
      return Gap::kParagraph;
    }
    if (a.trim_end == a.end) {  // nothing after the last character: a word may be cut here
      if (auto h = evidence_.decide_hyphen(ta, tb)) return *h ? Gap::kHyphenKeep : Gap::kHyphenDrop;
      if (auto k = evidence_.decide_hangul(ta, tb)) return *k ? Gap::kHangul : Gap::kSpace;
    }
    return Gap::kSpace;
  }

 private:
  // Blank lines after a full line cut mid-word (`...우크라이나 땅을 러`, blank lines, `시아와
  // 타협할...`): a page gap that a PDF extractor wrote with no header or number to remove. The
  // word is joined only when the document itself shows it whole (an inside word starts with the
  // two pieces, or the hyphen's evidence); any other gap stays a paragraph break.
  Gap across_gap(const TextLine& a, const TextLine& b) {
    if (a.trim_end != a.end ||
        static_cast<double>(a.columns) < kFullLine * static_cast<double>(layout_.width)) {
      return Gap::kParagraph;
    }
    const std::string_view ta = text_.substr(a.trim_begin, a.trim_end - a.trim_begin);
    const std::string_view tb = text_.substr(b.trim_begin, b.trim_end - b.trim_begin);
    if (ends_sentence(ta) || atx_heading(ta)) return Gap::kParagraph;
    if (auto h = evidence_.decide_hyphen(ta, tb)) return *h ? Gap::kHyphenKeep : Gap::kHyphenDrop;
    if (evidence_.hangul_cut_shown(ta, tb)) return Gap::kHangul;
    return Gap::kParagraph;
  }

  std::string_view text_;
  Layout layout_;
  WordEvidence evidence_;
};

}  // namespace

// Bytes of a trailing hyphen ("-", U+00AD soft hyphen, U+2010) that a join may drop.
std::size_t hyphen_suffix(std::string_view t) {
  if (t.ends_with("\u00AD") || t.ends_with("\u2010")) return 2;
  return t.ends_with("-") ? 1 : 0;
}

// One line (a title, a one-line text) has nothing to join and no layout to measure: what the
// general path does with it is to trim its spaces and tabs, or drop it as a page number.
StepOutput rejoin_one_line(std::string_view in, const NormalizeOptions& options) {
  StepWriter w(in);
  std::size_t b = 0, e = in.size();
  while (b < e && (in[b] == ' ' || in[b] == '\t')) ++b;
  while (e > b && (in[e - 1] == ' ' || in[e - 1] == '\t')) --e;
  if (b < e && options.remove_running_headers && is_page_number(in.substr(b, e - b))) {
    w.replace_to(b, "", RepairKind::kPageNumber);  // its indent, then the number itself
    w.remove_to(e, RepairKind::kPageNumber);
  } else if (b < e) {
    if (b > 0) w.replace_to(b, "", RepairKind::kLineJoin);
    w.copy_to(e);
  }
  if (w.pos() < in.size()) w.replace_to(in.size(), "", RepairKind::kLineJoin);
  return w.finish();
}

StepOutput rejoin_lines(std::string_view in, const NormalizeOptions& options) {
  if (in.find('\n') == std::string_view::npos) return rejoin_one_line(in, options);
  return rejoin_lines_of(in, options);
}

StepOutput rejoin_lines_of(std::string_view in, const NormalizeOptions& options) {
  const std::vector<TextLine> lines = split_lines(in);
  const std::vector<LineRole> roles = classify_lines(in, lines, options.remove_running_headers);
  Layout layout = measure(in, lines, roles);
  if (!options.rejoin_lines) layout.wrapped = false;
  Joiner joiner(in, lines, roles, layout);
  StepWriter w(in);
  const TextLine* prev = nullptr;  // the last text line; copied up to a held-back hyphen
  std::size_t blanks = 0;
  bool page_break = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine& l = lines[i];
    if (roles[i] == LineRole::kBlank) {
      ++blanks;
      continue;
    }
    if (roles[i] != LineRole::kText) {  // header, footer or page number: out of the text
      if (prev) w.copy_to(prev->trim_end);
      const RepairKind kind =
          roles[i] == LineRole::kPageNumber ? RepairKind::kPageNumber : RepairKind::kRunningHeader;
      w.replace_to(l.trim_begin, "", kind);  // the gap before it; the next line sets the gap
      w.remove_to(l.trim_end, kind);
      page_break = true;
      continue;
    }
    if (!prev) {
      if (l.trim_begin > w.pos()) w.replace_to(l.trim_begin, "", RepairKind::kLineJoin);
    } else {
      const Gap gap = joiner.decide(*prev, l, blanks, page_break);
      if (gap != Gap::kHyphenDrop) w.copy_to(prev->trim_end);
      switch (gap) {
        case Gap::kParagraph:
          w.replace_to(l.trim_begin, "\n\n", RepairKind::kLineJoin);
          break;
        case Gap::kSpace:
          w.replace_to(l.trim_begin, " ", RepairKind::kLineJoin);
          break;
        case Gap::kHangul:
          w.replace_to(l.trim_begin, "", RepairKind::kHangulJoin);
          break;
        case Gap::kHyphenKeep:
        case Gap::kHyphenDrop:
          w.replace_to(l.trim_begin, "", RepairKind::kHyphenJoin);
          break;
      }
    }
    const std::string_view t = in.substr(l.trim_begin, l.trim_end - l.trim_begin);
    w.copy_to(l.trim_end - (layout.wrapped ? hyphen_suffix(t) : 0));
    prev = &l;
    blanks = 0;
    page_break = false;
  }
  if (prev) w.copy_to(prev->trim_end);
  if (w.pos() < in.size()) w.replace_to(in.size(), "", RepairKind::kLineJoin);
  return w.finish();
}

}  // namespace loupe::normalize
