// The HTML text extraction of `loupe site` (cli/html_text.h) on any bytes: it never fails, and
// what it keeps is never longer than the page. Its three outputs come from disjoint parts of the
// page (the <html> tag, the <title> element, the text outside tags), and each only shrinks:
// white space collapses, a reference is no shorter than its character ("&lt;" -> "<", "&#0;" ->
// U+FFFD, 3 bytes for 4), a block tag of 3 bytes or more ("<p>") becomes at most "\n\n".
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "html_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  const loupe::cli::HtmlText t = loupe::cli::html_text(page);
  if (t.text.size() + t.title.size() + t.lang.size() > size) std::abort();
  return 0;
}
