// OffsetMap stores its edits in runs (offset_map.h). These tests hold it to the map it replaced:
// a plain sorted list of edits, looked up edit by edit (the reference below is that code), on
// random stages, their compositions and random text decoded from legacy charsets.
#include <unicode/ucnv.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "normalize/input_decoder.h"
#include "normalize/offset_map.h"
#include "support/charset_encode.h"

using loupe::core::ByteRange;
using loupe::normalize::OffsetMap;
using loupe::normalize::OffsetMapBuilder;
using Edit = OffsetMap::Edit;

namespace {

// The reference: the former OffsetMap lookups over a vector of edits.
using Field = std::size_t Edit::*;
struct Direction {
  Field fb, fe, tb, te;
};
constexpr Direction kBackward{&Edit::out_begin, &Edit::out_end, &Edit::src_begin, &Edit::src_end};
constexpr Direction kForward{&Edit::src_begin, &Edit::src_end, &Edit::out_begin, &Edit::out_end};

std::size_t ref_begin(const std::vector<Edit>& edits, Direction d, std::size_t k, std::size_t n) {
  auto it = std::upper_bound(edits.begin(), edits.end(), k,
                             [&](std::size_t v, const Edit& e) { return v < e.*d.fb; });
  std::size_t r = k;
  if (it != edits.begin()) {
    const Edit& e = *std::prev(it);
    r = k < e.*d.fe ? e.*d.tb : e.*d.te + (k - e.*d.fe);
  }
  return std::min(r, n);
}

std::size_t ref_end(const std::vector<Edit>& edits, Direction d, std::size_t k, std::size_t n) {
  auto it = std::lower_bound(edits.begin(), edits.end(), k,
                             [&](const Edit& e, std::size_t v) { return e.*d.fe < v; });
  std::size_t r;
  if (it == edits.end()) {
    r = edits.empty() ? k : k + edits.back().*d.te - edits.back().*d.fe;
  } else if ((*it).*d.fb < k) {
    r = (*it).*d.te;
  } else {
    r = (*it).*d.tb - ((*it).*d.fb - k);
  }
  return std::min(r, n);
}

// Every offset of both texts looked up both ways agrees with the reference over m's edits.
void check_same_as_reference(const OffsetMap& m) {
  const std::vector<Edit> edits(m.edits().begin(), m.edits().end());
  REQUIRE(edits.size() == m.edits().size());
  for (std::size_t k = 0; k <= m.out_size() + 1; ++k) {
    REQUIRE(m.to_source_begin(k) == ref_begin(edits, kBackward, k, m.src_size()));
    REQUIRE(m.to_source_end(k) == ref_end(edits, kBackward, k, m.src_size()));
  }
  for (std::size_t k = 0; k <= m.src_size() + 1; ++k) {
    REQUIRE(m.to_output_begin(k) == ref_begin(edits, kForward, k, m.out_size()));
    REQUIRE(m.to_output_end(k) == ref_end(edits, kForward, k, m.out_size()));
  }
}

// A random stage whose edits often repeat one shape back to back (the runs' case), between
// copies, insertions and deletions.
OffsetMap random_stage(std::mt19937& rng, std::size_t src_size, std::vector<Edit>* edits) {
  OffsetMapBuilder b;
  std::uniform_int_distribution<int> op(0, 5), len(0, 3), reps(1, 6);
  while (b.src_pos() < src_size) {
    const std::size_t left = src_size - b.src_pos();
    const std::size_t n = std::min<std::size_t>(left, len(rng));
    const auto record = [&](std::size_t s, std::size_t o) {
      if (s != o) edits->push_back({b.out_pos(), b.out_pos() + o, b.src_pos(), b.src_pos() + s});
      b.replace(s, o);
    };
    switch (op(rng)) {
      case 0:
      case 1:
        b.copy(n);
        break;
      case 2:
        for (int r = reps(rng), o = len(rng); r > 0 && b.src_pos() + n <= src_size; --r)
          record(n, o);
        break;
      case 3:
        record(0, 1 + len(rng));
        break;
      default:
        record(std::max<std::size_t>(n, 1), 0);
        break;
    }
  }
  return b.finish();
}

// The former compose, over edit vectors.
std::vector<Edit> ref_compose(const std::vector<Edit>& a, const std::vector<Edit>& b) {
  struct Mid {
    std::size_t begin, end;
    bool from_first;
    Edit e;
  };
  std::vector<Mid> all;
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    const bool take_a =
        j == b.size() ||
        (i < a.size() && (a[i].out_begin < b[j].src_begin ||
                          (a[i].out_begin == b[j].src_begin && a[i].out_end <= b[j].src_end)));
    if (take_a) {
      all.push_back({a[i].out_begin, a[i].out_end, true, a[i]}), ++i;
    } else {
      all.push_back({b[j].src_begin, b[j].src_end, false, b[j]}), ++j;
    }
  }
  std::vector<Edit> out;
  std::ptrdiff_t diff_a = 0, diff_b = 0;
  for (std::size_t k = 0; k < all.size();) {
    const std::size_t m0 = all[k].begin;
    std::size_t m1 = all[k].end;
    std::ptrdiff_t next_a = diff_a, next_b = diff_b;
    std::size_t n = k;
    for (; n < all.size(); ++n) {
      const Mid& iv = all[n];
      if (!(n == k || iv.begin < m1 || (iv.begin == m1 && m0 == m1 && iv.begin == iv.end))) break;
      m1 = std::max(m1, iv.end);
      const auto d =
          static_cast<std::ptrdiff_t>(iv.e.src_end) - static_cast<std::ptrdiff_t>(iv.e.out_end);
      (iv.from_first ? next_a : next_b) = d;
    }
    const auto mid0 = static_cast<std::ptrdiff_t>(m0), mid1 = static_cast<std::ptrdiff_t>(m1);
    const Edit c{static_cast<std::size_t>(mid0 - diff_b), static_cast<std::size_t>(mid1 - next_b),
                 static_cast<std::size_t>(mid0 + diff_a), static_cast<std::size_t>(mid1 + next_a)};
    if (c.out_end != c.out_begin || c.src_end != c.src_begin) out.push_back(c);
    diff_a = next_a, diff_b = next_b, k = n;
  }
  return out;
}

using loupe::test::encode;  // our own text in a legacy charset

// Random bytes shaped like text in `charset`: words of letters (any high byte for the 8-bit
// charsets, a lead and a trail byte for EUC-KR), spaces, ASCII words, and now and then a stray
// byte the charset cannot map.
std::string random_legacy(std::mt19937& rng, const std::string& charset, std::size_t size) {
  std::string out;
  std::uniform_int_distribution<int> kind(0, 9), word(1, 9), high(0xA1, 0xFE), ascii('a', 'z');
  std::uniform_int_distribution<int> any(0x80, 0xFF), lead(0xB0, 0xC8);
  while (out.size() < size) {
    const int k = kind(rng);
    for (int w = word(rng); w > 0; --w) {
      if (k < 2) {
        out.push_back(static_cast<char>(ascii(rng)));
      } else if (k == 9) {
        out.push_back(static_cast<char>(any(rng)));  // may be unmapped or a broken pair
      } else if (charset == "EUC-KR") {
        out.push_back(static_cast<char>(lead(rng)));
        out.push_back(static_cast<char>(high(rng)));
      } else {
        out.push_back(static_cast<char>(high(rng)));
      }
    }
    out.push_back(kind(rng) == 0 ? '\n' : ' ');
  }
  return out;
}

}  // namespace

TEST_CASE("OffsetMap runs: lookups equal the edit-by-edit map", "[normalize]") {
  std::mt19937 rng(4242);
  for (int round = 0; round < 400; ++round) {
    std::vector<Edit> edits;
    const std::size_t n = std::uniform_int_distribution<std::size_t>(0, 80)(rng);
    const OffsetMap m = random_stage(rng, n, &edits);
    REQUIRE(std::vector<Edit>(m.edits().begin(), m.edits().end()) == edits);
    REQUIRE(m.runs().size() <= edits.size());
    check_same_as_reference(m);
    // The same edits handed to the constructor give the same map.
    REQUIRE(OffsetMap(edits, m.out_size(), m.src_size()).edits() == m.edits());
  }
}

TEST_CASE("OffsetMap runs: composition equals the former composition", "[normalize]") {
  std::mt19937 rng(99);
  for (int round = 0; round < 400; ++round) {
    std::vector<Edit> ea, eb;
    const std::size_t n = std::uniform_int_distribution<std::size_t>(0, 80)(rng);
    const OffsetMap a = random_stage(rng, n, &ea);
    const OffsetMap b = random_stage(rng, a.out_size(), &eb);
    const OffsetMap c = OffsetMap::compose(a, b);
    REQUIRE(std::vector<Edit>(c.edits().begin(), c.edits().end()) == ref_compose(ea, eb));
    check_same_as_reference(c);
  }
}

TEST_CASE("OffsetMap runs: random legacy text maps every offset back", "[normalize]") {
  std::mt19937 rng(1251);
  for (const char* charset : {"windows-1251", "EUC-KR", "ISO-8859-1"}) {
    for (int round = 0; round < 20; ++round) {
      const std::string input = random_legacy(rng, charset, 50 + round * 40);
      auto decoded = loupe::normalize::decode_as(input, charset);
      REQUIRE(decoded.ok());
      const auto& d = decoded.value();
      INFO(charset << " round " << round);
      REQUIRE(d.to_input.out_size() == d.text.size());
      REQUIRE(d.to_input.src_size() == input.size());
      check_same_as_reference(d.to_input);
      // Each character maps to exactly the bytes that encode it (U+FFFD to the bytes it
      // replaced, which are not empty), and those bytes map forward to the character.
      std::size_t covered = 0;
      for (std::size_t pos = 0; pos < d.text.size();) {
        const auto c = loupe::core::decode_utf8(d.text, pos);
        const ByteRange src = d.to_input.to_source({pos, pos + c.length});
        REQUIRE(src.begin_byte == covered);
        const std::string ch = d.text.substr(pos, c.length);
        if (ch != "\xEF\xBF\xBD")
          REQUIRE(input.substr(src.begin_byte, src.size()) == encode(ch, charset));
        REQUIRE(src.size() > 0);
        REQUIRE(d.to_input.to_output(src) == ByteRange{pos, pos + c.length});
        covered = src.end_byte;
        pos += c.length;
      }
      REQUIRE(covered == input.size());
      // Runs: far fewer records than letters (one per word of like letters).
      if (std::string(charset) != "ISO-8859-1" && d.to_input.edits().size() > 50) {
        REQUIRE(d.to_input.runs().size() * 2 < d.to_input.edits().size());
      }
    }
  }
}
