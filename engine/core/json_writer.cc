#include "core/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "core/utf8.h"

namespace loupe::core {
namespace {

constexpr std::uint64_t kPow10[] = {1,         10,         100,         1000,
                                    10000,     100000,     1000000,     10000000,
                                    100000000, 1000000000, 10000000000, 100000000000};

// What printf("%.6g") prints for v, for 1e-4 <= |v| < 1e15 (every BM25 score), computed
// exactly: |v| = m / 2^s with m < 2^53 and s in [3, 67] there, so |v| * 10^k, for the k that
// leaves six integer digits, is m * 10^k / 2^s (k >= 0) or m / (2^s * 10^-k): quotient and
// remainder in 128-bit integers, the quotient rounded half to even as printf rounds. The
// Emscripten 3.1.6 libc++ (LLVM 13) has no floating-point std::to_chars, and snprintf was 7%
// of a query's instructions. Returns 0 outside that range: the caller uses snprintf.
std::size_t format_g6(double v, char* out) {
  using U128 = unsigned __int128;
  const double a = std::fabs(v);
  if (!(a >= 1e-4 && a < 1e15)) return 0;
  int e2 = 0;
  const double frac = std::frexp(a, &e2);  // a = frac * 2^e2, frac in [0.5, 1)
  const auto m = static_cast<std::uint64_t>(std::ldexp(frac, 53));
  const int s = 53 - e2;
  if (s < 1 || s > 100) return 0;  // not expected in the range: TA_DCHECK territory
  int x = static_cast<int>(std::floor(std::log10(a)));  // the decimal exponent, maybe off by one
  U128 q = 0, r = 0, den = 0;
  for (int tries = 0; tries < 3; ++tries) {
    const int k = 5 - x;  // in [-9, 10]
    if (k > 11 || k < -11) return 0;
    if (k >= 0) {
      const U128 num = static_cast<U128>(m) * kPow10[k];
      den = static_cast<U128>(1) << s;
      q = num >> s, r = num & (den - 1);
    } else {  // floor(floor(m / 2^s) / 10^-k) == floor(m / (2^s * 10^-k))
      den = (static_cast<U128>(1) << s) * kPow10[-k];
      q = (s < 64 ? m >> s : 0) / kPow10[-k];
      r = m - q * den;
    }
    if (q < 100000)
      --x;
    else if (q >= 1000000)
      ++x;
    else
      break;
  }
  if (q < 100000 || q >= 1000000) return 0;
  if (2 * r > den || (2 * r == den && (q & 1))) ++q;
  if (q == 1000000) q = 100000, ++x;
  char digits[6];
  for (int i = 5; i >= 0; --i)
    digits[i] = static_cast<char>('0' + static_cast<int>(q % 10)), q /= 10;
  int n = 6;
  while (n > 1 && digits[n - 1] == '0') --n;  // %g drops trailing zeros
  char* p = out;
  if (v < 0) *p++ = '-';
  if (x < -4 || x >= 6) {  // d.ddddde+XX
    *p++ = digits[0];
    if (n > 1) *p++ = '.';
    for (int i = 1; i < n; ++i) *p++ = digits[i];
    *p++ = 'e', *p++ = x < 0 ? '-' : '+';
    const int ax = x < 0 ? -x : x;
    *p++ = static_cast<char>('0' + ax / 10), *p++ = static_cast<char>('0' + ax % 10);
  } else if (x < 0) {  // 0.000ddd
    *p++ = '0', *p++ = '.';
    for (int i = 0; i < -x - 1; ++i) *p++ = '0';
    for (int i = 0; i < n; ++i) *p++ = digits[i];
  } else {  // ddd.ddd
    for (int i = 0; i <= x; ++i) *p++ = digits[i];
    if (n > x + 1) *p++ = '.';
    for (int i = x + 1; i < n; ++i) *p++ = digits[i];
  }
  return static_cast<std::size_t>(p - out);
}

}  // namespace

JsonWriter& JsonWriter::num(std::uint64_t v) {
  char buf[24];
  const std::to_chars_result r =
      std::to_chars(buf, buf + sizeof buf, v);  // never fails: 20 digits fit
  return lit(std::string_view(buf, static_cast<std::size_t>(r.ptr - buf)));
}

JsonWriter& JsonWriter::real(double v) {
  char buf[32];
  if (!std::isfinite(v)) v = 0.0;
  std::size_t n = format_g6(v, buf);
  if (n == 0) n = static_cast<std::size_t>(std::snprintf(buf, sizeof buf, "%.6g", v));
  return lit(std::string_view(buf, n));
}

namespace {

// The length of s's first run that JSON takes as is: ASCII other than controls, '"' and
// '\\' (eight bytes at a time), and well-formed UTF-8.
std::size_t plain_run(std::string_view s, std::size_t i) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  while (i < s.size()) {
    if (s.size() - i >= 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      const std::uint64_t quote = w ^ (kOnes * '"'), slash = w ^ (kOnes * '\\');
      // A byte is flagged if >= 0x80, < 0x20, or zero after the XORs (the classic
      // "has zero byte" test; its false positives only send a clean word to the slow path).
      const std::uint64_t bad = (w | ((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) |
                                 ((slash - kOnes) & ~slash)) &
                                kHigh;
      if (bad == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c < 0x80) break;
    const DecodedChar d = decode_utf8_fast(s, i);
    if (!d.valid) break;
    i += d.length;
  }
  return i;
}

}  // namespace

JsonWriter& JsonWriter::quoted(std::string_view s, char after) {
  // Most strings need no escaping: one resize, one copy.
  if (plain_run(s, 0) == s.size()) {
    const bool sep = !fresh_ && started();
    const std::size_t n = out_.size();
    out_.resize(n + sep + s.size() + 2 + (after != 0));
    char* p = &out_[n];
    if (sep) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, s.data(), s.size());
    p += s.size();
    *p++ = '"';
    if (after) *p = after;
    fresh_ = after != 0;
    return *this;
  }
  str_escaped(s);
  if (after) out_ += after, fresh_ = true;
  return *this;
}

void JsonWriter::str_escaped(std::string_view s) {
  comma();
  out_ += '"';
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t run = plain_run(s, i);  // copied in one piece
    out_.append(s.data() + i, run - i);
    if ((i = run) == s.size()) break;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {  // invalid: the run stopped here
      out_.append("\\ufffd");
      i += decode_utf8(s, i).length;
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
}

}  // namespace loupe::core
