// Varint (LEB128, 7 bits a byte, low bits first) coding for postings and the saved index.
// Decoding is bounds-checked: a truncated or over-long number reports failure instead of
// reading past the buffer, so corrupted input can never crash a reader.
// E.g. put_varint(out, 300) appends {0xAC, 0x02}.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace loupe::index {

inline void put_varint(std::vector<std::uint8_t>& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<std::uint8_t>(v | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<std::uint8_t>(v));
}

// Reads forward through a byte span; every read reports whether it stayed in bounds.
class ByteReader {
 public:
  ByteReader(const std::uint8_t* data, std::size_t size) : p_(data), end_(data + size) {}
  bool varint(std::uint64_t& v) {
    if (p_ != end_ && *p_ < 0x80) {  // most postings and passage fields are one byte
      v = *p_++;
      return true;
    }
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) return false;
      const std::uint8_t b = *p_++;
      v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;  // more than 10 bytes: not a number we wrote
  }
  bool varint32(std::uint32_t& v) {
    if (p_ != end_ && *p_ < 0x80) {
      v = *p_++;
      return true;
    }
    std::uint64_t w;
    if (!varint(w) || w > 0xFFFFFFFFu) return false;
    v = static_cast<std::uint32_t>(w);
    return true;
  }
  // Steps over one varint without decoding it (its last byte is below 0x80); `low_bit` is
  // its lowest bit, in its first byte.
  bool skip_varint(bool& low_bit) {
    if (p_ == end_) return false;
    low_bit = (*p_ & 1) != 0;
    for (int i = 0; i < 10; ++i) {
      if (p_ == end_) return false;
      if (!(*p_++ & 0x80)) return true;
    }
    return false;
  }
  bool bytes(std::size_t n, std::string_view& out) {
    if (static_cast<std::size_t>(end_ - p_) < n) return false;
    out = std::string_view(reinterpret_cast<const char*>(p_), n);
    p_ += n;
    return true;
  }
  // A length-prefixed string (varint length, then the bytes), as the saved index and the site
  // index write them.
  bool str(std::string& s) {
    std::uint64_t n;
    std::string_view v;
    if (!varint(n) || n > remaining() || !bytes(n, v)) return false;
    s.assign(v);
    return true;
  }
  // Front coding: `shared` bytes of `prev`, then a str of the rest.
  bool front_coded(std::string_view prev, std::string& s) {
    std::uint64_t shared;
    std::string rest;
    if (!varint(shared) || shared > prev.size() || !str(rest)) return false;
    s.assign(prev.substr(0, shared));
    s += rest;
    return true;
  }
  bool at_end() const { return p_ == end_; }
  std::size_t remaining() const { return static_cast<std::size_t>(end_ - p_); }

 private:
  const std::uint8_t* p_;
  const std::uint8_t* end_;
};

}  // namespace loupe::index
