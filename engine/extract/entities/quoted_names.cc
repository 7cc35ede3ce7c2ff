// A name that opens a quote closes it: `ТОВ «Уманська дорожньо-будівельна компанія»`, `Bar
// "Alameda"`. The tagger often ends such a span before the closing mark (a token of its own,
// outside the words it learned names from); the annotated corpora keep the quoted name whole,
// marks included (NER-UK: 186 of its dev file's 190 spans with a quote end with one).
#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/entities/mention_finder.h"

namespace loupe::entities {
namespace {

constexpr std::string_view kOpen = "\u00AB", kClose = "\u00BB";  // « »
constexpr std::string_view kLeft = "\u201C", kRight = "\u201D";  // “ ”
constexpr std::size_t kMaxReach = 120;  // bytes past the span: a few words of the name

std::size_t count(std::string_view s, std::string_view mark) {
  std::size_t n = 0;
  for (std::size_t p = s.find(mark); p != std::string_view::npos; p = s.find(mark, p + 1)) ++n;
  return n;
}

// Where the quote the span leaves open closes (the byte after the closing mark), or 0 when
// the span leaves none open or it does not close soon on the same line with no other quote.
std::size_t closing_end(std::string_view text, core::ByteRange bytes) {
  const std::string_view s = text.substr(bytes.begin_byte, bytes.size());
  std::string_view close;
  std::string_view opens;  // a mark that would open another quote first
  if (count(s, kOpen) > count(s, kClose)) {
    close = kClose, opens = kOpen;
  } else if (count(s, kLeft) > count(s, kRight)) {
    close = kRight, opens = kLeft;
  } else if (count(s, "\"") % 2 == 1) {
    close = "\"";
  } else {
    return 0;
  }
  const std::string_view rest =
      text.substr(bytes.end_byte, std::min(kMaxReach, text.size() - bytes.end_byte));
  const std::size_t at = rest.find(close);
  if (at == std::string_view::npos) return 0;
  const std::string_view between = rest.substr(0, at);
  if (between.find('\n') != std::string_view::npos ||
      (!opens.empty() && between.find(opens) != std::string_view::npos))
    return 0;
  return bytes.end_byte + at + close.size();
}

}  // namespace

void close_open_quotes(std::string_view text, std::size_t first, std::vector<Candidate>& out) {
  std::vector<std::size_t> order;  // by start: the candidates after a span are found by search
  for (std::size_t i = first; i < out.size(); ++i) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return out[a].bytes.begin_byte < out[b].bytes.begin_byte;
  });
  std::vector<bool> drop(out.size(), false);
  for (std::size_t n = 0; n < order.size(); ++n) {
    Candidate& c = out[order[n]];
    const std::size_t end = drop[order[n]] ? 0 : closing_end(text, c.bytes);
    if (end == 0) continue;
    // Candidates inside the quoted name are its words (`Львові` of `«Дирекція ... у Львові»`);
    // one that runs past the closing mark keeps the span as it was.
    std::size_t last = n + 1;
    bool crosses = false;
    for (; last < order.size() && out[order[last]].bytes.begin_byte < end; ++last)
      crosses = crosses || out[order[last]].bytes.end_byte > end;
    if (crosses) continue;
    for (std::size_t k = n + 1; k < last; ++k) drop[order[k]] = true;
    c.bytes.end_byte = end;
  }
  std::size_t w = first;
  for (std::size_t i = first; i < out.size(); ++i)
    if (!drop[i]) out[w++] = out[i];
  out.resize(w);
}

}  // namespace loupe::entities
