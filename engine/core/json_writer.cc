#include "core/json_writer.h"

#include <cmath>
#include <cstdio>

#include "core/utf8.h"

namespace loupe::core {

JsonWriter& JsonWriter::real(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", std::isfinite(v) ? v : 0.0);
  return lit(buf);
}

JsonWriter& JsonWriter::str(std::string_view s) {
  comma();
  out_ += '"';
  for (std::size_t i = 0; i < s.size();) {
    std::size_t run = i;  // plain ASCII is copied in one piece
    while (run < s.size()) {
      const unsigned char c = static_cast<unsigned char>(s[run]);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
      ++run;
    }
    out_.append(s.substr(i, run - i));
    if ((i = run) == s.size()) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      const DecodedChar d = decode_utf8(s, i);
      out_.append(d.valid ? s.substr(i, d.length) : std::string_view("\\ufffd"));
      i += d.length;
      continue;
    }
    if (c == '"' || c == '\\') {
      out_ += '\\';
      out_ += static_cast<char>(c);
    } else if (c == '\n') {
      out_ += "\\n";
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out_ += buf;
    }
    ++i;
  }
  out_ += '"';
  return *this;
}

}  // namespace loupe::core
