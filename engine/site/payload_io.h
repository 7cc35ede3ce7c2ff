// The byte-level pieces every site file codec shares (site/FORMAT.md: varints, str, front
// coding, fixed-width little-endian, offset maps as edit lists) and a bounds-checked reader over
// a payload. Internal to engine/site/: site_format.cc and chunk_fragment_format.cc use it.
// E.g. PayloadReader r(payload); std::uint32_t n; if (!r.count(n)) return invalid("…");
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"
#include "index/varint.h"
#include "normalize/offset_map.h"
#include "site/site_format.h"

namespace loupe::site {

inline core::Status invalid(const std::string& what) {
  return core::Status(core::StatusCode::kInvalidData, what);
}

void put_fixed(Bytes& out, std::uint64_t v, int bytes);
std::uint64_t get_fixed(std::string_view b, std::size_t at, int bytes);
void put_str(Bytes& out, std::string_view s);
// As storage/FORMAT.md: the bytes in common with the previous string, then a str of the rest.
void put_front_coded(Bytes& out, std::string_view s, std::string_view prev);

// Bounds-checked reads over a payload; every method returns false past the end or on a value
// out of range, and the decoders turn that into a status.
class PayloadReader {
 public:
  explicit PayloadReader(std::string_view p)
      : r_(reinterpret_cast<const std::uint8_t*>(p.data()), p.size()) {}
  bool u32(std::uint32_t& v) { return r_.varint32(v); }
  bool u64(std::uint64_t& v) { return r_.varint(v); }
  // A count of records that take at least one byte each.
  bool count(std::uint32_t& n) { return r_.varint32(n) && n <= r_.remaining(); }
  bool str(std::string& s) { return r_.str(s); }
  bool front_coded(std::string_view prev, std::string& s) { return r_.front_coded(prev, s); }
  bool fixed32(std::uint32_t& v);
  bool byte(std::uint32_t& v);
  bool at_end() const { return r_.at_end(); }

 private:
  index::ByteReader r_;
};

// An offset map as an edit list: per edit the unchanged run before it in both texts, then both
// lengths. get_edits checks every edit lies inside both sizes (check_offset_map does the rest).
void put_edits(Bytes& out, const normalize::OffsetMap& m);
bool get_edits(PayloadReader& r, normalize::OffsetMap& m);

}  // namespace loupe::site
