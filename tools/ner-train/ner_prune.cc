// ner-prune: fits a written model into a size budget by dropping its smallest weights (by
// |int8|, one threshold for all; the level at the threshold kept in part, in bucket order) until
// N non-zero weights remain; rows left empty go. With RATIO (Korean, train.sh), the weights are
// first moved to the nearest level of a geometric grid (1, 2, ..., each level about RATIO times
// the one before): fewer distinct bytes, which gzip stores in fewer bits, so more weights fit
// the size budget.
// Usage: loupe_ner_prune IN.bin OUT.bin N [RATIO]   (the file format: tagger_model.h)
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "extract/entities/tagger_model.h"

namespace {

constexpr int L = loupe::entities::kTaggerLabels;
constexpr std::size_t kHeader = 4 + 3 + 4 + (L * L + 2 * L) * 2;

struct Row {
  std::uint32_t bucket;
  std::array<std::int8_t, L> q;
};

// The rows; `end`: where they end (a version 2 model's word classes follow, copied as they are).
std::vector<Row> read_rows(const std::string& bytes, std::size_t& end) {
  std::size_t p = kHeader;
  auto byte = [&]() -> std::uint8_t {
    if (p >= bytes.size()) throw std::runtime_error("truncated model");
    return static_cast<std::uint8_t>(bytes[p++]);
  };
  std::uint32_t rows = 0;
  for (int k = 0; k < 4; ++k) rows |= static_cast<std::uint32_t>(byte()) << (8 * k);
  std::vector<Row> out;
  std::uint32_t bucket = 0;
  for (std::uint32_t r = 0; r < rows; ++r) {
    std::uint32_t delta = 0;
    for (int shift = 0;; shift += 7) {
      const std::uint8_t b = byte();
      delta |= static_cast<std::uint32_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) break;
    }
    bucket += delta;
    const std::uint16_t mask = static_cast<std::uint16_t>(byte() | (byte() << 8));
    Row row{bucket, {}};
    for (int l = 0; l < L; ++l)
      if (mask & (1u << l)) row.q[l] = static_cast<std::int8_t>(byte());
    out.push_back(row);
  }
  end = p;
  return out;
}

// |q| moved to the nearest level of 0, 1, then each level max(round(previous * ratio),
// previous + 1) up to 127.
void to_grid(std::vector<Row>& rows, double ratio) {
  std::vector<int> levels{0, 1};
  for (double x = 1; levels.back() < 127;) {
    x = std::max(x * ratio, static_cast<double>(levels.back() + 1));
    levels.push_back(std::min(127, static_cast<int>(std::lround(x))));
  }
  std::array<std::int8_t, 128> near{};
  for (int m = 0; m < 128; ++m) {
    int best = 0;
    for (int g : levels)
      if (std::abs(g - m) < std::abs(best - m)) best = g;
    near[m] = static_cast<std::int8_t>(best);
  }
  for (Row& r : rows)
    for (std::int8_t& q : r.q) q = static_cast<std::int8_t>(q < 0 ? -near[-q] : near[q]);
}

void write_varint(std::string& out, std::uint32_t d) {
  for (;; d >>= 7) {
    out.push_back(static_cast<char>((d & 0x7F) | (d >= 0x80 ? 0x80 : 0)));
    if (d < 0x80) break;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 && argc != 5) {
    std::fprintf(stderr, "usage: loupe_ner_prune IN.bin OUT.bin MAX_WEIGHTS [GRID_RATIO]\n");
    return 2;
  }
  try {
    std::ifstream in(argv[1], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t rows_end = 0;
    std::vector<Row> rows = read_rows(bytes, rows_end);
    if (argc == 5) to_grid(rows, std::strtod(argv[4], nullptr));
    std::array<std::size_t, 128> count{};  // non-zero weights by |q|
    for (const Row& r : rows)
      for (std::int8_t q : r.q)
        if (q) ++count[std::abs(q)];
    const std::size_t budget = std::strtoul(argv[3], nullptr, 10);
    int keep_from = 1;  // the smallest |q| kept
    std::size_t kept = 0;
    for (int m = 127; m >= 1; --m) {
      if (kept + count[m] > budget) {
        keep_from = m + 1;
        break;
      }
      kept += count[m];
    }
    // The level below the threshold fills what is left of the budget, in bucket order.
    std::size_t spare = budget - kept;
    kept = budget - (keep_from > 1 ? 0 : budget - kept);
    std::string out = bytes.substr(0, kHeader), body;
    std::uint32_t written = 0, last = 0;
    for (const Row& r : rows) {
      std::uint16_t mask = 0;
      for (int l = 0; l < L; ++l) {
        const int m = std::abs(r.q[l]);
        if (m >= keep_from || (m && m == keep_from - 1 && spare && spare--)) mask |= 1u << l;
      }
      if (!mask) continue;
      write_varint(body, r.bucket - last);
      body.append(reinterpret_cast<const char*>(&mask), 2);
      for (int l = 0; l < L; ++l)
        if (mask & (1u << l)) body.push_back(static_cast<char>(r.q[l]));
      last = r.bucket, ++written;
    }
    out.append(reinterpret_cast<const char*>(&written), 4);
    out += body;
    out += bytes.substr(rows_end);
    if (!loupe::entities::TaggerModel::parse(out).ok()) throw std::runtime_error("bad output");
    std::ofstream(argv[2], std::ios::binary)
        .write(out.data(), static_cast<std::streamsize>(out.size()));
    std::fprintf(stderr, "kept %zu weights (|q| >= %d) in %u rows: %zu bytes\n", kept, keep_from,
                 written, out.size());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "loupe_ner_prune: %s\n", e.what());
    return 1;
  }
  return 0;
}
