#include "document/document_title.h"

#include <algorithm>

namespace loupe::document {
namespace {

constexpr std::size_t kMaxTitleBytes = 512;  // a first line longer than this is no heading

std::string_view trim(std::string_view s) {
  const std::size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string_view::npos) return {};
  return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

// "# Title #" -> "Title"; "" when the first line is no level-1 ATX heading. The line is looked
// at before its end is searched for: most texts start otherwise.
std::string markdown_heading(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a BOM
  if (text.size() < 3 || text[0] != '#' || (text[1] != ' ' && text[1] != '\t')) return "";
  const std::string_view line = text.substr(0, text.substr(0, kMaxTitleBytes + 1).find('\n'));
  if (line.size() > kMaxTitleBytes) return "";
  std::string_view t = trim(line.substr(2));
  while (!t.empty() && t.back() == '#') t.remove_suffix(1);  // closing hashes
  return std::string(trim(t));
}

// 8+ hexadecimal digits with a digit and a letter: an id or a checksum, not a word.
bool hash_like(std::string_view w) {
  if (w.size() < 8) return false;
  bool digit = false, letter = false;
  for (char c : w) {
    if (c >= '0' && c <= '9')
      digit = true;
    else if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
      letter = true;
    else
      return false;
  }
  return digit && letter;
}

}  // namespace

std::string document_title(std::string_view name, std::string_view text) {
  if (std::string heading = markdown_heading(text); !heading.empty()) return heading;
  for (std::size_t i = name.size(); i > 0;
       --i) {  // after the last slash (find_last_of: a memchr a byte)
    if (name[i - 1] == '/' || name[i - 1] == '\\') {
      name.remove_prefix(i);
      break;
    }
  }
  const std::size_t dot = name.rfind('.');
  if (dot != std::string_view::npos && dot > 0 && name.size() - dot <= 6)
    name = name.substr(0, dot);
  std::string out;  // the words, without hashes ("000_d74994d38762cac4.txt" is titled "000")
  for (std::size_t p = 0; p < name.size();) {
    std::size_t e =
        p;  // words end at ' ', '_' and '-' (a plain loop: find_first_of is a memchr a byte)
    while (e < name.size() && name[e] != ' ' && name[e] != '_' && name[e] != '-') ++e;
    const std::string_view w = name.substr(p, e - p);
    if (!w.empty() && !hash_like(w)) {
      if (!out.empty()) out += ' ';
      out += w;
    }
    p = e + 1;
  }
  // Without a letter ("000", "2024 03") a title adds nothing worth its analysis.
  const bool letter = std::any_of(out.begin(), out.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
  });
  return letter ? out : "";
}

}  // namespace loupe::document
