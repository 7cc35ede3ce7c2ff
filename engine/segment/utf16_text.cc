#include "segment/utf16_text.h"

#include <limits>

#include "core/utf8.h"

namespace loupe::segment {

bool Utf16Text::assign(std::string_view utf8) {
  size_ = 0;
  // ICU indexes are int32_t; offsets here are uint32_t.
  if (utf8.size() >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) return false;
  if (units_.size() < utf8.size()) units_.resize(utf8.size());  // never more units than bytes
  if (bytes_.size() < utf8.size() + 1) bytes_.resize(utf8.size() + 1);
  char16_t* u = units_.data();
  std::uint32_t* b = bytes_.data();
  std::size_t n = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    if (lead < 0x80) {
      u[n] = lead, b[n] = static_cast<std::uint32_t>(i), ++n, ++i;
      continue;
    }
    const core::DecodedChar d = core::decode_utf8_fast(utf8, i);
    if (!d.valid) return false;
    if (d.code_point >= 0x10000) {
      const char32_t v = d.code_point - 0x10000;
      u[n] = static_cast<char16_t>(0xD800 + (v >> 10)), b[n] = static_cast<std::uint32_t>(i), ++n;
      u[n] = static_cast<char16_t>(0xDC00 + (v & 0x3FF)), b[n] = static_cast<std::uint32_t>(i), ++n;
    } else {
      u[n] = static_cast<char16_t>(d.code_point), b[n] = static_cast<std::uint32_t>(i), ++n;
    }
    i += d.length;
  }
  b[n] = static_cast<std::uint32_t>(utf8.size());
  size_ = n;
  return true;
}

}  // namespace loupe::segment
