#include "html_text.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace loupe::cli {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

template <std::size_t N>
bool one_of(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr std::array<std::string_view, 7> kSkipped = {"script",   "style", "nav",   "noscript",
                                                      "template", "svg",   "iframe"};
constexpr std::array<std::string_view, 30> kBlocks = {
    "p",       "div",     "h1",         "h2",      "h3",   "h4",    "h5",  "h6",
    "li",      "ul",      "ol",         "dl",      "dt",   "dd",    "tr",  "table",
    "section", "article", "header",     "footer",  "main", "aside", "pre", "blockquote",
    "hr",      "figure",  "figcaption", "address", "body", "title"};

void put_utf8(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | cp >> 6), out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | cp >> 12);
    out += static_cast<char>(0x80 | (cp >> 6 & 0x3F)), out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | cp >> 18), out += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
    out += static_cast<char>(0x80 | (cp >> 6 & 0x3F)), out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// A character reference at s[i] == '&': appends what it stands for and returns its length, or
// 0 if it is none (the '&' is then text).
std::size_t reference(std::string_view s, std::size_t i, std::string& out) {
  const std::size_t near = s.substr(i, 12).find(';');  // bounded: a stray '&' costs O(1)
  if (near == std::string_view::npos) return 0;
  const std::size_t semi = i + near;
  const std::string_view name = s.substr(i + 1, semi - i - 1);
  static constexpr std::pair<std::string_view, std::uint32_t> kNamed[] = {
      {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
      {"apos", '\''},     {"nbsp", 0xA0},    {"mdash", 0x2014}, {"ndash", 0x2013},
      {"hellip", 0x2026}, {"copy", 0xA9},    {"laquo", 0xAB},   {"raquo", 0xBB},
      {"rsquo", 0x2019},  {"lsquo", 0x2018}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
      {"aacute", 0xE1},   {"eacute", 0xE9},  {"iacute", 0xED},  {"oacute", 0xF3},
      {"uacute", 0xFA},   {"ntilde", 0xF1},  {"Ntilde", 0xD1},  {"uuml", 0xFC},
      {"ouml", 0xF6},     {"auml", 0xE4},    {"egrave", 0xE8},  {"agrave", 0xE0},
      {"ccedil", 0xE7},   {"iexcl", 0xA1},   {"iquest", 0xBF}};
  for (const auto& [n, cp] : kNamed) {
    if (name == n) return put_utf8(out, cp), semi - i + 1;
  }
  if (name.size() < 2 || name[0] != '#') return 0;
  const bool hex = name[1] == 'x' || name[1] == 'X';
  std::uint32_t cp = 0;
  const std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty()) return 0;
  for (char c : digits) {
    const int v = c >= '0' && c <= '9'                        ? c - '0'
                  : hex && lower(c) >= 'a' && lower(c) <= 'f' ? lower(c) - 'a' + 10
                                                              : -1;
    if (v < 0) return 0;
    cp = std::min<std::uint32_t>(cp * (hex ? 16 : 10) + v, 0x110000);
  }
  put_utf8(out, cp);
  return semi - i + 1;
}

// The value of attribute `attr` in a start tag's inside ("html lang=ko dir=ltr").
std::string attribute(std::string_view tag, std::string_view attr) {
  const std::string low = lowered(tag);
  for (std::size_t at = low.find(attr); at != std::string::npos; at = low.find(attr, at + 1)) {
    if (at == 0 || !is_space(low[at - 1])) continue;
    std::size_t i = at + attr.size();
    while (i < low.size() && is_space(low[i])) ++i;
    if (i >= low.size() || low[i] != '=') continue;
    ++i;
    while (i < low.size() && is_space(low[i])) ++i;
    const char quote = i < low.size() && (low[i] == '"' || low[i] == '\'') ? low[i] : 0;
    const std::size_t begin = quote ? i + 1 : i;
    std::size_t end = begin;
    while (end < tag.size() && (quote ? tag[end] != quote : !is_space(tag[end]))) ++end;
    return std::string(tag.substr(begin, end - begin));
  }
  return "";
}

// Text appended with white space collapsed and paragraph breaks kept.
class TextOut {
 public:
  void text(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (is_space(s[i])) {
        space_ = true;
        continue;
      }
      if (s[i] == '&') {
        std::string decoded;
        if (const std::size_t n = reference(s, i, decoded)) {
          flush(), out_ += decoded, i += n - 1;
          continue;
        }
      }
      flush(), out_ += s[i];
    }
  }
  void brk(int lines) { breaks_ = std::max(breaks_, lines), space_ = false; }
  std::string take() { return std::move(out_); }

 private:
  void flush() {
    if (!out_.empty() && breaks_)
      out_.append(breaks_, '\n');
    else if (!out_.empty() && space_)
      out_ += ' ';
    breaks_ = 0, space_ = false;
  }
  std::string out_;
  int breaks_ = 0;
  bool space_ = false;
};

std::string collapsed(std::string_view s) {
  TextOut t;
  t.text(s);
  return t.take();
}

}  // namespace

HtmlText html_text(std::string_view html) {
  HtmlText out;
  TextOut body;
  std::size_t i = 0;
  while (i < html.size()) {
    const std::size_t lt = html.find('<', i);
    body.text(html.substr(i, lt == std::string_view::npos ? std::string_view::npos : lt - i));
    if (lt == std::string_view::npos) break;
    if (html.compare(lt, 4, "<!--") == 0) {  // a comment
      const std::size_t end = html.find("-->", lt + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    std::size_t gt = lt + 1;
    for (char quote = 0; gt < html.size() && (quote || html[gt] != '>'); ++gt) {
      if (html[gt] == '"' || html[gt] == '\'')
        quote = quote == html[gt] ? 0 : quote ? quote : html[gt];
    }
    if (gt >= html.size()) break;  // a tag left open: the rest is no text
    const std::string_view inside = html.substr(lt + 1, gt - lt - 1);
    const bool closing = !inside.empty() && inside[0] == '/';
    std::size_t name_end = closing ? 1 : 0;
    while (name_end < inside.size() && !is_space(inside[name_end]) && inside[name_end] != '/')
      ++name_end;
    const std::string name = lowered(inside.substr(closing ? 1 : 0, name_end - (closing ? 1 : 0)));
    i = gt + 1;
    if (closing) {
      if (one_of(name, kBlocks)) body.brk(2);
      continue;
    }
    if (name == "html" && out.lang.empty()) out.lang = attribute(inside, "lang");
    if (name == "title" || one_of(name, kSkipped)) {
      // Everything up to the matching end tag (the first one: these do not nest in practice).
      const std::string low_end = "</" + name;
      std::size_t end = i;
      while (end < html.size() && lowered(html.substr(end, low_end.size())) != low_end) {
        end = html.find('<', end + 1);
        if (end == std::string_view::npos) end = html.size();
      }
      if (name == "title" && out.title.empty()) out.title = collapsed(html.substr(i, end - i));
      const std::size_t close = html.find('>', end);
      i = close == std::string_view::npos ? html.size() : close + 1;
      continue;
    }
    if (name == "br")
      body.brk(1);
    else if (one_of(name, kBlocks))
      body.brk(2);
  }
  out.text = body.take();
  return out;
}

}  // namespace loupe::cli
