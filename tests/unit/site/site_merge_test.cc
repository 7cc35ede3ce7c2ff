// merge_sites (engine/site/site_merge.h): sites written from parts of a corpus, merged, are
// the site written from the whole corpus in one index: the same files, byte for byte (so the
// same statistics, term ids, chunks and fragments), and the reader gives the same hits and
// scores as the in-memory Searcher over the whole corpus. Also: a part missing a file, a
// document in two parts. Our own sentences.
#include "site/site_merge.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "analysis/text_analyzer.h"
#include "query/query_parser.h"
#include "search/query_readings.h"
#include "search/search_corpus.h"
#include "site/site_format.h"
#include "site/site_writer.h"
#include "storage/index_serializer.h"
#include "support/site_compare.h"

using namespace loupe;

namespace {

const std::vector<std::pair<std::string, std::string>> kDocs = {
    {"a/port.md", "# Port news\n\nThe port opened a new container terminal this spring."},
    {"a/rail.txt", "Freight trains now reach the port twice a day.\n\nThe rail union agreed."},
    {"b/puerto.txt", "El puerto abrió una nueva terminal de contenedores esta primavera."},
    {"b/trade.txt", "Переговоры о торговле продолжились в порту. Министр обещал новое соглашение."},
    {"c/ko.txt",
     "항구에 새 컨테이너 터미널이 열렸다. 비밀협상 끝에 노조가 합의했다.\n\n"
     "철도 노조는 비밀 협상을 부인했다."},
    {"c/uk.txt", "Порт відкрив новий термінал. Переговори про торгівлю тривають."},
    {"d/notes.txt", "Notes: the terminal, the union, the 협상 and the trains.\n\nport port port"},
};

analysis::TextAnalyzer& analyzer() {
  static auto a = analysis::TextAnalyzer::create();
  REQUIRE(a.ok());
  return *a.value();
}

using Files = std::map<std::string, site::Bytes>;

// The documents [begin, end) indexed in one SearchCorpus and written as a site; `saved`: the
// index saved and loaded first, as `loupe site` does (its term ids then in byte order).
using Docs = std::vector<std::pair<std::string, std::string>>;
Files write_part(std::size_t begin, std::size_t end, std::size_t chunk_bytes, bool saved = false,
                 const Docs& docs = kDocs) {
  search::SearchCorpus corpus{&analyzer(), [] { return nullptr; }};
  for (std::size_t i = begin; i < end; ++i) {
    const auto& [id, text] = docs[i];
    REQUIRE(corpus.add_document(id, id.substr(id.find('/') + 1), text).ok());
  }
  const std::vector<std::uint8_t> bytes = storage::save_index(corpus.index());
  auto loaded = storage::load_index(
      std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
  REQUIRE(loaded.ok());
  Files files;
  auto written = site::write_site(saved ? loaded.value() : corpus.index(), {chunk_bytes},
                                  [&](const std::string& name, const site::Bytes& b) {
                                    files[name] = b;
                                    return core::Status();
                                  });
  REQUIRE(written.ok());
  return files;
}

site::Fetch fetch_of(const Files& files) {
  return [&files](const std::string& name) -> core::Result<std::string> {
    const auto it = files.find(name);
    if (it == files.end()) return core::Status(core::StatusCode::kInvalidArgument, "no such file");
    return std::string(it->second.begin(), it->second.end());
  };
}

core::Result<site::SiteSummary> merge(const std::vector<const Files*>& parts, Files& out,
                                      std::size_t chunk_bytes) {
  std::vector<site::Fetch> fetches;
  for (const Files* p : parts) fetches.push_back(fetch_of(*p));
  return site::merge_sites(fetches, {chunk_bytes},
                           [&](const std::string& name, const site::Bytes& b) {
                             out[name] = b;
                             return core::Status();
                           });
}

}  // namespace

// Both ways an index numbers its terms: by first occurrence (built in memory) and in byte
// order (saved and loaded, as `loupe site` writes its parts).
TEST_CASE("sites of parts merge into the site of the whole, byte for byte", "[site]") {
  for (const bool saved : {false, true}) {
    for (const std::size_t chunk_bytes : {std::size_t{96}, std::size_t{32} * 1024}) {
      INFO("chunk bytes " << chunk_bytes << (saved ? ", saved" : ", in memory"));
      const Files whole = write_part(0, kDocs.size(), chunk_bytes, saved);
      const Files p0 = write_part(0, 2, 64, saved), p1 = write_part(2, 5, 200, saved),
                  p2 = write_part(5, 7, 96, saved);
      Files merged;
      auto summary = merge({&p0, &p1, &p2}, merged, chunk_bytes);
      REQUIRE(summary.ok());
      CHECK(summary.value().documents == kDocs.size());
      CHECK(summary.value().total_bytes() > 0);
      REQUIRE(merged.size() == whole.size());
      for (const auto& [name, bytes] : whole) {
        INFO("file " << name);
        REQUIRE(merged.count(name) == 1);
        CHECK(merged.at(name) == bytes);
      }
      // One part alone merges into itself.
      Files alone;
      REQUIRE(merge({&whole}, alone, chunk_bytes).ok());
      CHECK(alone == whole);
    }
  }
}

// 150 documents: three groups of fragments (64, 64, 22), parts that cut across the groups.
TEST_CASE("fragments are named by group, and merged parts name them as the whole", "[site]") {
  Docs docs;
  for (int i = 0; i < 150; ++i) {
    docs.push_back({"gen/" + std::to_string(i) + ".txt", "Harbour note " + std::to_string(i) +
                                                             ": the ferry left late and word" +
                                                             std::to_string(i % 7) + " came."});
  }
  const auto fragments = [](const Files& files) {
    std::map<std::uint32_t, std::string> names;  // document number -> its fragment's name
    for (const auto& [name, bytes] : files)
      if (name.rfind("f-", 0) == 0) names[std::stoul(name.substr(2))] = name;
    return names;
  };
  const auto group_hex = [](const std::string& name) { return name.substr(name.rfind('-')); };
  const Files whole = write_part(0, docs.size(), 1024, true, docs);
  const auto names = fragments(whole);
  REQUIRE(names.size() == docs.size());
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    INFO("document " << d);
    CHECK(group_hex(names.at(d)) == group_hex(names.at(d / 64 * 64)));
  }
  CHECK(group_hex(names.at(0)) != group_hex(names.at(64)));
  CHECK(group_hex(names.at(64)) != group_hex(names.at(128)));
  const Files p0 = write_part(0, 50, 1024, true, docs), p1 = write_part(50, 100, 512, true, docs),
              p2 = write_part(100, 150, 1024, true, docs);
  Files merged;
  REQUIRE(merge({&p0, &p1, &p2}, merged, 1024).ok());
  CHECK(merged == whole);
  // A document's new text renames its group's fragments only.
  docs[70].second += " Updated.";
  const auto renamed = fragments(write_part(0, docs.size(), 1024, true, docs));
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    INFO("document " << d);
    CHECK((renamed.at(d) != names.at(d)) == (d / 64 == 1));
  }
}

TEST_CASE("a merged site answers as the in-memory index of the whole corpus", "[site]") {
  search::SearchCorpus corpus{&analyzer(), [] { return nullptr; }};
  for (const auto& [id, text] : kDocs)
    REQUIRE(corpus.add_document(id, id.substr(id.find('/') + 1), text).ok());
  search::QueryReadings readings{&analyzer()};
  const query::QueryAnalyzer analyze = [&](std::string_view w, core::Language l) {
    return readings.terms(w, l);
  };
  const Files p0 = write_part(0, 3, 128), p1 = write_part(3, 7, 128);
  Files merged;
  REQUIRE(merge({&p0, &p1}, merged, 128).ok());
  for (const char* q :
       {"port", "terminal", "переговоры", "협상", "\"비밀 협상\"", "비밀협상", "trains OR union",
        "port -rail", "termin*", "pourt~", "lang:ko 노조", "lang:ko", "doc:b/puerto.txt"}) {
    INFO("query: " << q);
    const auto want = test::in_memory_answer(corpus.index(), analyze, q);
    CHECK(!want.result.hits.empty());
    auto reader = site::SiteReader::open(fetch_of(merged));
    REQUIRE(reader.ok());
    auto got = reader.value()->search(want.parsed.root, want.options, analyze);
    REQUIRE(got.ok());
    test::check_same_hits(got.value(), want.result);
  }
}

TEST_CASE("merging fails clearly on a missing file or a document in two parts", "[site]") {
  const Files p0 = write_part(0, 3, 128), p1 = write_part(2, 5, 128);
  Files out;
  auto twice = merge({&p0, &p1}, out, 128);
  REQUIRE(!twice.ok());
  CHECK(twice.status().message().find("b/puerto.txt") != std::string::npos);
  for (const char* prefix : {"c-", "t-", "f-", "p-", "h-", "manifest"}) {
    INFO("without " << prefix);
    Files broken = write_part(3, 5, 128);
    for (auto it = broken.begin(); it != broken.end(); ++it) {
      if (it->first.rfind(prefix, 0) == 0) {
        broken.erase(it);
        break;
      }
    }
    auto got = merge({&p0, &broken}, out, 128);
    REQUIRE(!got.ok());
    CHECK(got.status().message().find("part 1") != std::string::npos);
  }
}

// A part whose manifest states passage counts its table does not hold is refused, as the reader
// refuses it (check_statistics): the merged site would not open. fuzz_site_merge found it; its
// regression input is of an older format, which the merge now refuses at the version check.
TEST_CASE("merging refuses a part whose manifest disagrees with its table", "[site]") {
  const Files p0 = write_part(0, 3, 128);
  Files p1 = write_part(3, 5, 128);
  const site::Bytes& file = p1.at(site::kManifestName);
  auto payload =
      site::unwrap_file(site::kManifestMagic,
                        std::string_view(reinterpret_cast<const char*>(file.data()), file.size()),
                        site::kManifestName);
  REQUIRE(payload.ok());
  auto manifest = site::decode_manifest(payload.value());
  REQUIRE(manifest.ok());
  Files out;
  REQUIRE(merge({&p0, &p1}, out, 128).ok());  // as written, the parts merge
  ++manifest.value().live_passages[1];
  p1[site::kManifestName] =
      site::wrap_file(site::kManifestMagic, site::encode_manifest(manifest.value()));
  auto got = merge({&p0, &p1}, out, 128);
  REQUIRE(!got.ok());
  CHECK(got.status().message().find("statistics differ") != std::string::npos);
  CHECK(got.status().message().find("part 1") != std::string::npos);
}
