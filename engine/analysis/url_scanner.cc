#include "analysis/url_scanner.h"

#include <algorithm>

#include "analysis/analyzed_text.h"
#include "core/utf8.h"

namespace loupe::analysis {
namespace {

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_email_local(char c) {
  return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain(char c) { return is_ascii_alnum(c) || c == '.' || c == '-'; }

// URL body: anything but whitespace, control characters and a few delimiters.
bool is_url_char(char c) {
  auto b = static_cast<unsigned char>(c);
  if (b <= 0x20 || b == 0x7F) return false;
  return c != '<' && c != '>' && c != '"' && c != '`' && c != '{' && c != '}' && c != '|' &&
         c != '\\' && c != '^';
}

bool starts_with_ci(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (s.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// Stops a URL body: Hangul syllables (a particle glued to a URL: "example.com에서") and
// non-ASCII spaces (U+00A0, U+3000).
bool stops_url(std::string_view s, std::size_t pos) {
  auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) return false;
  core::DecodedChar d = core::decode_utf8_fast(s, pos);
  return (d.code_point >= 0xAC00 && d.code_point <= 0xD7A3) || d.code_point == 0x00A0 ||
         d.code_point == 0x3000;
}

// Closing quotes that end a quoted URL: » ” ’ 」 』 ）
bool ends_with_closing_quote(std::string_view s, std::size_t begin, std::size_t end,
                             std::size_t* len) {
  for (std::string_view q : {"»", "”", "’", "」", "』", "）", "。", "，"}) {
    if (end - begin >= q.size() && s.substr(end - q.size(), q.size()) == q) {
      *len = q.size();
      return true;
    }
  }
  return false;
}

// Drops trailing punctuation that belongs to the sentence, and a ')' without '(' in the URL.
std::size_t trim_url_end(std::string_view s, std::size_t begin, std::size_t end) {
  while (end > begin) {
    char c = s[end - 1];
    std::size_t quote_len = 0;
    if (ends_with_closing_quote(s, begin, end, &quote_len)) {
      end -= quote_len;
    } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'') {
      --end;
    } else if (c == ')' || c == ']') {
      // Keep a closing bracket only while the URL opens as many as it closes (a_(b)).
      char open = c == ')' ? '(' : '[';
      std::string_view body = s.substr(begin, end - begin);
      if (std::count(body.begin(), body.end(), open) >= std::count(body.begin(), body.end(), c)) {
        break;
      }
      --end;
    } else {
      break;
    }
  }
  return end;
}

// The URL starting at pos (a scheme or "www."), or an empty range.
core::ByteRange url_at(std::string_view s, std::size_t pos, std::size_t limit) {
  std::size_t body = 0;
  if (starts_with_ci(s, pos, "https://"))
    body = pos + 8;
  else if (starts_with_ci(s, pos, "http://"))
    body = pos + 7;
  else if (starts_with_ci(s, pos, "ftp://"))
    body = pos + 6;
  else if (starts_with_ci(s, pos, "www."))
    body = pos + 4;
  else
    return {};
  std::size_t end = body;
  while (end < limit && is_url_char(s[end]) && !stops_url(s, end)) ++end;
  end = trim_url_end(s, body, end);
  // The host starts with a letter or digit (ASCII or not: пример.рф).
  if (end <= body || !(is_ascii_alnum(s[body]) || static_cast<unsigned char>(s[body]) >= 0x80)) {
    return {};
  }
  return {pos, end};
}

// The e-mail address around the '@' at `at`, or an empty range.
core::ByteRange email_at(std::string_view s, std::size_t at, std::size_t begin, std::size_t limit) {
  std::size_t b = at;
  while (b > begin && is_email_local(s[b - 1])) --b;
  while (b < at && s[b] == '.') ++b;
  std::size_t e = at + 1;
  while (e < limit && is_domain(s[e])) ++e;
  while (e > at + 1 && (s[e - 1] == '.' || s[e - 1] == '-')) --e;
  if (b == at || e == at + 1) return {};
  std::string_view domain = s.substr(at + 1, e - at - 1);
  std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) return {};
  for (std::size_t i = dot + 1; i < domain.size(); ++i) {
    char c = domain[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return {};
  }
  return {b, e};
}

// False when `s` cannot hold a link: every scheme url_at accepts contains "://", "www." (any
// case) starts the others, and an e-mail address needs its '@'. memchr-speed, most text has none.
bool may_hold_link(std::string_view s) {
  if (s.find('@') != std::string_view::npos || s.find("://") != std::string_view::npos) return true;
  for (std::size_t dot = s.find('.', 3); dot != std::string_view::npos;
       dot = s.find('.', dot + 1)) {
    if (starts_with_ci(s, dot - 3, "www")) return true;
  }
  return false;
}

}  // namespace

std::vector<LinkSpan> find_links(std::string_view utf8, core::ByteRange range) {
  std::vector<LinkSpan> out;
  if (range.end_byte > utf8.size()) return out;
  if (range.begin_byte >= range.end_byte ||
      !may_hold_link(utf8.substr(range.begin_byte, range.size()))) {
    return out;
  }
  std::size_t i = range.begin_byte;
  while (i < range.end_byte) {
    char c = utf8[i];
    // A URL starts at a word start: not in the middle of "xwww." or "foohttp://".
    bool word_start = i == range.begin_byte || !is_ascii_alnum(utf8[i - 1]);
    if (word_start && (c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f' || c == 'F')) {
      core::ByteRange u = url_at(utf8, i, range.end_byte);
      if (u.size() > 0) {
        out.push_back({u, kTokenUrl});
        i = u.end_byte;
        continue;
      }
    }
    if (c == '@') {
      std::size_t floor = out.empty() ? range.begin_byte : out.back().bytes.end_byte;
      core::ByteRange m = email_at(utf8, i, floor, range.end_byte);
      if (m.size() > 0) {
        out.push_back({m, kTokenEmail});
        i = m.end_byte;
        continue;
      }
    }
    ++i;
  }
  return out;
}

}  // namespace loupe::analysis
