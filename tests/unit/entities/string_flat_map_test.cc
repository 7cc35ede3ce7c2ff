// StringFlatMap (the lexicon's and keyer's lookups) answers as std::unordered_map does: random
// keys of every length around the 8-byte steps of its hash, prefixes of each other, the empty
// key, inserted twice, overwritten, across many growths.
#include "extract/entities/string_flat_map.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

using loupe::entities::StringFlatMap;

TEST_CASE("StringFlatMap finds what std::unordered_map finds", "[entities][flat_map]") {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> length(0, 20), byte(0, 3);  // few letters: many near-twins
  std::vector<std::string> keys;
  for (int k = 0; k < 3000; ++k) {
    std::string s(static_cast<std::size_t>(length(random)), 'a');
    for (char& c : s) c = static_cast<char>('a' + byte(random));
    keys.push_back(s);
  }
  StringFlatMap<int> map;
  std::unordered_map<std::string, int> expected;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const auto [value, added] = map.emplace(keys[k], static_cast<int>(k));
    const auto it = expected.emplace(keys[k], static_cast<int>(k));
    CHECK(added == it.second);
    CHECK(*value == it.first->second);  // a second emplace keeps the first value
    if (k % 5 == 0) {
      map[keys[k]] = -static_cast<int>(k);
      expected[keys[k]] = -static_cast<int>(k);
    }
  }
  CHECK(map.size() == expected.size());
  for (const auto& [key, value] : expected) {
    const int* found = map.find(key);
    REQUIRE(found);
    CHECK(*found == value);
  }
  for (int k = 0; k < 2000; ++k) {  // absent keys: longer than any inserted, or other letters
    const std::string absent = k % 2 ? std::string(21 + k % 9, 'a') : "x" + keys[k];
    CHECK(map.find(absent) == nullptr);
    CHECK(map.count(absent) == 0);
  }
  std::size_t visited = 0;
  map.for_each([&](std::string_view key, int value) {
    ++visited;
    CHECK(expected.at(std::string(key)) == value);
  });
  CHECK(visited == expected.size());
  map.clear();
  CHECK(map.empty());
  CHECK(map.find(keys[0]) == nullptr);
  CHECK(map.insert(keys[0]));
  CHECK_FALSE(map.insert(keys[0]));
}
