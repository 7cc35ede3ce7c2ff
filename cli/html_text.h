// html_text: the readable text of an HTML page, for `loupe site`. Keeps the <title>, the `lang`
// attribute of <html>, and the text of the body: block elements (p, div, h1-h6, li, tr, ...)
// become paragraph breaks, <br> a line break, runs of white space one space, character
// references are decoded (named: the common few, Spanish letters among them; numeric: all). Left
// out: script, style, nav, noscript, template, svg, iframe and comments. One pass, linear in the
// input; never fails (malformed markup is read as far as it makes sense; a tag left open ends the
// text). Not done: data-loupe-* attributes, <main> preferred over the rest, headers/footers.
// E.g. html_text("<html lang=ko><title>A</title><p>x &amp; y<p>z") ->
//   {title "A", lang "ko", text "x & y\n\nz"}.
#pragma once
#include <string>
#include <string_view>

namespace loupe::cli {

struct HtmlText {
  std::string title;
  std::string lang;
  std::string text;
};

HtmlText html_text(std::string_view html);

}  // namespace loupe::cli
