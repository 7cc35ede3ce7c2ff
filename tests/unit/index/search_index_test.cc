#include "index/search_index.h"

#include <catch2/catch.hpp>

#include "index/hangul.h"
#include "index/postings.h"
#include "index/varint.h"
#include "support/analyzed_text_builder.h"

using namespace loupe;
using index::SearchIndex;

namespace {

// (passage, positions) pairs of a term, or empty if the term is unknown.
std::vector<std::pair<std::uint32_t, std::vector<std::uint32_t>>> postings_of(
    const SearchIndex& idx, std::string_view term) {
  std::vector<std::pair<std::uint32_t, std::vector<std::uint32_t>>> out;
  const index::TermId t = idx.terms().find(term);
  if (t == index::kNoTerm) return out;
  index::PostingCursor c(idx.postings(t));
  while (c.next()) out.emplace_back(c.passage(), c.positions());
  REQUIRE(c.ok());
  return out;
}

}  // namespace

TEST_CASE("varint round trip and truncation") {
  std::vector<std::uint8_t> buf;
  for (std::uint64_t v : {0ull, 1ull, 127ull, 128ull, 300ull, 0xFFFFFFFFull, ~0ull})
    index::put_varint(buf, v);
  CHECK(buf[3] == 0x80);  // 128 -> 0x80 0x01
  index::ByteReader r(buf.data(), buf.size());
  std::uint64_t v;
  for (std::uint64_t want : {0ull, 1ull, 127ull, 128ull, 300ull, 0xFFFFFFFFull, ~0ull}) {
    REQUIRE(r.varint(v));
    CHECK(v == want);
  }
  CHECK(r.at_end());
  CHECK_FALSE(r.varint(v));
  const std::uint8_t cut[] = {0x80, 0x80};
  index::ByteReader r2(cut, 2);
  CHECK_FALSE(r2.varint(v));
}

TEST_CASE("postings hold passages and positions, delta coded") {
  std::vector<std::uint8_t> list;
  std::uint32_t last = 0;
  index::PostingWriter::append(list, last, true, 3, {0, 4});
  index::PostingWriter::append(list, last, false, 7, {2});
  // Passage 3: gap 3, positions 0 << 1 and 4 << 1 | last; passage 7: gap 4, position 2 << 1 | last.
  CHECK(list == std::vector<std::uint8_t>{3, 0, 9, 4, 5});
  index::PostingCursor c(list);
  REQUIRE(c.next());
  CHECK(c.passage() == 3);
  CHECK(c.tf() == 2);
  CHECK(c.positions() == std::vector<std::uint32_t>{0, 4});
  REQUIRE(c.next());
  CHECK(c.passage() == 7);
  CHECK(c.tf() == 1);
  CHECK_FALSE(c.next());
  CHECK(c.ok());
  list.pop_back();  // truncated: the cursor reports it instead of reading past the end
  index::PostingCursor bad(list);
  REQUIRE(bad.next());
  CHECK_FALSE(bad.next());
  CHECK_FALSE(bad.ok());
  // Malformed: no position marked last, a position repeated, a passage repeated.
  for (const std::vector<std::uint8_t>& odd :
       {std::vector<std::uint8_t>{3, 0}, std::vector<std::uint8_t>{3, 2, 1},
        std::vector<std::uint8_t>{3, 1, 0, 1}}) {
    index::PostingCursor c1(odd);
    while (c1.next()) {
    }
    CHECK_FALSE(c1.ok());
  }
  const std::vector<std::uint8_t> repeated{3, 2, 1};
  index::PostingCursor skipping(repeated, false);  // skips positions: their order is not checked
  CHECK((skipping.next() && skipping.tf() == 2 && skipping.positions().empty()));
}

TEST_CASE("postings with large gaps and tf round-trip through the cursor") {
  std::vector<std::uint8_t> list;
  std::uint32_t last = 0;
  std::vector<std::uint32_t> many;
  for (std::uint32_t i = 0; i < 300; ++i) many.push_back(i * 3);
  index::PostingWriter::append(list, last, true, 0, {5});
  index::PostingWriter::append(list, last, false, 64, many);             // gap 64: a 2-byte head
  index::PostingWriter::append(list, last, false, 0xFFFFFFFFu, {0, 1});  // the largest passage
  index::PostingCursor c(list);
  REQUIRE(c.next());
  CHECK((c.passage() == 0 && c.tf() == 1 && c.positions() == std::vector<std::uint32_t>{5}));
  REQUIRE(c.next());
  CHECK((c.passage() == 64 && c.tf() == 300 && c.positions() == many));
  REQUIRE(c.next());
  CHECK((c.passage() == 0xFFFFFFFFu && c.tf() == 2));
  CHECK_FALSE(c.next());
  CHECK(c.ok());
}

TEST_CASE("paragraphs become passages with positions relative to the passage") {
  SearchIndex idx;
  REQUIRE(
      idx.add_document({"d1", "one.txt", test::build_text("The cat sat\n\nA cat and a dog"), {}})
          .ok());
  REQUIRE(idx.passages().size() == 2);  // the empty line is no passage
  CHECK(idx.passages()[1].paragraph == 2);
  CHECK(idx.passages()[1].length == 5);
  const auto cat = postings_of(idx, "cat");
  REQUIRE(cat.size() == 2);
  CHECK(cat[0] == std::make_pair(0u, std::vector<std::uint32_t>{1}));
  CHECK(cat[1] == std::make_pair(1u, std::vector<std::uint32_t>{1}));
  CHECK(idx.df(idx.terms().find("a")) == 1);
  CHECK(postings_of(idx, "a")[0].second == std::vector<std::uint32_t>{0, 3});
  CHECK(idx.average_length(index::Field::kBody) == Approx(4.0));
}

TEST_CASE("Korean stems are indexed without particles, compounds under their suffixes") {
  SearchIndex idx;
  REQUIRE(
      idx.add_document({"k", "k.txt", test::build_text("라브로프가 외교관계위원회를 만났다"), {}})
          .ok());
  CHECK(postings_of(idx, "라브로프").size() == 1);
  CHECK(postings_of(idx, "라브로프가").empty());
  CHECK(postings_of(idx, "외교관계위원회").size() == 1);
  const auto suffix = postings_of(idx, std::string(1, index::kCompoundMarker) + "위원회");
  REQUIRE(suffix.size() == 1);
  CHECK(suffix[0].second == std::vector<std::uint32_t>{1});  // same position as the whole word
  CHECK(index::compound_suffixes("외교관계위원회") ==
        std::vector<std::string>{"교관계위원회", "관계위원회", "계위원회", "위원회", "원회"});
  CHECK(index::compound_suffixes("장관").empty());
  CHECK(index::compound_suffixes("abcdef").empty());
  CHECK(index::to_jamo("각a") == std::u32string{0x1100, 0x1161, 0x11A8, U'a'});
}

TEST_CASE("update replaces, removal hides, compaction renumbers and keeps stable ids") {
  SearchIndex idx;
  REQUIRE(idx.add_document({"a", "a.txt", test::build_text("alpha beta"), {}}).ok());
  REQUIRE(idx.add_document({"b", "b.txt", test::build_text("beta gamma"), {}}).ok());
  REQUIRE(idx.add_document({"c", "c.txt", test::build_text("gamma delta"), {}}).ok());
  REQUIRE(idx.add_document({"a", "a2.txt", test::build_text("alpha omega"), {}}).ok());  // update
  CHECK(idx.live_documents() == 3);
  CHECK(idx.find_document("a") >= 0);
  CHECK(idx.docs()[idx.find_document("a")].name == "a2.txt");
  CHECK(idx.remove_document("b"));
  CHECK_FALSE(idx.remove_document("b"));
  CHECK_FALSE(idx.remove_document("zzz"));
  idx.compact();
  CHECK(idx.docs().size() == 2);
  CHECK(idx.passages().size() == 2);
  CHECK(idx.terms().find("beta") == index::kNoTerm);  // only the dead documents had it
  CHECK(postings_of(idx, "gamma").size() == 1);
  CHECK(idx.docs()[idx.find_document("c")].name == "c.txt");
  CHECK(idx.passages()[postings_of(idx, "omega")[0].first].doc == idx.find_document("a"));
  // Appending after compaction continues each list from its new last passage.
  REQUIRE(idx.add_document({"d", "d.txt", test::build_text("gamma omega"), {}}).ok());
  const auto gamma = postings_of(idx, "gamma");
  REQUIRE(gamma.size() == 2);
  CHECK(gamma[1].first == 2);
  CHECK(idx.passages()[gamma[0].first].doc == idx.find_document("c"));
  CHECK(postings_of(idx, "omega").size() == 2);
  CHECK(SearchIndex::from_data(idx.data()).ok());
  CHECK_FALSE(idx.add_document({"", "x", test::build_text("x"), {}}).ok());
}

TEST_CASE("from_data rejects inconsistent data") {
  SearchIndex idx;
  REQUIRE(idx.add_document({"a", "a.txt", test::build_text("alpha beta"), {}}).ok());
  index::IndexData good = idx.data();
  REQUIRE(SearchIndex::from_data(good).ok());
  index::IndexData bad = good;
  bad.passages[0].end_byte = 999;
  CHECK(SearchIndex::from_data(bad).status().code() == core::StatusCode::kInvalidData);
  bad = good;
  bad.df[0] = 5;
  CHECK_FALSE(SearchIndex::from_data(bad).ok());
  bad = good;
  bad.postings[0] = {9, 1};  // passage 9, position 0 (the last): it does not exist
  CHECK(SearchIndex::from_data(bad).status().message().find("past the passages") !=
        std::string::npos);
}
