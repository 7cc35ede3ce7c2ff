// The entity: and date: annotations of a static site (engine/site/site_annotations.h): a site
// written with them answers entity: and date: queries, alone and beside words, exactly as the
// in-memory engine answers them over the same documents (search::SearchAnnotations feeding
// query::Searcher, as search_hits.cc does): same hits, scores and totals; same entity, year and
// month facets. Also: a filter fetches some pages, not all; damaged pages are errors naming
// them; a site written without annotations matches nothing; the wasm reader's own keying
// (no transliteration) agrees on names spelled as the documents spell them and on ASCII names.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "analysis/text_analyzer.h"
#include "extract/dates/date_extractor.h"
#include "query/query_parser.h"
#include "query/searcher.h"
#include "search/query_readings.h"
#include "search/search_annotations.h"
#include "search/search_corpus.h"
#include "site/site_annotate.h"
#include "site/site_reader.h"
#include "site/site_session.h"
#include "site/site_writer.h"
#include "support/site_compare.h"

namespace fs = std::filesystem;
using namespace loupe;

namespace {

// Our own sentences: people, organizations and places in four scripts, dates of every kind.
const std::vector<std::pair<std::string, std::string>> kDocs = {
    {"en/talks.txt",
     "Angela Merkel met Sergei Lavrov in Berlin on 14 March 2019.\n\n"
     "UNESCO published its heritage list in June 2021, after a long review.\n\n"
     "The weather stayed mild all week."},
    {"en/trade.txt",
     "The harbor authority of Rotterdam signed a grain contract in 2018.\n\n"
     "Angela Merkel praised the harbor workers in a speech on 3 May 2020."},
    {"ru/talks.txt",
     "Меркель встретилась с Лавровым в Берлине в марте 2019 года.\n\n"
     "ЮНЕСКО опубликовала доклад в 2021 году."},
    {"ko/talks.txt",
     "2019년 3월 14일 메르켈 총리는 베를린에서 라브로프 장관을 만났다.\n\n"
     "유네스코는 2021년 6월에 보고서를 발표했다.\n\n"
     "그날 항구는 조용했다."},
    {"es/puerto.txt",
     "El puerto de Valencia firmó un acuerdo con Rotterdam en enero de 2018.\n\n"
     "Angela Merkel visitó Madrid en 2020."},
};

const std::vector<std::string> kQueries = {
    "entity:Merkel",
    "entity:\"Angela Merkel\"",
    "entity:Меркель",
    "entity:메르켈",
    "entity:Lavrov",
    "entity:Лавров",
    "entity:라브로프",
    "entity:UNESCO",
    "entity:ЮНЕСКО",
    "entity:유네스코",
    "entity:Berlin",
    "entity:Rotterdam",
    "entity:Nobody",
    "date:2019",
    "date:2019-03",
    "date:2019-03-14",
    "date:2021-06",
    "date:2018..2019",
    "date:..2018",
    "date:2020..",
    "date:1990",
    "harbor entity:Merkel",
    "harbor -date:2018",
    "entity:Merkel date:2020",
    "entity:Lavrov OR date:2021",
    "(entity:UNESCO OR entity:Rotterdam) lang:en",
};

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

struct Fixture {
  search::SearchCorpus corpus{&analyzer(), [] { return date_extractor(); }};
  search::SearchAnnotations in_memory{[] { return date_extractor(); }};
  search::QueryReadings readings{&analyzer()};
  fs::path dir;
  site::SiteSummary summary;
  std::map<std::string, int> fetched;

  explicit Fixture(bool annotate = true) {
    for (const auto& [id, text] : kDocs)
      REQUIRE(corpus.add_document(id, fs::path(id).filename().string(), text).ok());
    dir = fs::temp_directory_path() /
          ("loupe-site-annotations-" + std::to_string(::getpid()) + (annotate ? "a" : "n"));
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto annotations = site::annotate_site(corpus.index());
    REQUIRE(annotations.ok());
    site::SiteWriteOptions options;
    options.chunk_bytes = 96;  // small chunks and pages: the filters cross page borders
    options.annotation_page_bytes = 96;
    if (annotate) options.annotations = &annotations.value();
    auto written = site::write_site(corpus.index(), options,
                                    [this](const std::string& name, const site::Bytes& b) {
                                      std::ofstream out(dir / name, std::ios::binary);
                                      out.write(reinterpret_cast<const char*>(b.data()),
                                                static_cast<std::streamsize>(b.size()));
                                      return core::Status();
                                    });
    REQUIRE(written.ok());
    summary = written.value();
  }
  ~Fixture() { fs::remove_all(dir); }

  std::unique_ptr<site::SiteReader> open(bool keyer = true) {
    auto r = site::SiteReader::open([this](const std::string& name) -> core::Result<std::string> {
      ++fetched[name];
      std::ifstream in(dir / name, std::ios::binary);
      if (!in) return core::Status(core::StatusCode::kInvalidArgument, "no such file");
      return std::string(std::istreambuf_iterator<char>(in), {});
    });
    REQUIRE(r.ok());
    if (keyer) r.value()->annotations().set_keyer(site::native_entity_keyer());
    return std::move(r.value());
  }
  query::QueryAnalyzer analyze() {
    return [this](std::string_view w, core::Language l) { return readings.terms(w, l); };
  }
  // The in-memory engine's answer: every match, its passages kept for the facets.
  test::InMemoryAnswer want(const std::string& q) {
    test::InMemoryAnswer a;
    a.parsed = query::parse_query(q);
    REQUIRE(a.parsed.ok());
    a.options.limit = 50, a.options.per_doc = 0, a.options.keep_passages = true;
    a.options.filter_passages = [this](const query::QueryNode& n) {
      return in_memory.passages(corpus.index(), n);
    };
    a.result = query::Searcher(corpus.index(), analyze()).search(a.parsed.root, a.options);
    return a;
  }
  query::SearchResult got(site::SiteReader& r, const test::InMemoryAnswer& a) {
    query::SearchOptions o = a.options;
    o.filter_passages = nullptr;  // the reader's own
    auto result = r.search(a.parsed.root, o, analyze());
    REQUIRE(result.ok());
    return std::move(result.value());
  }
};

}  // namespace

TEST_CASE("entity: and date: on a site answer as the in-memory engine", "[site][annotations]") {
  Fixture f;
  REQUIRE(f.summary.annotation_bytes > 0);
  auto reader = f.open();
  std::size_t found = 0;
  for (const std::string& q : kQueries) {
    INFO(q);
    const auto want = f.want(q);
    const query::SearchResult got = f.got(*reader, want);
    test::check_same_hits(got, want.result);
    CHECK(got.total_docs == want.result.total_docs);
    CHECK(got.passages == want.result.passages);
    found += want.result.total > 0;
  }
  // Not vacuous: most queries find something, in every script, and one finds nothing.
  CHECK(found >= kQueries.size() - 3);
  CHECK(f.want("entity:메르켈").result.total >= 3);
  CHECK(f.want("entity:라브로프").result.total >= 2);
  CHECK(f.want("date:2019-03-14").result.total >= 2);
  CHECK(f.want("entity:Nobody").result.total == 0);
}

TEST_CASE("a fresh reader per query gives the same answers (no page left from before)",
          "[site][annotations]") {
  Fixture f;
  for (const std::string& q : kQueries) {
    INFO(q);
    auto reader = f.open();
    const auto want = f.want(q);
    test::check_same_hits(f.got(*reader, want), want.result);
  }
}

TEST_CASE("the entity, year and month facets of a site's hits are the in-memory engine's",
          "[site][annotations]") {
  Fixture f;
  auto reader = f.open();
  for (const std::string& q : {"harbor OR Merkel", "date:2018..2021", "entity:Merkel", "the"}) {
    INFO(q);
    const auto want = f.want(q);
    const query::SearchResult got = f.got(*reader, want);
    REQUIRE(got.passages == want.result.passages);
    const auto& idx = f.corpus.index();
    const auto entities = reader->annotations().entity_facet(got.passages, 20);
    REQUIRE(entities.ok());
    const auto expected = f.in_memory.entity_facet(idx, want.result.passages, 20);
    REQUIRE(entities.value().size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      CHECK(entities.value()[i].canonical == expected[i].canonical);
      CHECK(entities.value()[i].passages == expected[i].passages);
      CHECK(entities.value()[i].id == expected[i].id);
    }
    const auto years = reader->annotations().year_facet(got.passages);
    REQUIRE(years.ok());
    CHECK(years.value() == f.in_memory.year_facet(idx, want.result.passages));
    const auto months = reader->annotations().month_facet(got.passages);
    REQUIRE(months.ok());
    CHECK(months.value() == f.in_memory.month_facet(idx, want.result.passages));
  }
  CHECK_FALSE(
      f.in_memory.entity_facet(f.corpus.index(), f.want("the").result.passages, 20).empty());
}

TEST_CASE("a filter fetches the annotation pages it needs, not all of them",
          "[site][annotations]") {
  Fixture f;
  std::size_t pages = 0;
  for (const auto& e : fs::directory_iterator(f.dir)) {
    const char c = e.path().filename().string()[0];
    pages += c == 'k' || c == 'e' || c == 'y';
  }
  REQUIRE(pages >= 6);
  for (const std::string& q : {"entity:Merkel", "date:2019-03"}) {
    INFO(q);
    f.fetched.clear();
    auto reader = f.open();
    const auto want = f.want(q);
    test::check_same_hits(f.got(*reader, want), want.result);
    std::size_t read = 0;
    for (const auto& [name, n] : f.fetched)
      read += name[0] == 'k' || name[0] == 'e' || name[0] == 'y';
    CHECK(read >= 1);
    CHECK(read < pages);
  }
  f.fetched.clear();
  auto reader = f.open();
  const auto plain = f.want("harbor");
  test::check_same_hits(f.got(*reader, plain), plain.result);
  for (const auto& [name, n] : f.fetched) CHECK(name[0] != 'a');  // no filter: no annotations
}

TEST_CASE("a lone entity: or date: lists its passages from the annotation pages, not the table",
          "[site][annotations]") {
  Fixture f;
  const auto table_read = [&f] {
    for (const auto& [name, n] : f.fetched)
      if (name[0] == 't') return true;
    return false;
  };
  for (const std::string& q : {"entity:Merkel", "date:2019", "entity:Lavrov OR date:2021",
                               "entity:Merkel date:2020", "entity:Nobody", "harbor OR date:2019"}) {
    INFO(q);
    f.fetched.clear();
    auto reader = f.open();
    const auto want = f.want(q);
    const query::SearchResult got = f.got(*reader, want);
    test::check_same_hits(got, want.result);
    CHECK(got.total_docs == want.result.total_docs);
    CHECK(got.passages == want.result.passages);
    CHECK_FALSE(table_read());
  }
  // Not vacuous: a lone lang: filter, or a filter under NOT (its complement), still reads it.
  for (const std::string& q : {"lang:en", "harbor -date:2018", "harbor -entity:Merkel"}) {
    INFO(q);
    f.fetched.clear();
    auto reader = f.open();
    const auto want = f.want(q);
    test::check_same_hits(f.got(*reader, want), want.result);
    CHECK(table_read());
  }
}

TEST_CASE("without a keyer the reader keys names by the site's own word table",
          "[site][annotations]") {
  Fixture f;
  auto reader = f.open(false);  // as the search-only wasm build reads
  // Names as the documents spell them (the table's words) and ASCII names.
  for (const std::string& q :
       {"entity:Merkel", "entity:\"Angela Merkel\"", "entity:메르켈", "entity:UNESCO",
        "entity:ЮНЕСКО", "entity:유네스코", "entity:rotterdam", "entity:Nobody", "entity:BERLIN"}) {
    INFO(q);
    const auto want = f.want(q);
    test::check_same_hits(f.got(*reader, want), want.result);
  }
}

TEST_CASE("the browser's session answers entity: and date: in rounds of fetches",
          "[site][annotations]") {
  Fixture f;
  auto made = site::SiteSession::create();
  REQUIRE(made.ok());
  site::SiteSession& session = *made.value();
  // Plays the browser: every "need" answered from disk, the same call made again.
  const auto drive = [&](const std::function<std::string()>& call) {
    for (int round = 0; round < 20; ++round) {
      nlohmann::json r = nlohmann::json::parse(call());
      if (!r.contains("need")) return r;
      for (const auto& n : r["need"]) {
        std::ifstream in(f.dir / n.get<std::string>(), std::ios::binary);
        session.provide(n.get<std::string>(), std::string(std::istreambuf_iterator<char>(in), {}));
      }
    }
    FAIL("a call kept asking for files");
    return nlohmann::json();
  };
  REQUIRE(drive([&] { return session.open_json(); })["ok"] == true);
  for (const std::string& q : {"entity:Merkel", "entity:메르켈", "date:2019-03",
                               "harbor entity:Merkel", "entity:UNESCO"}) {
    INFO(q);
    const nlohmann::json r = drive([&] { return session.search_json(q, 10); });
    REQUIRE(r["ok"] == true);
    const auto want = f.want(q);
    CHECK(r["total"] == want.result.total);
    CHECK(want.result.total > 0);
  }
  // The facets as the engine's search envelope gives them when asked.
  for (const std::string& q : {"harbor OR Merkel", "date:2018..2021", "entity:UNESCO", "the"}) {
    INFO(q);
    const nlohmann::json got = drive([&] { return session.facets_json(q, true, true, true); });
    REQUIRE(got["ok"] == true);
    const auto engine = f.corpus.search(q, R"({"facets":["entity","year","month"],"limit":1})");
    REQUIRE(engine.status.ok());
    const nlohmann::json want = nlohmann::json::parse(engine.json)["facets"];
    CHECK(got["facets"] == want);
    CHECK(!want["year"].empty());
  }
}

TEST_CASE("a site written without annotations matches no entity: or date:", "[site][annotations]") {
  Fixture f(false);
  CHECK(f.summary.annotation_bytes == 0);
  auto reader = f.open();
  for (const std::string& q : {"entity:Merkel", "date:2019", "harbor entity:Merkel"}) {
    INFO(q);
    auto parsed = query::parse_query(q);
    auto r = reader->search(parsed.root, {}, f.analyze());
    REQUIRE(r.ok());
    CHECK(r.value().total == 0);
  }
  CHECK(f.want("entity:Merkel").result.total > 0);  // the engine finds them: the site cannot
}

// Flips the bits of one byte of a file.
void flip_byte(const fs::path& file, std::size_t at) {
  std::fstream io(file, std::ios::in | std::ios::out | std::ios::binary);
  io.seekg(static_cast<std::streamoff>(at));
  char c = 0;
  io.get(c);
  io.seekp(static_cast<std::streamoff>(at));
  io.put(static_cast<char>(c ^ 0x5A));
}

TEST_CASE("damaged or missing annotation pages are errors naming them", "[site][annotations]") {
  for (const bool remove : {true, false}) {
    for (const char kind : {'a', 'k', 'e', 'y'}) {
      Fixture f;
      std::vector<std::string> victims;
      for (const auto& e : fs::directory_iterator(f.dir)) {
        const std::string name = e.path().filename().string();
        if (name[0] != kind) continue;
        victims.push_back(name);
        if (remove)
          fs::remove(e.path());
        else
          flip_byte(e.path(), fs::file_size(e.path()) - 1);  // the payload's last byte
      }
      REQUIRE(!victims.empty());
      auto reader = f.open();
      bool named = false;
      for (const std::string& q : {"entity:Merkel", "date:2019", "entity:UNESCO"}) {
        auto parsed = query::parse_query(q);
        auto r = reader->search(parsed.root, {}, f.analyze());
        if (r.ok()) continue;
        for (const std::string& v : victims)
          named = named || r.status().message().find(v) != std::string::npos;
      }
      INFO(kind << (remove ? " removed" : " flipped"));
      CHECK(named);
    }
  }
}
