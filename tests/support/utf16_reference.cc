#include "support/utf16_reference.h"

#include <unicode/ustring.h>

namespace loupe::test {

std::size_t utf16_length_of_prefix(std::string_view utf8, std::size_t byte_offset) {
  UErrorCode ec = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8WithSub(nullptr, 0, &length, utf8.data(), static_cast<int32_t>(byte_offset), 0xFFFD,
                       nullptr, &ec);
  return static_cast<std::size_t>(length);
}

}  // namespace loupe::test
