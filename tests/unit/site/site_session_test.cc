// SiteSession (engine/site/site_session.h): the chunked index read by a caller that fetches
// asynchronously. The test plays the browser: it answers every "need" with the files from disk
// and calls again, counting the rounds. Hits, scores, snippets and highlights must be the
// in-memory engine's (SearchCorpus::search over the same documents); each round asks for all
// its files at once; damaged files, bad queries and calls out of order are error envelopes.
#include "site/site_session.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "search/search_corpus.h"
#include "site/site_writer.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace loupe;

namespace {

// Our own sentences: English, Spanish, Russian, Korean (particles), an emoji and a title.
const std::vector<std::pair<std::string, std::string>> kDocs = {
    {"news/ferry.md",
     "# 🚢 Ferry strike\n\nThe ferry crews walked out on Monday. Harbour traffic stopped and "
     "the port office promised talks.\n\nBy Friday the ferry company offered a new contract."},
    {"news/bridge.txt",
     "The bridge over the river closed for repairs. Ferry operators added evening crossings "
     "while the bridge stayed shut."},
    {"es/ferri.txt",
     "Los tripulantes del ferri hicieron huelga el lunes. El tráfico del puerto se detuvo."},
    {"ru/parom.txt",
     "Экипажи парома объявили забастовку. Движение в порту остановилось до пятницы."},
    {"ko/ferry.txt",
     "여객선 선원들이 월요일에 파업했다. 항구의 교통이 멈췄고 항만청은 협상을 약속했다."},
    {"notes.txt", "Notes: call the ferry company, the bridge office and the 항만청 again."},
};

analysis::TextAnalyzer& analyzer() {
  static auto a = analysis::TextAnalyzer::create();
  REQUIRE(a.ok());
  return *a.value();
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

struct SessionFixture {
  search::SearchCorpus corpus{&analyzer(), [] { return nullptr; }};
  fs::path dir;
  std::unique_ptr<site::SiteSession> session;

  SessionFixture() {
    for (const auto& [id, text] : kDocs)
      REQUIRE(corpus.add_document(id, fs::path(id).filename().string(), text).ok());
    dir = fs::temp_directory_path() / ("loupe-session-test-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto written = site::write_site(corpus.index(), {96},
                                    [this](const std::string& name, const site::Bytes& b) {
                                      std::ofstream out(dir / name, std::ios::binary);
                                      out.write(reinterpret_cast<const char*>(b.data()),
                                                static_cast<std::streamsize>(b.size()));
                                      return core::Status();
                                    });
    REQUIRE(written.ok());
    auto s = site::SiteSession::create();
    REQUIRE(s.ok());
    session = std::move(s.value());
  }
  ~SessionFixture() { fs::remove_all(dir); }

  // Calls `call` until it stops asking for files, providing each from disk; `needs` gets each
  // round's list.
  template <class Call>
  json drive(Call call, std::vector<std::vector<std::string>>* needs = nullptr) {
    for (int round = 0; round < 50; ++round) {
      json r = json::parse(call());
      if (!r.contains("need")) return r;
      std::vector<std::string> names = r["need"].get<std::vector<std::string>>();
      REQUIRE(!names.empty());
      if (needs) needs->push_back(names);
      for (const std::string& n : names) session->provide(n, read_file(dir / n));
    }
    FAIL("a call kept asking for files");
    return {};
  }
  json open() {
    return drive([this] { return session->open_json(); });
  }
  json search(const std::string& q, std::vector<std::vector<std::string>>* needs = nullptr) {
    return drive([&] { return session->search_json(q, 10); }, needs);
  }
  // Provides what a search asks for until it asks for a chunk: that chunk's name.
  std::string first_chunk(const std::string& q) {
    for (int round = 0; round < 10; ++round) {
      json r = json::parse(session->search_json(q, 10));
      REQUIRE(r.contains("need"));
      for (const std::string& n : r["need"].get<std::vector<std::string>>())
        if (n.rfind("c-", 0) == 0) return n;
      for (const std::string& n : r["need"].get<std::vector<std::string>>())
        session->provide(n, read_file(dir / n));
    }
    FAIL("no chunk asked for");
    return {};
  }
};

}  // namespace

TEST_CASE("session opens by asking for the manifest alone", "[site]") {
  SessionFixture f;
  json first = json::parse(f.session->open_json());
  REQUIRE(first["need"] == json::array({"manifest.bin"}));
  f.session->provide("manifest.bin", read_file(f.dir / "manifest.bin"));
  json opened = json::parse(f.session->open_json());
  CHECK(opened["ok"] == true);
  CHECK(opened["documents"] == kDocs.size());
  CHECK(opened["chunks"].get<int>() >= 10);
}

TEST_CASE("session hits, snippets and highlights are the in-memory engine's", "[site]") {
  SessionFixture f;
  REQUIRE(f.open()["ok"] == true);
  for (const char* q : {"ferry", "bridge ferry", "\"ferry company\"", "ferr*", "fery~", "huelga",
                        "парома", "паром", "파업", "항만청", "협상", "ferry -bridge", "🚢",
                        "lang:ko 항구", "doc:news/bridge.txt ferry", "strike"}) {
    INFO(q);
    json site = f.search(q);
    json mem = json::parse(f.corpus.search(q, R"({"limit":10})").json);
    REQUIRE(site["ok"] == true);
    CHECK(site["total"] == mem["total"]);
    REQUIRE(site["hits"].size() == mem["hits"].size());
    for (std::size_t i = 0; i < mem["hits"].size(); ++i) {
      const json& a = site["hits"][i];
      const json& b = mem["hits"][i];
      CHECK(a["doc"] == b["doc"]);
      CHECK(a["score"] == b["score"]);
      CHECK(a["field"] == b["field"]);
      CHECK(a["passage"] == b["passage"]);
      CHECK(a["snippet"] == b["snippet"]);
      REQUIRE(a["highlights"].size() == b["highlights"].size());
      for (std::size_t k = 0; k < b["highlights"].size(); ++k) {
        CHECK(a["highlights"][k]["begin_u16"] == b["highlights"][k]["in_snippet_begin_u16"]);
        CHECK(a["highlights"][k]["end_u16"] == b["highlights"][k]["in_snippet_end_u16"]);
      }
    }
  }
}

TEST_CASE("session highlights count UTF-16 units after astral characters", "[site]") {
  SessionFixture f;
  REQUIRE(f.open()["ok"] == true);
  json r = f.search("strike");
  const json* title = nullptr;
  for (const json& h : r["hits"])
    if (h["field"] == "title") title = &h;
  REQUIRE(title);
  // "🚢 Ferry strike": strike is UTF-16 units 9..15 (the ship is a surrogate pair), bytes 11..17.
  CHECK((*title)["snippet"] == "🚢 Ferry strike");
  REQUIRE((*title)["highlights"].size() == 1);
  CHECK((*title)["highlights"][0]["begin_u16"] == 9);
  CHECK((*title)["highlights"][0]["end_u16"] == 15);
  json k = f.search("항만청");
  bool found = false;
  for (const json& hit : k["hits"]) {
    if (hit["doc"] != "notes.txt") continue;
    found = true;
    // "Notes: call the ferry company, the bridge office and the 항만청 again.": 항만청 is 3 units.
    REQUIRE(hit["highlights"].size() == 1);
    CHECK(hit["highlights"][0]["end_u16"].get<int>() -
              hit["highlights"][0]["begin_u16"].get<int>() ==
          3);
  }
  CHECK(found);
}

TEST_CASE("session asks for all of a round's files at once", "[site]") {
  SessionFixture f;
  REQUIRE(f.open()["ok"] == true);
  std::vector<std::vector<std::string>> needs;
  json r = f.search("bridge OR парома OR 파업", &needs);
  REQUIRE(r["ok"] == true);
  REQUIRE(needs.size() >= 3);
  // First the page of the chunk list, then the three words' chunks (Latin, Cyrillic, Hangul):
  // one round names them all.
  CHECK(needs[0][0].rfind("p-", 0) == 0);
  std::size_t chunks = 0;
  for (const std::string& n : needs[1]) chunks += n.rfind("c-", 0) == 0;
  CHECK(chunks >= 3);
  // The last round is the hits' fragments, one per document shown, all at once.
  std::size_t fragments = 0;
  for (const std::string& n : needs.back()) fragments += n.rfind("f-", 0) == 0;
  std::set<std::string> docs;
  for (const json& h : r["hits"]) docs.insert(h["doc"].get<std::string>());
  CHECK(fragments == docs.size());
  // The same query again fetches nothing: chunks and fragments are kept.
  std::vector<std::vector<std::string>> again;
  f.search("bridge OR парома OR 파업", &again);
  CHECK(again.empty());
  CHECK(r["fetched"]["chunks"].get<int>() < r["chunks_total"].get<int>());
}

TEST_CASE("session errors are envelopes", "[site]") {
  SessionFixture f;
  json early = json::parse(f.session->search_json("ferry", 10));
  CHECK(early["ok"] == false);
  REQUIRE(f.open()["ok"] == true);
  CHECK(json::parse(f.session->search_json("ferry", 0))["ok"] == false);
  json bad = json::parse(f.session->search_json("\"ferry", 10));
  CHECK(bad["ok"] == false);
  CHECK(bad["error"].contains("begin_u16"));
  // A damaged chunk: named in the error, not a crash, not a "need".
  const std::string chunk = f.first_chunk("bridge");
  std::string bytes = read_file(f.dir / chunk);
  bytes[bytes.size() - 2] ^= 0x5A;
  f.session->provide(chunk, bytes);
  json broken = json::parse(f.session->search_json("bridge", 10));
  CHECK(broken["ok"] == false);
  CHECK(broken["error"]["message"].get<std::string>().find(chunk) != std::string::npos);
}

TEST_CASE("session refuses a damaged manifest", "[site]") {
  SessionFixture f;
  f.session->provide("manifest.bin", "LOUPESMF not a manifest");
  json r = json::parse(f.session->open_json());
  CHECK(r["ok"] == false);
  CHECK(r["error"]["message"].get<std::string>().find("manifest") != std::string::npos);
}

TEST_CASE("session refuses a chunk that gives a passage two lengths", "[site]") {
  SessionFixture f;
  REQUIRE(f.open()["ok"] == true);
  const std::string chunk = f.first_chunk("bridge");
  // The chunk re-encoded (valid header and CRC) with its first norm made huge.
  const std::string bytes = read_file(f.dir / chunk);
  auto payload = site::unwrap_file(site::kChunkMagic, bytes, chunk);
  REQUIRE(payload.ok());
  auto terms = site::decode_chunk(payload.value());
  REQUIRE(terms.ok());
  REQUIRE(!terms.value()[0].entries.empty());
  terms.value()[0].entries[0].norm = 0x7FFFFFFF;
  const site::Bytes forged = site::wrap_file(site::kChunkMagic, site::encode_chunk(terms.value()));
  f.session->provide(chunk, std::string(forged.begin(), forged.end()));
  json r = json::parse(f.session->search_json("bridge", 10));
  CHECK(r["ok"] == false);
  CHECK(r["error"]["message"].get<std::string>().find(chunk + ": ") == 0);
}

TEST_CASE("session: the table holds no norms, the chunks do", "[site]") {
  SessionFixture f;
  std::string table;
  for (const auto& e : fs::directory_iterator(f.dir))
    if (e.path().filename().string().rfind("t-", 0) == 0) table = read_file(e.path());
  auto payload = site::unwrap_file(site::kTableMagic, table, "t");
  REQUIRE(payload.ok());
  auto manifest = site::decode_manifest(
      site::unwrap_file(site::kManifestMagic, read_file(f.dir / "manifest.bin"), "m").value());
  REQUIRE(manifest.ok());
  auto decoded = site::decode_table(payload.value(), manifest.value());
  REQUIRE(decoded.ok());
  // Exactly: per document a one-byte count, per run of passages of one language and field a
  // one-byte length and the kind (the documents' leading titles' runs, then the other passages');
  // nothing per passage.
  const auto& t = decoded.value();
  const auto& ps = t.passages;
  std::vector<int> titles, rest;
  for (const site::TableDoc& d : t.docs) {
    for (std::uint32_t i = d.first_passage; i < d.first_passage + d.passage_count; ++i) {
      const bool leads = i == d.first_passage && ps[i].field == index::Field::kTitle;
      (leads ? titles : rest)
          .push_back(static_cast<int>(ps[i].lang) | static_cast<int>(ps[i].field) << 4);
    }
  }
  std::size_t runs = 0;
  for (const auto* kinds : {&titles, &rest})
    for (std::size_t i = 0; i < kinds->size(); ++i)
      runs += i == 0 || (*kinds)[i] != (*kinds)[i - 1];
  CHECK(!titles.empty());
  CHECK(payload.value().size() == kDocs.size() + runs * 2);
  CHECK(runs < ps.size());
  for (const index::PassageInfo& p : decoded.value().passages) CHECK(p.length == 0);
}
