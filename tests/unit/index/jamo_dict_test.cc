#include "index/jamo_dict.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "index/hangul.h"
#include "index/postings.h"
#include "index/term_dict.h"

using namespace loupe;
using index::TermId;

namespace {

// Plain full-matrix Levenshtein: the reference the trie walk must agree with.
int levenshtein(const std::u32string& a, const std::u32string& b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
  }
  return d[a.size()][b.size()];
}

std::vector<std::pair<int, TermId>> brute_force(const index::TermDict& dict,
                                                const std::string& want, int max) {
  std::vector<std::pair<int, TermId>> out;
  for (TermId t = 0; t < dict.size(); ++t) {
    const std::string_view s = dict.term(t);
    if (s[0] == index::kCompoundMarker) continue;
    const int d = levenshtein(index::to_jamo(want), index::to_jamo(s));
    if (d > 0 && d <= max) out.emplace_back(d, t);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::pair<int, TermId>> walk(const index::JamoDict& jd, const std::string& want,
                                         int max) {
  std::vector<std::pair<int, TermId>> out;
  jd.within(index::to_jamo(want), max, out);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("jamo dictionary: sorted, shared prefixes, compound terms left out", "[index]") {
  index::TermDict dict;
  for (const char* t : {"signal", "sign", "\x01위원회", "각", "가", "signals"}) dict.intern(t);
  index::JamoDict jd;
  jd.build(dict);
  REQUIRE(jd.size() == 5);
  for (std::size_t i = 1; i < jd.size(); ++i) CHECK(jd.term(i - 1) < jd.term(i));
  CHECK(dict.term(jd.id(0)) == "sign");
  CHECK(jd.shared(1) == 4);  // "signal" after "sign"
  CHECK(jd.shared(2) == 6);  // "signals" after "signal"
  CHECK(dict.term(jd.id(3)) == "가");
  CHECK(jd.shared(4) == 2);  // 각 = 가 + ᆨ: one jamo more
}

TEST_CASE("jamo dictionary walk finds exactly the terms within the distance", "[index]") {
  index::TermDict dict;
  for (const char* t :
       {"signal", "signals", "sign", "single", "signum", "design", "siganl", "a", "ab", "процесс",
        "процес", "прогресс", "라브로프", "라브로프가", "리브로프", "\x01브로프"}) {
    dict.intern(t);
  }
  index::JamoDict jd;
  jd.build(dict);
  for (const char* want : {"signal", "sigal", "x", "процесс", "라브로프", "랍로프", "ab"}) {
    for (int max = 1; max <= 2; ++max) {
      INFO(want << " ~" << max);
      CHECK(walk(jd, want, max) == brute_force(dict, want, max));
    }
  }
  // One jamo is one edit: 리브로프 differs from 라브로프 in one vowel.
  const auto one = walk(jd, "라브로프", 1);
  CHECK(std::find(one.begin(), one.end(), std::make_pair(1, dict.find("리브로프"))) != one.end());
}

TEST_CASE("jamo dictionary walk agrees with brute force on random dictionaries", "[index]") {
  std::mt19937 rng(4);
  const std::vector<std::string> alphabet = {"a", "b", "c", "가", "각", "п", "р"};
  index::TermDict dict;
  const auto random_word = [&] {
    std::string w;
    for (int n = 1 + static_cast<int>(rng() % 6); n > 0; --n)
      w += alphabet[rng() % alphabet.size()];
    return w;
  };
  for (int i = 0; i < 400; ++i) dict.intern(random_word());
  index::JamoDict jd;
  jd.build(dict);
  for (int q = 0; q < 60; ++q) {
    const std::string want = random_word();
    const int max = 1 + static_cast<int>(rng() % 2);
    INFO(want << " ~" << max);
    CHECK(walk(jd, want, max) == brute_force(dict, want, max));
  }
}

TEST_CASE("term dictionary sorted order stays right across incremental additions", "[index]") {
  index::TermDict dict;
  for (const char* t : {"m", "c", "x"}) dict.intern(t);
  REQUIRE(dict.sorted().size() == 3);
  for (const char* t : {"a", "n", "d", "c"}) dict.intern(t);  // "c" exists: no new id
  const std::vector<TermId>& s = dict.sorted();
  REQUIRE(s.size() == 6);
  std::vector<std::string> terms;
  for (TermId id : s) terms.emplace_back(dict.term(id));
  CHECK(terms == std::vector<std::string>{"a", "c", "d", "m", "n", "x"});
  const auto [lo, hi] = dict.prefix_range("m");
  CHECK(hi - lo == 1);
}

TEST_CASE("posting cursor without positions reads the same passages and tf", "[index]") {
  std::vector<std::uint8_t> list;
  std::uint32_t last = 0;
  index::PostingWriter::append(list, last, true, 3, {0, 4, 200});
  index::PostingWriter::append(list, last, false, 700, {2});
  index::PostingCursor with(list), without(list, false);
  while (with.next()) {
    REQUIRE(without.next());
    CHECK(without.passage() == with.passage());
    CHECK(without.tf() == with.tf());
    CHECK(without.positions().empty());
  }
  CHECK_FALSE(without.next());
  CHECK(without.ok());
  list.pop_back();  // truncated inside the last position: reported, not read past
  index::PostingCursor cut(list, false);
  CHECK(cut.next());
  CHECK_FALSE(cut.next());
  CHECK_FALSE(cut.ok());
}
