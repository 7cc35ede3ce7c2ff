// TakenBytes answers whether a byte range is free of the candidates, overlapping ones included
// (mention_finder.cc): the passes that add mentions never lay them over earlier ones.
#include <catch2/catch.hpp>
#include <vector>

#include "extract/entities/mention_finder.h"

using loupe::entities::Candidate;
using loupe::entities::TakenBytes;

TEST_CASE("TakenBytes: free exactly where no candidate lies, long and nested ones included") {
  std::vector<Candidate> out(4);
  out[0].bytes = {100, 200};  // before `first`: not counted
  out[1].bytes = {10, 60};    // long, with a short one inside it
  out[2].bytes = {20, 25};
  out[3].bytes = {70, 80};
  const TakenBytes taken(out, 1);
  CHECK_FALSE(taken.free({40, 45}));  // inside the long one, after the short one's start
  CHECK_FALSE(taken.free({55, 65}));
  CHECK_FALSE(taken.free({0, 11}));
  CHECK(taken.free({60, 70}));  // between: ends touch
  CHECK(taken.free({0, 10}));
  CHECK(taken.free({120, 130}));  // out[0] is not counted
  CHECK(TakenBytes(out, 4).free({0, 1000}));
}
