#include "normalize/offset_map.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

using loupe::core::ByteRange;
using loupe::normalize::OffsetMap;
using loupe::normalize::OffsetMapBuilder;

namespace {

// A random stage: copies, replacements of unequal length, insertions and deletions over a
// source of `src_size` bytes. `copied` records (out, src) pairs of bytes copied unchanged.
struct RandomStage {
  OffsetMap map;
  std::vector<std::pair<std::size_t, std::size_t>> copied;
};

RandomStage random_stage(std::mt19937& rng, std::size_t src_size) {
  OffsetMapBuilder b;
  RandomStage st;
  std::uniform_int_distribution<int> op(0, 4), len(0, 4);
  while (b.src_pos() < src_size) {
    const std::size_t left = src_size - b.src_pos();
    const std::size_t n = std::min<std::size_t>(left, len(rng));
    switch (op(rng)) {
      case 0:
      case 1:
        for (std::size_t i = 0; i < n; ++i) st.copied.push_back({b.out_pos() + i, b.src_pos() + i});
        b.copy(n);
        break;
      case 2:
        b.replace(n, len(rng));
        break;  // replacement, possibly of equal length
      case 3:
        b.replace(0, 1 + len(rng));
        break;  // insertion
      default:
        b.replace(std::max<std::size_t>(n, 1), 0);
        break;  // deletion
    }
  }
  if (len(rng) == 0) b.replace(0, 2);  // sometimes an insertion at the very end
  st.map = b.finish();
  return st;
}

void check_monotone_in_bounds(const OffsetMap& m) {
  for (std::size_t k = 0; k <= m.out_size(); ++k) {
    const std::size_t b = m.to_source_begin(k), e = m.to_source_end(k);
    REQUIRE(b <= m.src_size());
    REQUIRE(e <= m.src_size());
    if (k > 0) {
      REQUIRE(m.to_source_begin(k - 1) <= b);
      REQUIRE(m.to_source_end(k - 1) <= e);
      // A non-empty output range maps to a non-inverted source range.
      REQUIRE(m.to_source_begin(k - 1) <= e);
    }
  }
  if (m.out_size() > 0) REQUIRE(m.to_source_begin(0) <= m.to_source_end(m.out_size()));
  // The ends of the text map to the ends of the source (a begin skips deletions, an end stops
  // before them, so these are the two lookups that must reach the edges).
  REQUIRE(m.to_source_begin(m.out_size()) == m.src_size());
  REQUIRE(m.to_source_end(0) == 0);
}

}  // namespace

TEST_CASE("OffsetMap identity and simple edits", "[normalize]") {
  OffsetMap id = OffsetMap::identity(10);
  CHECK(id.to_source_begin(4) == 4);
  CHECK(id.to_source({2, 7}) == ByteRange{2, 7});

  // "라브\n로프" -> "라브로프": the newline (source byte 6) is deleted.
  OffsetMapBuilder b;
  b.copy(6);
  b.replace(1, 0);
  b.copy(6);
  OffsetMap m = b.finish();
  CHECK(m.to_source({0, 12}) == ByteRange{0, 13});
  CHECK(m.to_source_begin(6) == 7);
  CHECK(m.to_source_end(6) == 6);
  CHECK(m.to_source({0, 6}) == ByteRange{0, 6});
  CHECK(m.to_source({6, 12}) == ByteRange{7, 13});
  CHECK(m.to_output({6, 7}) == ByteRange{6, 6});  // the removed byte
  CHECK(m.to_output({7, 13}) == ByteRange{6, 12});
}

TEST_CASE("OffsetMap: an offset inside a replacement maps to the span's ends", "[normalize]") {
  // "x\r\ny" -> "x\ny" then an expansion: "ﷺ" (3 bytes) -> 33 bytes of Arabic words.
  OffsetMapBuilder b;
  b.copy(1);
  b.replace(2, 1);
  b.copy(1);
  b.replace(3, 33);
  OffsetMap m = b.finish();
  CHECK(m.to_source({1, 2}) == ByteRange{1, 3});
  CHECK(m.to_source({2, 3}) == ByteRange{3, 4});
  CHECK(m.to_source_begin(10) == 4);
  CHECK(m.to_source_end(10) == 7);
  CHECK(m.to_source({3, 36}) == ByteRange{4, 7});
  CHECK(m.to_source_end(36) == 7);
  CHECK(m.to_output({4, 7}) == ByteRange{3, 36});
  CHECK(m.to_output_begin(5) == 3);  // inside the source span
  CHECK(m.to_output_end(5) == 36);
}

TEST_CASE("OffsetMap compose chains two stages", "[normalize]") {
  // Stage A: "ab\r\ncd" -> "ab\ncd"; stage B deletes the "\n": "abcd".
  OffsetMapBuilder a;
  a.copy(2);
  a.replace(2, 1);
  a.copy(2);
  OffsetMapBuilder b;
  b.copy(2);
  b.replace(1, 0);
  b.copy(2);
  OffsetMap c = OffsetMap::compose(a.finish(), b.finish());
  CHECK(c.out_size() == 4);
  CHECK(c.src_size() == 6);
  CHECK(c.to_source({0, 4}) == ByteRange{0, 6});
  CHECK(c.to_source({2, 4}) == ByteRange{4, 6});
  CHECK(c.to_source({0, 2}) == ByteRange{0, 2});
  CHECK(c.edits().size() == 1);
}

TEST_CASE("OffsetMap property: random edits stay monotone and in bounds", "[normalize]") {
  std::mt19937 rng(12345);
  for (int round = 0; round < 300; ++round) {
    const std::size_t n = std::uniform_int_distribution<std::size_t>(0, 60)(rng);
    RandomStage s = random_stage(rng, n);
    REQUIRE(s.map.src_size() == n);
    check_monotone_in_bounds(s.map);
    for (auto [out, src] : s.copied) {
      REQUIRE(s.map.to_source({out, out + 1}) == ByteRange{src, src + 1});
      REQUIRE(s.map.to_output({src, src + 1}) == ByteRange{out, out + 1});
    }
  }
}

TEST_CASE("OffsetMap property: composition agrees with chained lookups", "[normalize]") {
  std::mt19937 rng(777);
  for (int round = 0; round < 300; ++round) {
    const std::size_t n = std::uniform_int_distribution<std::size_t>(0, 60)(rng);
    RandomStage a = random_stage(rng, n);
    RandomStage b = random_stage(rng, a.map.out_size());
    OffsetMap c = OffsetMap::compose(a.map, b.map);
    REQUIRE(c.src_size() == n);
    REQUIRE(c.out_size() == b.map.out_size());
    check_monotone_in_bounds(c);
    // Bytes copied by both stages map straight through, in both directions.
    std::vector<long> b_src_of_out(b.map.out_size() + 1, -1), a_src_of_out(n + 64, -1);
    std::vector<long> a_src(a.map.out_size() + 1, -1);
    for (auto [out, src] : a.copied) a_src[out] = static_cast<long>(src);
    for (auto [out, mid] : b.copied) {
      if (a_src[mid] < 0) continue;
      const auto src = static_cast<std::size_t>(a_src[mid]);
      REQUIRE(c.to_source({out, out + 1}) == ByteRange{src, src + 1});
      REQUIRE(c.to_output({src, src + 1}) == ByteRange{out, out + 1});
    }
    // Outside merged edits, the composed map equals looking up B then A.
    for (std::size_t k = 0; k <= c.out_size(); ++k) {
      bool inside = false;
      for (const auto& e : c.edits()) inside |= e.out_begin <= k && k <= e.out_end;
      if (inside) continue;
      REQUIRE(c.to_source_begin(k) == a.map.to_source_begin(b.map.to_source_begin(k)));
      REQUIRE(c.to_source_end(k) == a.map.to_source_end(b.map.to_source_end(k)));
    }
  }
}
