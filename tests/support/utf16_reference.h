// An independent UTF-16 oracle for offset tests: ICU's own UTF-8 -> UTF-16 conversion of the
// prefix, with invalid bytes replaced by U+FFFD (what a browser's TextDecoder does).
#pragma once
#include <cstddef>
#include <string_view>

namespace loupe::test {

std::size_t utf16_length_of_prefix(std::string_view utf8, std::size_t byte_offset);

}  // namespace loupe::test
