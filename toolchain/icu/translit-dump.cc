// Dumps an ICU resource bundle file (DIR/NAME.res) as JSON, exactly: every UTF-16 unit of every
// string survives. Used by icu-wasm.sh instead of derb(1), whose ICU 72 output escapes no
// backslash and cuts the tail of any string that contains a '"' (Latin-ASCII has several).
//   translit-dump DIR NAME > out.json      (built natively against the system ICU)
#include <unicode/ures.h>
#include <unicode/ustring.h>

#include <cstdio>
#include <cstring>

namespace {

void print_string(const UChar* s, int32_t len) {
  std::putchar('"');
  for (int32_t i = 0; i < len; ++i) {
    const UChar c = s[i];
    if (c == '"' || c == '\\')
      std::printf("\\%c", static_cast<char>(c));
    else if (c >= 0x20 && c < 0x7f)
      std::putchar(static_cast<char>(c));
    else
      std::printf("\\u%04x", static_cast<unsigned>(c));
  }
  std::putchar('"');
}

bool print(UResourceBundle* res) {
  UErrorCode ec = U_ZERO_ERROR;
  const UResType type = ures_getType(res);
  if (type == URES_STRING) {
    int32_t len = 0;
    const UChar* s = ures_getString(res, &len, &ec);
    if (U_FAILURE(ec)) return false;
    print_string(s, len);
    return true;
  }
  if (type != URES_TABLE && type != URES_ARRAY) {
    std::fprintf(stderr, "translit-dump: unsupported resource type %d\n", static_cast<int>(type));
    return false;
  }
  std::putchar(type == URES_TABLE ? '{' : '[');
  const int32_t n = ures_getSize(res);
  for (int32_t i = 0; i < n; ++i) {
    UResourceBundle* child = ures_getByIndex(res, i, nullptr, &ec);
    if (U_FAILURE(ec)) return false;
    if (i > 0) std::putchar(',');
    std::putchar('\n');
    if (type == URES_TABLE) {
      const char* key = ures_getKey(child);
      UChar ukey[256];
      u_charsToUChars(key, ukey, static_cast<int32_t>(std::strlen(key)));
      print_string(ukey, static_cast<int32_t>(std::strlen(key)));
      std::putchar(':');
    }
    const bool ok = print(child);
    ures_close(child);
    if (!ok) return false;
  }
  std::putchar(type == URES_TABLE ? '}' : ']');
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: translit-dump DIR NAME\n");
    return 2;
  }
  UErrorCode ec = U_ZERO_ERROR;
  UResourceBundle* root = ures_openDirect(argv[1], argv[2], &ec);
  if (U_FAILURE(ec)) {
    std::fprintf(stderr, "translit-dump: %s\n", u_errorName(ec));
    return 1;
  }
  const bool ok = print(root);
  std::putchar('\n');
  ures_close(root);
  return ok && std::fflush(stdout) == 0 ? 0 : 1;
}
