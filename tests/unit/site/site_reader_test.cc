// The chunked static index (engine/site/): written to a temporary folder, read back through a
// fetch function that counts what it is asked for, and compared query by query with the
// in-memory Searcher over the same index: same passages, scores, totals, facets and matched
// terms. Also: a one-word query fetches a small fraction of the chunks, fragments give back
// each document's text and maps, and corrupt or missing files are clear errors.
#include "site/site_reader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "analysis/text_analyzer.h"
#include "query/query_parser.h"
#include "query/searcher.h"
#include "search/query_readings.h"
#include "search/search_corpus.h"
#include "site/site_writer.h"
#include "support/site_compare.h"

namespace fs = std::filesystem;
using namespace loupe;

namespace {

// Our own texts, in the five languages, Korean with particles and compounds.
const std::vector<std::pair<std::string, std::string>> kDocs = {
    {"en/harbor.md",
     "# The harbor report\n\nThe harbor authority published its annual report on shipping. "
     "Container traffic grew while the old fishing fleet kept shrinking.\n\n"
     "Negotiations with the dock workers' union stalled in March; the minister promised a "
     "new agreement before the summer."},
    {"en/library.txt",
     "The city library reopened after the renovation. Readers found new reading rooms, a "
     "children's corner and a digital archive of local newspapers.\n\nThe archive holds "
     "scanned pages from 1890 onwards, searchable by date and by name."},
    {"es/puerto.txt",
     "La autoridad del puerto publicó su informe anual sobre el transporte marítimo. El "
     "tráfico de contenedores creció mientras la flota pesquera seguía disminuyendo.\n\n"
     "Las negociaciones con el sindicato de estibadores se estancaron en marzo."},
    {"ru/lavrov.txt",
     "Министр иностранных дел Сергей Лавров провёл переговоры с делегацией в Москве. "
     "Лаврова спросили о сроках нового соглашения.\n\nПереговоры продолжатся в апреле, "
     "сообщили в министерстве."},
    {"uk/kyiv.txt",
     "Міністр закордонних справ провів переговори з делегацією у Києві. Сторони обговорили "
     "нову угоду про торгівлю.\n\nНаступний раунд переговорів запланований на квітень."},
    {"ko/negotiation.txt",
     "외교부 장관은 라브로프와 비밀 협상을 진행했다. 협상팀은 새로운 무역 협정을 준비했다.\n\n"
     "외교관계위원회는 다음 달에 회의를 열 예정이다. 위원회의 보고서는 공개되지 않았다."},
    {"ko/library.txt",
     "시립 도서관이 새로 문을 열었다. 독자들은 디지털 기록 보관소에서 지역 신문을 찾을 수 "
     "있다.\n\n보관소의 자료는 날짜와 이름으로 검색된다."},
    // Korean spacing: the negotiation above written together, a minister's title both ways.
    {"ko/report.txt",
     "정부는 비밀협상 결과를 발표하지 않았다. 외교부장관은 국회에서 답변을 피했다.\n\n"
     "국가비밀협상 기록은 아직 공개되지 않았다."},
    {"mixed/notes.txt",
     "Meeting notes: the harbor agreement, the 협상 schedule and Лавров's visit.\n\n"
     "Action items: archive the reports, update the library catalogue, call the union."},
};

analysis::TextAnalyzer& analyzer() {
  static auto a = analysis::TextAnalyzer::create();
  REQUIRE(a.ok());
  return *a.value();
}

struct Fixture {
  search::SearchCorpus corpus{&analyzer(), [] { return nullptr; }};
  search::QueryReadings readings{&analyzer()};
  fs::path dir;
  site::SiteSummary summary;
  std::map<std::string, int> fetched;  // file name -> times asked

  explicit Fixture(std::size_t chunk_bytes = 128) {
    for (const auto& [id, text] : kDocs)
      REQUIRE(corpus.add_document(id, fs::path(id).filename().string(), text).ok());
    dir = fs::temp_directory_path() / ("loupe-site-test-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    // Pages of 4 chunks: prefixes run on across pages of the chunk list.
    auto written = site::write_site(corpus.index(), {chunk_bytes, 4},
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

  std::vector<std::string> files(const char* prefix) const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().filename().string().rfind(prefix, 0) == 0) out.push_back(e.path().filename());
    return out;
  }

  site::Fetch fetch() {
    return [this](const std::string& name) -> core::Result<std::string> {
      ++fetched[name];
      std::ifstream in(dir / name, std::ios::binary);
      if (!in) return core::Status(core::StatusCode::kInvalidArgument, "no such file");
      return std::string(std::istreambuf_iterator<char>(in), {});
    };
  }
  query::QueryAnalyzer analyze() {
    return [this](std::string_view w, core::Language l) { return readings.terms(w, l); };
  }
};

// Flips the bits of one byte of a file.
void flip_byte(const fs::path& file, std::size_t at) {
  std::fstream io(file, std::ios::in | std::ios::out | std::ios::binary);
  io.seekg(static_cast<std::streamoff>(at));
  char c = 0;
  io.get(c);
  io.seekp(static_cast<std::streamoff>(at));
  io.put(static_cast<char>(c ^ 0x5A));
}

std::vector<std::string> term_strings(const index::SearchIndex& idx,
                                      const std::vector<index::TermId>& ids) {
  std::vector<std::string> out;
  for (index::TermId t : ids) out.emplace_back(idx.terms().term(t));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("the chunked index answers every query as the in-memory index does", "[site]") {
  Fixture f;
  REQUIRE(f.summary.chunks >= 20);     // small chunks: the queries below cross chunk borders
  REQUIRE(f.files("p-").size() >= 5);  // and page borders
  const std::vector<std::string> queries = {
      "harbor", "report", "archive", "puerto", "contenedores", "Лавров", "переговоры",
      "переговорів", "협상", "위원회", "라브로프가", "도서관", "harb*", "arch*", "перег*", "협*",
      "harbr~", "archiv~1", "Лавроф~", "xarbor~", "ibrary~", "저서관~", "\"annual report\"",
      "\"비밀 협상\"", "비밀협상", "\"비밀협상\"", "\"외교부 장관\"", "외교부장관",
      "\"국가 비밀 협상\"", "\"비밀협상 결과\"", "\"нову угоду\"", "harbor OR library",
      "harbor AND union", "harbor -fishing", "(archive OR 보관소) -library", "lang:ko 협상",
      "doc:notes.txt harbor", "nothingmatchesthis", "report*",
      // Filters standing alone: every passage of a
      // language or a document (the table).
      "lang:ko", "doc:notes.txt", "lang:uk OR harbor", "lang:ru -переговоры", "!!! lang:ko"};
  for (const std::string& q : queries) {
    INFO("query: " << q);
    const auto want = test::in_memory_answer(f.corpus.index(), f.analyze(), q);
    auto reader = site::SiteReader::open(f.fetch());
    REQUIRE(reader.ok());
    auto got = reader.value()->search(want.parsed.root, want.options, f.analyze());
    REQUIRE(got.ok());
    test::check_same_hits(got.value(), want.result);
    CHECK(got.value().total_docs == want.result.total_docs);
    CHECK(got.value().lang_facet == want.result.lang_facet);
    CHECK(got.value().doc_facet == want.result.doc_facet);
    CHECK(term_strings(reader.value()->partial_index(), got.value().matched_terms) ==
          term_strings(f.corpus.index(), want.result.matched_terms));
  }
}

// One reader for a run of queries: each query's chunks join the partial index loaded so far,
// in whatever order the queries reach them; its terms stay in the whole index's id order (the
// searcher breaks ties by term id) and every answer is still the in-memory one.
TEST_CASE("one reader grows its partial index across queries, terms in whole-index order",
          "[site]") {
  Fixture f;
  auto reader = site::SiteReader::open(f.fetch());
  REQUIRE(reader.ok());
  const index::SearchIndex& whole = f.corpus.index();
  for (const char* q :
       {"협상", "harbor", "переговоры", "archive", "harbr~", "Лавроф~", "puerto", "arch*",
        "\"annual report\"", "저서관~", "report*", "doc:notes.txt harbor", "lang:en", "협*"}) {
    INFO("query: " << q);
    const auto want = test::in_memory_answer(whole, f.analyze(), q);
    auto got = reader.value()->search(want.parsed.root, want.options, f.analyze());
    REQUIRE(got.ok());
    test::check_same_hits(got.value(), want.result);
    const index::TermDict& partial = reader.value()->partial_index().terms();
    for (index::TermId t = 1; t < partial.size(); ++t)
      REQUIRE(whole.terms().find(partial.term(t - 1)) < whole.terms().find(partial.term(t)));
  }
  CHECK(reader.value()->loaded_chunks() > 5);
}

TEST_CASE("the test queries find something, so the comparison above is not vacuous", "[site]") {
  Fixture f;
  for (const char* q : {"harbor", "Лавров", "협상", "위원회", "arch*", "harbr~", "xarbor~",
                        "ibrary~", "\"비밀 협상\""}) {
    INFO("query: " << q);
    const auto r = query::Searcher(f.corpus.index(), f.analyze())
                       .search(query::parse_query(q).root, query::SearchOptions{});
    CHECK(!r.hits.empty());
  }
  // The Korean spacing queries find both spellings: each document writes it one way only.
  const index::SearchIndex& idx = f.corpus.index();
  for (const char* q : {"\"비밀 협상\"", "비밀협상", "\"외교부 장관\"", "외교부장관"}) {
    INFO("query: " << q);
    std::set<std::string> docs;
    for (const query::Hit& h : query::Searcher(idx, f.analyze())
                                   .search(query::parse_query(q).root, query::SearchOptions{})
                                   .hits)
      docs.insert(idx.docs()[idx.passages()[h.passage].doc].id);
    CHECK(docs == std::set<std::string>{"ko/negotiation.txt", "ko/report.txt"});
  }
}

TEST_CASE("a one-word query fetches a small fraction of the chunks", "[site]") {
  Fixture f;
  auto reader = site::SiteReader::open(f.fetch());
  REQUIRE(reader.ok());
  const std::size_t after_open = reader.value()->counts().requests;
  CHECK(after_open == 1);  // the manifest alone
  auto got = reader.value()->search(query::parse_query("harbor").root, {}, f.analyze());
  REQUIRE(got.ok());
  CHECK(!got.value().hits.empty());
  const std::size_t chunks = reader.value()->counts().chunks;
  INFO("chunks fetched " << chunks << " of " << f.summary.chunks);
  CHECK(chunks >= 1);
  CHECK(chunks * 5 <= f.summary.chunks);
  CHECK(reader.value()->loaded_chunks() == chunks);
  for (const auto& [name, times] : f.fetched) CHECK(times == 1);  // nothing fetched twice
  // Ids and names are fetched for doc: filters only.
  const std::string documents = reader.value()->manifest().documents_file;
  CHECK(f.fetched.count(documents) == 0);
  CHECK(reader.value()->table().docs.empty());
  // Nor the table: the chunks give each passage's document, language and field.
  CHECK(f.fetched.count(reader.value()->manifest().table_file) == 0);
  // One page of the chunk list, one hashes file at most (none: no fragment asked).
  CHECK(f.fetched.size() <= 1 + 2 + chunks);
  auto by_doc =
      reader.value()->search(query::parse_query("doc:harbor.md report").root, {}, f.analyze());
  REQUIRE(by_doc.ok());
  CHECK(!by_doc.value().hits.empty());
  CHECK(f.fetched[documents] == 1);
  CHECK(reader.value()->table().docs[0].id == f.corpus.index().docs()[0].id);
  // A fuzzy word reads the dictionary (once) and the chunks of its near spellings only.
  const std::string dictionary = reader.value()->manifest().dictionary_file;
  CHECK(f.fetched.count(dictionary) == 0);
  auto fresh = site::SiteReader::open(f.fetch());
  REQUIRE(fresh.ok());
  auto fuzzy = fresh.value()->search(query::parse_query("harbr~").root, {}, f.analyze());
  REQUIRE(fuzzy.ok());
  CHECK(!fuzzy.value().hits.empty());
  CHECK(f.fetched[dictionary] == 1);
  INFO("chunks for the fuzzy word " << fresh.value()->loaded_chunks());
  CHECK(fresh.value()->loaded_chunks() >= 1);
  CHECK(fresh.value()->loaded_chunks() * 4 <= f.summary.chunks);
}

TEST_CASE("fragments give back each hit's document text and offset maps", "[site]") {
  Fixture f;
  auto reader = site::SiteReader::open(f.fetch());
  REQUIRE(reader.ok());
  auto got = reader.value()->search(query::parse_query("협상 OR harbor").root, {}, f.analyze());
  REQUIRE(got.ok());
  REQUIRE(!got.value().hits.empty());
  for (const query::Hit& h : got.value().hits) {
    const index::PassageInfo& p = f.corpus.index().passages()[h.passage];
    const index::DocInfo& want = f.corpus.index().docs()[p.doc];
    // What the chunks said of the hit's passage is the whole index's.
    const auto entry = reader.value()->passage(h.passage);
    REQUIRE(entry);
    CHECK(entry->doc == p.doc);
    CHECK(entry->lang == p.lang);
    CHECK(entry->field == p.field);
    CHECK(entry->norm == p.length);
    auto frag = reader.value()->fragment(p.doc);
    REQUIRE(frag.ok());
    CHECK(frag.value().text == want.text);
    CHECK(frag.value().to_input.edits() == want.to_input.edits());
    CHECK(frag.value().u16_to_source.edits() == want.u16_to_source.edits());
    // Every passage's range and paragraph, the hit's among them.
    const auto& all = f.corpus.index().passages();
    REQUIRE(frag.value().passages.size() == want.passage_count);
    CHECK(frag.value().first_passage == want.first_passage);
    for (std::uint32_t i = 0; i < want.passage_count; ++i) {
      const index::PassageInfo& wp = all[want.first_passage + i];
      CHECK(frag.value().passages[i].begin_byte == wp.begin_byte);
      CHECK(frag.value().passages[i].end_byte == wp.end_byte);
      CHECK(frag.value().passages[i].paragraph == wp.paragraph);
      CHECK(frag.value().passages[i].title == (wp.field == index::Field::kTitle));
    }
    CHECK(frag.value().id == want.id);
    CHECK(frag.value().name == want.name);
    CHECK(frag.value().title == want.title);
  }
  CHECK(!reader.value()->fragment(999).ok());
}

TEST_CASE("corrupt, missing or foreign files are clear errors", "[site]") {
  Fixture f;
  auto reader = site::SiteReader::open(f.fetch());
  REQUIRE(reader.ok());
  const auto flip = [&](const std::string& name, std::size_t at) { flip_byte(f.dir / name, at); };
  SECTION("a corrupt chunk") {
    for (const std::string& c : f.files("c-")) flip(c, 30);
    auto got = reader.value()->search(query::parse_query("harbor").root, {}, f.analyze());
    REQUIRE(!got.ok());
    CHECK(got.status().code() == core::StatusCode::kInvalidData);
    CHECK(got.status().message().find("CRC") != std::string::npos);
  }
  SECTION("a missing chunk") {
    for (const std::string& c : f.files("c-")) fs::remove(f.dir / c);
    auto got = reader.value()->search(query::parse_query("harbor").root, {}, f.analyze());
    REQUIRE(!got.ok());
    CHECK(got.status().message().find("cannot fetch c-") != std::string::npos);
  }
  SECTION("a corrupt page of the chunk list, a corrupt hashes file") {
    for (const std::string& p : f.files("p-")) flip(p, 30);
    auto got = reader.value()->search(query::parse_query("harbor").root, {}, f.analyze());
    REQUIRE(!got.ok());
    CHECK(got.status().message().find("p-") == 0);
    for (const std::string& h : f.files("h-")) flip(h, 29);
    auto frag = reader.value()->fragment(0);
    REQUIRE(!frag.ok());
    CHECK(frag.status().message().find("h-") == 0);
  }
  SECTION("a corrupt table, read by a filter standing alone") {
    for (const std::string& t : f.files("t-")) flip(t, 29);
    auto got = reader.value()->search(query::parse_query("lang:ko").root, {}, f.analyze());
    REQUIRE(!got.ok());
    CHECK(got.status().message().find("t-") == 0);
  }
  SECTION("a corrupt documents file, read by a doc: filter") {
    flip(reader.value()->manifest().documents_file, 29);
    CHECK(reader.value()->search(query::parse_query("report").root, {}, f.analyze()).ok());
    auto got = reader.value()->search(query::parse_query("doc:a.txt report").root, {}, f.analyze());
    REQUIRE(!got.ok());
    CHECK(got.status().message().find(reader.value()->manifest().documents_file) !=
          std::string::npos);
  }
}

TEST_CASE("damaged, foreign or misleading manifests and random damage never crash", "[site]") {
  Fixture f;
  auto reader = site::SiteReader::open(f.fetch());
  REQUIRE(reader.ok());
  const std::string chunk = f.files("c-").at(0);
  const auto flip = [&](const std::string& name, std::size_t at) { flip_byte(f.dir / name, at); };
  SECTION("a corrupt or truncated manifest, a foreign table") {
    flip(site::kManifestName, 40);
    CHECK(site::SiteReader::open(f.fetch()).status().code() == core::StatusCode::kInvalidData);
    fs::resize_file(f.dir / site::kManifestName, 20);
    CHECK(!site::SiteReader::open(f.fetch()).ok());
    fs::remove(f.dir / site::kManifestName);
    fs::copy_file(f.dir / chunk, f.dir / site::kManifestName);
    CHECK(site::SiteReader::open(f.fetch()).status().message().find("not a Loupe site file") !=
          std::string::npos);
  }
  SECTION("an index of an older format version is refused, naming both versions") {
    // Byte 8 of the header is the format version (u32 LE): a site of the format before (4: no
    // records in the annotation pages) read by this build.
    std::fstream io(f.dir / site::kManifestName, std::ios::in | std::ios::out | std::ios::binary);
    io.seekp(8);
    io.put(static_cast<char>(site::kSiteFormatVersion - 1));
    io.close();
    auto old = site::SiteReader::open(f.fetch());
    REQUIRE(!old.ok());
    CHECK(old.status().code() == core::StatusCode::kInvalidData);
    CHECK(old.status().message() == "manifest.bin: site format version " +
                                        std::to_string(site::kSiteFormatVersion - 1) +
                                        " is not supported (this build reads " +
                                        std::to_string(site::kSiteFormatVersion) + ")");
  }
  SECTION("a manifest naming a path instead of a hashed file is refused") {
    site::Manifest m = reader.value()->manifest();
    m.pages[0].file = "../../etc/passwd";
    const site::Bytes bytes = site::wrap_file(site::kManifestMagic, site::encode_manifest(m));
    std::ofstream(f.dir / site::kManifestName, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(bytes.data()),
               static_cast<std::streamsize>(bytes.size()));
    auto bad = site::SiteReader::open(f.fetch());
    REQUIRE(!bad.ok());
    CHECK(bad.status().message().find("file name") != std::string::npos);
    CHECK(f.fetched.count("../../etc/passwd") == 0);
  }
  SECTION("random damage anywhere in any file never crashes the reader") {
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(f.dir)) files.push_back(e.path().filename());
    for (const std::string& name : files) {
      const auto size = fs::file_size(f.dir / name);
      for (std::size_t at = 0; at < size; at += 1 + size / 7) flip(name, at);
    }
    auto r = site::SiteReader::open(f.fetch());
    if (r.ok()) (void)r.value()->search(query::parse_query("harbor*").root, {}, f.analyze());
    SUCCEED("no crash");
  }
}
