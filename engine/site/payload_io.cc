#include "site/payload_io.h"

#include <utility>
#include <vector>

namespace loupe::site {

using index::put_varint;
using Edit = normalize::OffsetMap::Edit;

void put_fixed(Bytes& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

std::uint64_t get_fixed(std::string_view b, std::size_t at, int bytes) {
  std::uint64_t v = 0;
  for (int i = 0; i < bytes; ++i)
    v |= static_cast<std::uint64_t>(static_cast<unsigned char>(b[at + i])) << (8 * i);
  return v;
}

void put_str(Bytes& out, std::string_view s) {
  put_varint(out, s.size());
  out.insert(out.end(), s.begin(), s.end());
}

void put_front_coded(Bytes& out, std::string_view s, std::string_view prev) {
  std::size_t shared = 0;
  while (shared < prev.size() && shared < s.size() && prev[shared] == s[shared]) ++shared;
  put_varint(out, shared);
  put_str(out, s.substr(shared));
}

bool PayloadReader::fixed32(std::uint32_t& v) {
  std::string_view b;
  if (!r_.bytes(4, b)) return false;
  v = static_cast<std::uint32_t>(get_fixed(b, 0, 4));
  return true;
}

bool PayloadReader::byte(std::uint32_t& v) {
  std::string_view b;
  if (!r_.bytes(1, b)) return false;
  v = static_cast<unsigned char>(b[0]);
  return true;
}

void put_edits(Bytes& out, const normalize::OffsetMap& m) {
  put_varint(out, m.out_size());
  put_varint(out, m.src_size());
  put_varint(out, m.edits().size());
  std::size_t out_end = 0, src_end = 0;
  for (const Edit& e : m.edits()) {
    put_varint(out, e.out_begin - out_end);
    put_varint(out, e.out_end - e.out_begin);
    put_varint(out, e.src_begin - src_end);
    put_varint(out, e.src_end - e.src_begin);
    out_end = e.out_end, src_end = e.src_end;
  }
}
bool get_edits(PayloadReader& r, normalize::OffsetMap& m) {
  std::uint64_t out_size, src_size;
  std::uint32_t n;
  if (!r.u64(out_size) || !r.u64(src_size) || !r.count(n)) return false;
  std::vector<Edit> edits(n);
  std::uint64_t out_end = 0, src_end = 0, v[4];
  constexpr std::uint64_t kCap = 0xFFFFFFFFull;  // texts are under 4 GB (index/search_index.cc)
  for (Edit& e : edits) {
    for (std::uint64_t& x : v)
      if (!r.u64(x) || x > kCap) return false;
    e.out_begin = out_end + v[0], e.out_end = e.out_begin + v[1];
    e.src_begin = src_end + v[2], e.src_end = e.src_begin + v[3];
    if (e.out_end > out_size || e.src_end > src_size) return false;
    out_end = e.out_end, src_end = e.src_end;
  }
  m = normalize::OffsetMap(edits, out_size, src_size);
  return true;
}

}  // namespace loupe::site
