#include "analysis/tokenizer.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "analysis/korean_particles.h"
#include "analysis/url_scanner.h"
#include "core/utf8.h"

namespace loupe::analysis {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool starts_with_hangul(std::string_view s) {
  return !s.empty() && is_hangul(core::decode_utf8_fast(s, 0).code_point);
}

std::uint32_t flags_of(std::string_view surface) {
  std::uint32_t flags = 0;
  if (surface.empty()) return flags;
  if (is_digit(surface[0])) flags |= kTokenNumber;
  const auto lead = static_cast<unsigned char>(surface[0]);
  if (lead < 0x80
          ? lead >= 'A' && lead <= 'Z'  // ASCII: the only upper-case letters there
          : u_isupper(static_cast<UChar32>(core::decode_utf8_fast(surface, 0).code_point))) {
    flags |= kTokenCapitalized;
  }
  for (std::size_t i = 0; i < surface.size();) {
    if (static_cast<unsigned char>(surface[i]) < 0x80) {  // not Hangul
      ++i;
      continue;
    }
    core::DecodedChar d = core::decode_utf8_fast(surface, i);
    if (is_hangul(d.code_point)) {
      flags |= kTokenHangul;
      break;
    }
    i += d.length;
  }
  return flags;
}

void push(std::string_view text, core::ByteRange r, std::uint32_t extra,
          std::vector<AnalyzedToken>& out, std::uint32_t& position) {
  std::string_view surface = text.substr(r.begin_byte, r.size());
  AnalyzedToken t;
  t.term.assign(surface);
  t.bytes = r;
  t.stem_bytes = r;
  t.position = position++;
  t.flags = flags_of(surface) | extra;
  out.push_back(std::move(t));
}

}  // namespace

core::Result<std::unique_ptr<Tokenizer>> Tokenizer::create() {
  auto words = segment::WordSegmenter::create();
  if (!words.ok()) return words.status();
  return std::unique_ptr<Tokenizer>(new Tokenizer(std::move(words.value())));
}

void Tokenizer::tokenize(std::string_view utf8, core::ByteRange range,
                         std::vector<AnalyzedToken>& out) {
  if (range.end_byte > utf8.size() || range.begin_byte >= range.end_byte) return;
  const std::size_t base = range.begin_byte;
  std::vector<LinkSpan> links = find_links(utf8, range);
  std::vector<segment::WordSpan>& spans = spans_;
  words_->segment(utf8.substr(base, range.size()), spans);
  // At most one token per span and link: grow once here, geometrically across calls.
  const std::size_t needed = out.size() + spans.size() + links.size();
  if (out.capacity() < needed) out.reserve(std::max(needed, 2 * out.capacity()));
  std::uint32_t position = 0;
  std::size_t link = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    core::ByteRange r{spans[i].bytes.begin_byte + base, spans[i].bytes.end_byte + base};
    while (link < links.size() && links[link].bytes.end_byte <= r.begin_byte) {
      push(utf8, links[link].bytes, links[link].flag, out, position);
      ++link;
    }
    if (link < links.size() && r.end_byte > links[link].bytes.begin_byte) continue;  // inside
    // A number glued to a following Hangul run: one token ("4월").
    if (i + 1 < spans.size() && is_digit(utf8[r.begin_byte]) &&
        spans[i + 1].bytes.begin_byte + base == r.end_byte &&
        starts_with_hangul(utf8.substr(r.end_byte)) &&
        (link >= links.size() ||
         spans[i + 1].bytes.end_byte + base <= links[link].bytes.begin_byte)) {
      r.end_byte = spans[++i].bytes.end_byte + base;
    }
    push(utf8, r, 0, out, position);
  }
  for (; link < links.size(); ++link)
    push(utf8, links[link].bytes, links[link].flag, out, position);
}

}  // namespace loupe::analysis
