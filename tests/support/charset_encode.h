// Test helper shared by the decoder and offset-map tests: our own text in a legacy charset.
#pragma once
#include <unicode/ucnv.h>

#include <catch2/catch.hpp>
#include <string>

namespace loupe::test {

// `utf8` converted with ICU to `charset` (e.g. "windows-1251", "EUC-KR").
inline std::string encode(const std::string& utf8, const char* charset) {
  UErrorCode ec = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &ec);
  REQUIRE(U_SUCCESS(ec));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace loupe::test
