// SearchIndex::add_terms, the way the site reader grows its partial index a chunk at a time
// (site/site_reader.h): terms append with their postings, lengths move the BM25 averages, a
// second layout replaces the dictionary, and every inconsistency is refused with the index
// left as it was.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "index/postings.h"
#include "index/search_index.h"

using namespace loupe;

namespace {

// Three documents of two passages each (body), no terms.
index::SearchIndex three_documents() {
  index::IndexData d;
  for (std::uint32_t i = 0; i < 3; ++i) {
    index::DocInfo doc;
    doc.id = "d" + std::to_string(i), doc.name = doc.id;
    doc.to_input = normalize::OffsetMap::identity(0);
    doc.u16_to_source = normalize::OffsetMap::identity(0);
    doc.first_passage = 2 * i, doc.passage_count = 2;
    d.docs.push_back(doc);
    for (int k = 0; k < 2; ++k) d.passages.push_back({i, 0, 0, 0, 0, core::Language::kEn});
  }
  auto idx = index::SearchIndex::from_data(std::move(d));
  REQUIRE(idx.ok());
  return std::move(idx.value());
}

index::TermPostings term(std::string t, const std::vector<std::uint32_t>& passages) {
  index::TermPostings out{std::move(t), {}, static_cast<std::uint32_t>(passages.size())};
  std::uint32_t last = 0;
  for (std::size_t i = 0; i < passages.size(); ++i)
    index::PostingWriter::append(out.postings, last, i == 0, passages[i], {0});
  return out;
}

}  // namespace

TEST_CASE("partial index: terms append with their postings and lengths move the averages") {
  index::SearchIndex idx = three_documents();
  REQUIRE(
      idx.add_terms({term("harbor", {0, 3}), term("report", {1})}, {{0, 4}, {3, 2}, {1, 6}}).ok());
  REQUIRE(idx.terms().size() == 2);
  CHECK(idx.terms().find("report") == 1);
  CHECK(idx.df(0) == 2);
  CHECK(idx.passages()[3].length == 2);
  CHECK(idx.average_length(index::Field::kBody) == Approx(12.0 / 6));
  REQUIRE(idx.add_terms({term("archive", {5})}, {{5, 3}, {0, 1}}).ok());
  CHECK(idx.terms().find("archive") == 2);
  CHECK(idx.average_length(index::Field::kBody) == Approx(12.0 / 6));  // 4 -> 1, + 3
  // A new layout: the dictionary emptied first, ids in the new order.
  REQUIRE(idx.add_terms({term("archive", {5}), term("harbor", {0, 3})}, {}, false).ok());
  CHECK(idx.terms().size() == 2);
  CHECK(idx.terms().find("archive") == 0);
  CHECK(idx.terms().find("report") == index::kNoTerm);
}

TEST_CASE("partial index: inconsistent terms or lengths are refused, nothing changed") {
  index::SearchIndex idx = three_documents();
  REQUIRE(idx.add_terms({term("harbor", {0})}, {{0, 5}}).ok());
  const auto refused = [&](std::vector<index::TermPostings> terms,
                           std::vector<std::pair<std::uint32_t, std::uint32_t>> lengths) {
    const core::Status s = idx.add_terms(std::move(terms), lengths);
    CHECK(s.code() == core::StatusCode::kInvalidData);
    CHECK(idx.terms().size() == 1);
    CHECK(idx.passages()[1].length == 0);
    CHECK(idx.average_length(index::Field::kBody) == Approx(5.0 / 6));
  };
  refused({term("harbor", {1})}, {{1, 3}});                   // already held
  refused({term("port", {1}), term("port", {2})}, {{1, 3}});  // twice in one call
  refused({term("", {1})}, {{1, 3}});                         // empty
  refused({term("port", {6})}, {{1, 3}});                     // past the passages
  refused({term("port", {1})}, {{1, 3}, {6, 1}});             // a length past them
  index::TermPostings wrong_df = term("port", {1, 2});
  wrong_df.df = 1;
  refused({wrong_df}, {{1, 3}});
  index::TermPostings cut = term("port", {1, 2});
  cut.postings.pop_back();
  refused({cut}, {{1, 3}});  // malformed postings
}
