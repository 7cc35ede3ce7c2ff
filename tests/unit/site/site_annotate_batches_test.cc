// annotate_site with a memory setting (site/site_annotate.h, AnnotateOptions): the linking holds
// one batch of documents' text at a time, never the whole site's, and the batches' entities are
// joined by key as `loupe merge` joins parts' (a name written alike in every batch is one
// entity with every batch's passages); dates are per document, the same in any batches. Where
// a batch lacks the evidence another has (a capital word typed by the corpus's other uses),
// batches can type or join a name otherwise than one batch: our sentences name people and
// places the linking types alike in any batch.
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "analysis/text_analyzer.h"
#include "extract/dates/date_extractor.h"
#include "search/search_corpus.h"
#include "site/site_annotate.h"
#include "site/site_annotation_merge.h"

using namespace loupe;

namespace {

analysis::TextAnalyzer& analyzer() {
  static auto a = analysis::TextAnalyzer::create();
  REQUIRE(a.ok());
  return *a.value();
}

const dates::DateExtractor* date_extractor() {
  static auto d = dates::DateExtractor::create();
  REQUIRE(d.ok());
  return d.value().get();
}

// Our own sentences: 48 short reports naming the same people and places, each dated.
std::vector<std::pair<std::string, std::string>> reports() {
  static const char* kMonths[] = {"January", "March", "May", "July", "September", "November"};
  std::vector<std::pair<std::string, std::string>> out;
  for (int i = 0; i < 48; ++i) {
    std::string text = "On " + std::to_string(1 + i % 27) + " " + kMonths[i % 6] + " " +
                       std::to_string(2010 + i % 9) + ", Chancellor Angela Merkel met Sergei " +
                       "Lavrov in " + (i % 2 ? "Berlin" : "Vienna") + ".\n\n" +
                       "The harbor of Rotterdam reopened after the storm.";
    out.emplace_back("r/" + std::to_string(100 + i) + ".txt", text);
  }
  return out;
}

struct Corpus {
  search::SearchCorpus corpus{&analyzer(), [] { return date_extractor(); }};
  std::size_t text_bytes = 0, largest = 0;
  Corpus() {
    for (const auto& [id, text] : reports()) REQUIRE(corpus.add_document(id, id, text).ok());
    for (const index::DocInfo& d : corpus.index().docs()) {
      text_bytes += d.text.size();
      largest = std::max(largest, d.text.size());
    }
  }
};

// Each entity key's passages, over every entity of that key.
std::map<std::string, std::set<std::uint32_t>> passages_by_key(const site::SiteAnnotations& a) {
  std::map<std::string, std::set<std::uint32_t>> out;
  for (const site::SiteEntity& e : a.entities)
    out[e.key].insert(e.passages.begin(), e.passages.end());
  return out;
}

}  // namespace

TEST_CASE("annotating in batches holds one batch's text at a time, not the site's",
          "[site][annotations]") {
  Corpus c;
  site::AnnotateStats whole, batched;
  auto one = site::annotate_site(c.corpus.index(), {}, &whole);
  REQUIRE(one.ok());
  CHECK(whole.batches == 1);
  CHECK(whole.peak_text_bytes == c.text_bytes);  // no setting: all documents linked together
  const std::size_t budget = 4 * c.largest;
  REQUIRE(budget < c.text_bytes / 8);  // not vacuous: the setting is far below the site
  auto parts = site::annotate_site(c.corpus.index(), {budget}, &batched);
  REQUIRE(parts.ok());
  CHECK(batched.batches >= 12);
  CHECK(batched.peak_text_bytes <= budget);
  CHECK(batched.peak_text_bytes >= c.largest);
  // A setting below one document still links it (alone).
  site::AnnotateStats tiny;
  REQUIRE(site::annotate_site(c.corpus.index(), {1}, &tiny).ok());
  CHECK(tiny.batches == c.corpus.index().docs().size());
  CHECK(tiny.peak_text_bytes == c.largest);
}

TEST_CASE("batches' entities are joined by key; their dates are one batch's",
          "[site][annotations]") {
  Corpus c;
  auto one = site::annotate_site(c.corpus.index());
  REQUIRE(one.ok());
  std::size_t budget = 0;
  for (std::size_t i = 0; i < 3; ++i) budget += c.corpus.index().docs()[i].text.size();
  auto parts = site::annotate_site(c.corpus.index(), {budget});
  REQUIRE(parts.ok());
  const auto want = passages_by_key(one.value());
  const auto got = passages_by_key(parts.value());
  REQUIRE(want.size() >= 3);  // not vacuous: people and places found
  CHECK(got == want);
  std::set<std::string> keys;
  for (const site::SiteEntity& e : parts.value().entities) {
    INFO(e.key);
    CHECK(keys.insert(e.key).second);  // one entity a key, as the one batch has
  }
  CHECK(parts.value().entities.size() == one.value().entities.size());
  const auto merkel = got.find("PERSON:angela merkel");
  REQUIRE(merkel != got.end());
  CHECK(merkel->second.size() == 48);  // every report's first passage, across 16 batches
  REQUIRE(parts.value().dates.size() == one.value().dates.size());
  REQUIRE(one.value().dates.size() >= 48);
  for (std::size_t i = 0; i < one.value().dates.size(); ++i) {
    const site::SiteDate &a = one.value().dates[i], &b = parts.value().dates[i];
    CHECK((a.passage == b.passage && a.lo == b.lo && a.hi == b.hi && a.countable == b.countable &&
           a.month == b.month));
  }
  std::set<std::string> words_one, words_parts;
  for (const auto& [w, k] : one.value().words) words_one.insert(w);
  for (const auto& [w, k] : parts.value().words) words_parts.insert(w);
  CHECK(words_parts == words_one);
}

TEST_CASE("entities of one key joining an earlier one keep their passages ascending, once",
          "[site][annotations]") {
  // Linking can leave two entities of one key in a batch (or a part); both join the earlier
  // batch's entity of that key, and their passages interleave and repeat.
  const auto entity = [](std::vector<std::uint32_t> passages) {
    site::SiteEntity e;
    e.canonical = "Ada Quill", e.type = "PERSON", e.key = "PERSON:ada quill";
    e.names = {"ada quill"}, e.passages = std::move(passages);
    return e;
  };
  site::AnnotationJoiner joiner;
  site::SiteAnnotations first, second;
  first.entities = {entity({1, 3})};
  second.entities = {entity({2, 9}), entity({4, 5, 9})};
  joiner.add(first, 0, 0);
  joiner.add(second, 10, 2);  // its documents follow the first's two
  const site::SiteAnnotations joined = joiner.take();
  REQUIRE(joined.entities.size() == 1);
  CHECK(joined.entities[0].passages == std::vector<std::uint32_t>{1, 3, 12, 14, 15, 19});
  std::vector<std::uint32_t> docs;  // each passage's record moved with it, its document shifted
  for (const site::ChunkEntry& r : joined.entities[0].records) docs.push_back(r.doc);
  CHECK(docs == std::vector<std::uint32_t>{0, 0, 2, 2, 2, 2});
  // The pages store passages as gaps: the joined entity's page reads back as it was written.
  const site::Bytes bytes = site::encode_entity_page(joined.entities, 0, 1);
  auto page = site::decode_entity_page(std::string(bytes.begin(), bytes.end()), 20, 3);
  REQUIRE(page.ok());
  CHECK(page.value()[0].passages == joined.entities[0].passages);
  CHECK(page.value()[0].records == joined.entities[0].records);
  // A record naming a document past the site's count is refused.
  CHECK(!site::decode_entity_page(std::string(bytes.begin(), bytes.end()), 20, 2).ok());
}
