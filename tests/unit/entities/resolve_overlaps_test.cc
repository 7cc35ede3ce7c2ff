// resolve_overlaps keeps, longest first, the spans that overlap no span kept before, and checks
// only a span's first and last bytes (mention_propagation.cc). Compared here with a byte-by-byte
// reference on random spans, ties of length, confidence and gazetteer links included.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <vector>

#include "extract/entities/mention_finder.h"

using loupe::entities::Candidate;

namespace {

std::vector<Candidate> reference(const std::vector<Candidate>& cs) {
  std::vector<std::size_t> order(cs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (cs[a].bytes.size() != cs[b].bytes.size()) return cs[a].bytes.size() > cs[b].bytes.size();
    if ((cs[a].known >= 0) != (cs[b].known >= 0)) return cs[a].known >= 0;
    if (cs[a].confidence != cs[b].confidence) return cs[a].confidence > cs[b].confidence;
    return a < b;
  });
  std::vector<Candidate> kept;
  for (std::size_t i : order) {
    const auto overlaps = [&](const Candidate& k) {
      return k.bytes.begin_byte < cs[i].bytes.end_byte && cs[i].bytes.begin_byte < k.bytes.end_byte;
    };
    if (std::none_of(kept.begin(), kept.end(), overlaps)) kept.push_back(cs[i]);
  }
  std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
    return a.bytes.begin_byte < b.bytes.begin_byte;
  });
  return kept;
}

}  // namespace

TEST_CASE("resolve_overlaps keeps what a byte-by-byte check keeps", "[entities]") {
  std::mt19937 random(16);
  for (int round = 0; round < 500; ++round) {
    std::vector<Candidate> cs(1 + random() % 12);
    for (Candidate& c : cs) {
      c.bytes.begin_byte = 100 + random() % 40;
      c.bytes.end_byte = c.bytes.begin_byte + 1 + random() % 12;
      c.confidence = static_cast<float>(random() % 3) / 2;
      c.known = static_cast<int>(random() % 3) - 1;
    }
    const std::vector<Candidate> want = reference(cs);
    std::vector<Candidate> got = cs;
    loupe::entities::resolve_overlaps(got);
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i].bytes == want[i].bytes);
      CHECK(got[i].known == want[i].known);
      CHECK(got[i].confidence == want[i].confidence);
    }
  }
}
