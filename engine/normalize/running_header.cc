#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <unordered_map>

#include "core/utf8.h"
#include "normalize/text_lines.h"

namespace loupe::normalize {
namespace {

// East Asian Wide/Fullwidth blocks that matter here (Hangul, CJK, kana, fullwidth forms).
bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
}

constexpr std::size_t kMaxHeaderCodePoints = 40;
constexpr std::size_t kMaxTitleCodePoints = 60;
constexpr std::size_t kMinPageLines = 3;  // non-blank lines between two repeats of a running header

bool has_letter(std::string_view t) {
  for (std::size_t i = 0; i < t.size();) {
    const core::DecodedChar d = core::decode_utf8_fast(t, i);
    if (u_isalpha(static_cast<UChar32>(d.code_point))) return true;
    i += d.length;
  }
  return false;
}

bool header_shaped(std::string_view t, std::size_t code_points) {
  if (code_points < 2 || code_points > kMaxHeaderCodePoints || !has_letter(t)) return false;
  for (std::string_view end : {".", "?", "!", ",", ";", ":", "\"", "\u201D", "\u2019", "'"}) {
    if (t.size() >= end.size() && t.substr(t.size() - end.size()) == end) return false;
  }
  for (std::string_view start : {"[", "(", "-", "*", "\u2022"}) {
    if (t.substr(0, start.size()) == start) return false;
  }
  return true;
}

// "title text 08": short, ends in a space and 1-3 digits, with one number at most before it
// (`Chapter 4: Function reference 12`, `정상회담(4.25) 평가와 시사점 08`); a table's row holds
// more (`CHICAGO 71 64 .526 10`) and marks no page.
bool title_with_page_number(std::string_view t, std::size_t code_points) {
  if (code_points > kMaxTitleCodePoints) return false;
  std::size_t i = t.size();
  while (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9') --i;
  const std::size_t digits = t.size() - i;
  if (digits < 1 || digits > 3 || i < 2 || t[i - 1] != ' ') return false;
  const auto digit = [&](std::size_t k) { return k < i && t[k] >= '0' && t[k] <= '9'; };
  std::size_t numbers = 0;  // `4.25` and `1,200` are one number each
  for (std::size_t k = 0; k < i; ++k)
    numbers += digit(k) && (k == 0 || (!digit(k - 1) && !(k >= 2 && digit(k - 2) &&
                                                          (t[k - 1] == '.' || t[k - 1] == ','))));
  return numbers <= 1;
}

// "Chapter 4: Function reference 12" -> "Chapter 4: Function reference": a running header that
// carries its page's number, keyed without it; "" when the line is not such a title of two or
// more words (a heading "Step 3" keys to one word and stays text).
std::string_view without_page_number(std::string_view t, std::size_t code_points) {
  if (!title_with_page_number(t, code_points) || !header_shaped(t, code_points)) return {};
  std::size_t i = t.size();
  while (t[i - 1] >= '0' && t[i - 1] <= '9') --i;
  const std::string_view key = t.substr(0, i - 1);
  return key.find(' ') == std::string_view::npos ? std::string_view() : key;
}

}  // namespace

bool is_page_number(std::string_view t) {
  if (t.empty() || t.size() > 12) return false;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < t.size();) {
    const char c = t[i];
    if (c >= '0' && c <= '9') {
      ++digits, ++i;
    } else if (c == '-' || c == '(' || c == ')' || c == ' ') {
      ++i;
    } else if (t.substr(i, 3) == "\u2013" || t.substr(i, 3) == "\u2014") {
      i += 3;
    } else {
      return false;
    }
  }
  return digits >= 1 && digits <= 4;
}

std::vector<TextLine> split_lines(std::string_view whole) {
  const std::string_view text = whole.substr(0, UINT32_MAX);  // TextLine's offsets are 32-bit
  std::vector<TextLine> lines;
  lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  std::uint32_t begin = 0;
  while (begin <= text.size()) {
    const std::uint32_t end =
        static_cast<std::uint32_t>(std::min(text.find('\n', begin), text.size()));
    TextLine l{begin, end, begin, end, 0};
    while (l.trim_begin < end && (text[l.trim_begin] == ' ' || text[l.trim_begin] == '\t')) {
      ++l.trim_begin;
    }
    while (l.trim_end > l.trim_begin &&
           (text[l.trim_end - 1] == ' ' || text[l.trim_end - 1] == '\t')) {
      --l.trim_end;
    }
    for (std::size_t i = l.trim_begin; i < l.trim_end;) {
      if (static_cast<unsigned char>(text[i]) < 0x80) {  // one column, no decoding
        std::uint64_t word;
        const std::uint32_t n = i + 8 <= l.trim_end && (std::memcpy(&word, text.data() + i, 8),
                                                        (word & 0x8080808080808080ull) == 0)
                                    ? 8
                                    : 1;
        l.code_points += n, l.columns += n, i += n;
        continue;
      }
      const auto b = static_cast<unsigned char>(text[i]);
      if (b >= 0xC2 && b < 0xE0 && i + 1 < l.trim_end &&  // two bytes (Cyrillic): one column
          (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
        ++l.code_points, ++l.columns, i += 2;
        continue;
      }
      const core::DecodedChar c = core::decode_utf8_fast(text, i);
      ++l.code_points;
      l.columns += is_wide(c.code_point) ? 2 : 1;
      i += c.length;
    }
    lines.push_back(l);
    if (end == text.size()) break;
    begin = end + 1;
  }
  return lines;
}

namespace {

// A header-shaped line seen twice or more is a running header when a page's worth of text
// separates its repeats: at least kMinPageLines other non-blank lines between any two. A
// heading repeated at once ("6. Image menu" as a title, then again as a heading) is text.
// Seen only twice, it also needs a page marker (a page number, a "title 08" line) beside
// one of them: a caption or heading a text simply repeats is no running header.
struct Repeats {
  std::size_t count = 0, last = 0, min_gap = SIZE_MAX;
  bool paged = false;
  std::string_view number;  // numbered: the last trailing number seen
  bool numbers_differ = true;
};
using RepeatMap = std::unordered_map<std::string_view, Repeats>;

// `plain` counts header-shaped lines as they are. A header that carries the page number
// ("Chapter 4: Function reference 12" on page 12, 13 on the next: a PDF manual's running
// head) differs on every page: `numbered` counts it by the line without its number, and it is
// a running header when it comes three times or more, a page apart, each time with another
// number.
struct RepeatCounts {
  RepeatMap plain, numbered;
};

std::string_view trimmed(std::string_view text, const TextLine& l) {
  return text.substr(l.trim_begin, l.trim_end - l.trim_begin);
}

void count_repeat(Repeats& r, std::size_t at) {
  if (r.count++ > 0) r.min_gap = std::min(r.min_gap, at - r.last - 1);
  r.last = at;
}

// The hashes that occur twice or more, sorted: only lines with those are counted (a map
// entry for every line of a text of unique short lines cost ~90 bytes a line, a hash costs 8
// while the lines are counted). A line seen once is never a header, so nothing else changes.
void keep_repeated(std::vector<std::size_t>& hashes) {
  std::sort(hashes.begin(), hashes.end());
  std::size_t kept = 0;
  for (std::size_t i = 0; i + 1 < hashes.size(); ++i) {
    if (hashes[i] == hashes[i + 1] && (kept == 0 || hashes[kept - 1] != hashes[i])) {
      hashes[kept++] = hashes[i];
    }
  }
  hashes.resize(kept);
  hashes.shrink_to_fit();
}

bool among(const std::vector<std::size_t>& sorted, std::size_t hash) {
  return std::binary_search(sorted.begin(), sorted.end(), hash);
}

// Marks the blank lines; counts the header-shaped lines' repeats (when `count_repeats`).
void count_repeats(std::string_view text, const std::vector<TextLine>& lines, bool count_repeats,
                   std::vector<LineRole>& roles, RepeatCounts& repeats) {
  const std::hash<std::string_view> hash;
  std::vector<std::size_t> plain, numbered;  // hashes of the keys, then of those repeated
  for (int pass = 0; pass < (count_repeats ? 2 : 1); ++pass) {
    std::size_t non_blank = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].blank()) {
        roles[i] = LineRole::kBlank;
        continue;
      }
      ++non_blank;
      if (!count_repeats) continue;
      const std::string_view t = trimmed(text, lines[i]);
      const std::string_view key = without_page_number(t, lines[i].code_points);
      if (pass == 0) {
        if (header_shaped(t, lines[i].code_points)) plain.push_back(hash(t));
        if (!key.empty()) numbered.push_back(hash(key));
        continue;
      }
      if (header_shaped(t, lines[i].code_points) && among(plain, hash(t))) {
        count_repeat(repeats.plain[t], non_blank);
      }
      if (!key.empty() && among(numbered, hash(key))) {
        Repeats& r = repeats.numbered[key];
        const std::string_view number = t.substr(key.size() + 1);
        if (r.count > 0 && r.number == number) r.numbers_differ = false;
        r.number = number;
        count_repeat(r, non_blank);
      }
    }
    if (pass == 0) keep_repeated(plain), keep_repeated(numbered);
  }
}

// A line seen twice is `paged` when a page marker lies within 2 non-blank lines of a repeat.
void find_page_markers(std::string_view text, const std::vector<TextLine>& lines,
                       const std::vector<LineRole>& roles, RepeatMap& repeats) {
  const auto page_marker = [&](std::size_t k) {
    const std::string_view t = trimmed(text, lines[k]);
    return is_page_number(t) || title_with_page_number(t, lines[k].code_points);
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto it = roles[i] == LineRole::kText ? repeats.find(trimmed(text, lines[i])) : repeats.end();
    if (it == repeats.end() || it->second.count != 2 || it->second.paged) continue;
    for (std::size_t k = i, seen = 0; k > 0 && seen < 2 && !it->second.paged;) {
      if (roles[--k] == LineRole::kBlank) continue;
      ++seen, it->second.paged = page_marker(k);
    }
    for (std::size_t k = i + 1, seen = 0; k < lines.size() && seen < 2 && !it->second.paged; ++k) {
      if (roles[k] == LineRole::kBlank) continue;
      ++seen, it->second.paged = page_marker(k);
    }
  }
}

bool repeated(const RepeatMap& plain, std::string_view t) {
  const auto it = plain.find(t);
  return it != plain.end() && it->second.count >= 2 && it->second.min_gap >= kMinPageLines &&
         (it->second.count > 2 || it->second.paged);
}

bool numbered_head(const RepeatMap& numbered, std::string_view key) {
  const auto it = numbered.find(key);
  return it != numbered.end() && it->second.count > 2 && it->second.min_gap >= kMinPageLines &&
         it->second.numbers_differ;
}

// Page numbers, the running headers, then the "title 08" lines right beside a header.
void mark_headers(std::string_view text, const std::vector<TextLine>& lines,
                  const RepeatCounts& repeats, std::vector<LineRole>& roles) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (roles[i] != LineRole::kText) continue;
    const std::string_view t = trimmed(text, lines[i]);
    if (is_page_number(t)) {
      roles[i] = LineRole::kPageNumber;
    } else if (repeated(repeats.plain, t) ||
               numbered_head(repeats.numbered, without_page_number(t, lines[i].code_points))) {
      roles[i] = LineRole::kRunningHeader;
    }
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (roles[i] != LineRole::kText) continue;
    const bool beside_header = (i > 0 && roles[i - 1] == LineRole::kRunningHeader) ||
                               (i + 1 < lines.size() && roles[i + 1] == LineRole::kRunningHeader);
    if (beside_header && title_with_page_number(trimmed(text, lines[i]), lines[i].code_points)) {
      roles[i] = LineRole::kRunningHeader;
    }
  }
}

}  // namespace

std::vector<LineRole> classify_lines(std::string_view text, const std::vector<TextLine>& lines,
                                     bool find_headers) {
  std::vector<LineRole> roles(lines.size(), LineRole::kText);
  RepeatCounts repeats;
  // Two repeats with kMinPageLines lines between take kMinPageLines + 2 lines: a shorter text
  // (a title, a paragraph) has no running header, and its lines need no counting.
  const auto non_blank_lines =
      std::count_if(lines.begin(), lines.end(), [](const TextLine& l) { return !l.blank(); });
  count_repeats(text, lines,
                find_headers && static_cast<std::size_t>(non_blank_lines) >= kMinPageLines + 2,
                roles, repeats);
  if (!find_headers) return roles;
  find_page_markers(text, lines, roles, repeats.plain);
  mark_headers(text, lines, repeats, roles);
  return roles;
}

}  // namespace loupe::normalize
