// TaggerModel::add_rows against the file's rows read directly: every bucket must find its own
// row and an absent one none, in a model where nearly every bucket has one, at both ends of a
// 24-bit model, and over more lookups than one flush of the 16-bit lanes holds. (Written for an
// open-addressed row table, bench/entities/SPEED.md, twelfth session: dropped, slower in wasm.)
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "extract/entities/tagger_model.h"

using namespace loupe::entities;

namespace {

constexpr int L = kTaggerLabels;
using Rows = std::map<std::uint32_t, std::vector<std::int8_t>>;  // bucket -> L weights

// A version 1 model file holding `rows` (zero weights are left out of a row's mask).
std::string model_file(int bits, const Rows& rows) {
  std::string out("LNER");
  out.push_back(1), out.push_back(static_cast<char>(bits)), out.push_back(L);
  const float scale = 10;
  out.append(reinterpret_cast<const char*>(&scale), 4);
  out.append(std::size_t{2} * (L * L + 2 * L), '\0');
  const auto count = static_cast<std::uint32_t>(rows.size());
  out.append(reinterpret_cast<const char*>(&count), 4);
  std::uint32_t last = 0;
  for (const auto& [bucket, w] : rows) {
    for (std::uint32_t d = bucket - last;; d >>= 7) {
      out.push_back(static_cast<char>((d & 0x7F) | (d >= 0x80 ? 0x80 : 0)));
      if (d < 0x80) break;
    }
    std::uint16_t mask = 0;
    for (int l = 0; l < L; ++l)
      if (w[l]) mask |= static_cast<std::uint16_t>(1u << l);
    out.append(reinterpret_cast<const char*>(&mask), 2);
    for (int l = 0; l < L; ++l)
      if (w[l]) out.push_back(static_cast<char>(w[l]));
    last = bucket;
  }
  return out;
}

// Random non-zero rows at `buckets`.
Rows random_rows(const std::vector<std::uint32_t>& buckets, std::mt19937& rng) {
  std::uniform_int_distribution<int> weight(-127, 127);
  Rows rows;
  for (std::uint32_t b : buckets) {
    std::vector<std::int8_t> w(L);
    for (auto& x : w) x = static_cast<std::int8_t>(weight(rng));
    w[b % L] = 1;  // never all zero
    rows[b] = w;
  }
  return rows;
}

// add_rows over `ids` (one call: chunks of 256 rows flushed) against the rows' plain sums.
void check_sums(const TaggerModel& m, const Rows& rows, const std::vector<std::uint32_t>& ids) {
  std::int32_t want[L] = {}, got[L] = {};
  for (std::uint32_t id : ids)
    if (const auto it = rows.find(id); it != rows.end())
      for (int l = 0; l < L; ++l) want[l] += it->second[l];
  m.add_rows(ids.data(), ids.size(), got);
  for (int l = 0; l < L; ++l) CHECK(got[l] == want[l]);
}

}  // namespace

TEST_CASE("Each bucket finds its own row in the model's table", "[entities][tagger]") {
  std::mt19937 rng(3);
  SECTION("a small model, nearly every bucket a row") {
    std::vector<std::uint32_t> buckets;
    for (std::uint32_t b = 0; b < 256; ++b)
      if (b % 37 != 5) buckets.push_back(b);
    const Rows rows = random_rows(buckets, rng);
    auto m = TaggerModel::parse(model_file(8, rows));
    REQUIRE(m.ok());
    CHECK(m.value().rows() == rows.size());
    for (std::uint32_t id = 0; id < 256; ++id) check_sums(m.value(), rows, {id});
    std::vector<std::uint32_t> many;  // 600 lookups: more than one flush of 256 rows
    std::uniform_int_distribution<std::uint32_t> any(0, 255);
    for (int k = 0; k < 600; ++k) many.push_back(any(rng));
    check_sums(m.value(), rows, many);
  }
  SECTION("a 24-bit model: its first and last buckets, and absent ones") {
    std::vector<std::uint32_t> buckets = {0, 1, 5, 0x123456, 0xFFFFFE, 0xFFFFFF};
    std::uniform_int_distribution<std::uint32_t> any(0, 0xFFFFFF);
    for (int k = 0; k < 3000; ++k) buckets.push_back(any(rng));
    const Rows rows = random_rows(buckets, rng);
    auto m = TaggerModel::parse(model_file(24, rows));
    REQUIRE(m.ok());
    for (const auto& [b, w] : rows) check_sums(m.value(), rows, {b});
    int absent = 0;
    for (int k = 0; k < 3000; ++k) {
      const std::uint32_t id = any(rng);
      absent += rows.count(id) == 0;
      check_sums(m.value(), rows, {id});
    }
    CHECK(absent > 2900);
    std::vector<std::uint32_t> mixed;
    for (const auto& [b, w] : rows) mixed.push_back(b), mixed.push_back(any(rng));
    check_sums(m.value(), rows, mixed);
  }
  SECTION("a model without rows adds nothing") {
    auto m = TaggerModel::parse(model_file(10, {}));
    REQUIRE(m.ok());
    check_sums(m.value(), {}, {0, 1, 1023});
  }
}
