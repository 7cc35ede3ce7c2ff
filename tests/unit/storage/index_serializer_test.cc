#include "storage/index_serializer.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <string>

#include "index/search_index.h"
#include "storage/crc32.h"
#include "support/analyzed_text_builder.h"

using namespace loupe;

namespace {

index::SearchIndex small_index() {
  index::SearchIndex idx;
  REQUIRE(
      idx.add_document(
             {"ru", "ru.txt", test::build_text("Сергей Лавров встретился\nпереговоры о мире"), {}})
          .ok());
  REQUIRE(
      idx.add_document({"ko", "ko.txt", test::build_text("라브로프가 외교관계위원회를 방문했다"),
                        test::build_text("제목")})
          .ok());
  REQUIRE(idx.add_document({"en", "en.txt", test::build_text("brown fox, brown dog"), {}}).ok());
  return idx;
}

std::string as_string(const std::vector<std::uint8_t>& v) {
  return std::string(v.begin(), v.end());
}

void same(const index::SearchIndex& a, const index::SearchIndex& b) {
  REQUIRE(a.terms().size() == b.terms().size());
  for (index::TermId t = 0; t < a.terms().size(); ++t) {
    const index::TermId u = b.terms().find(a.terms().term(t));
    REQUIRE(u != index::kNoTerm);
    CHECK(a.postings(t) == b.postings(u));
    CHECK(a.df(t) == b.df(u));
  }
  REQUIRE(a.docs().size() == b.docs().size());
  for (std::size_t d = 0; d < a.docs().size(); ++d) {
    CHECK(a.docs()[d].id == b.docs()[d].id);
    CHECK(a.docs()[d].text == b.docs()[d].text);
    CHECK(a.docs()[d].title == b.docs()[d].title);
  }
  REQUIRE(a.passages().size() == b.passages().size());
  for (std::size_t p = 0; p < a.passages().size(); ++p) {
    CHECK(a.passages()[p].begin_byte == b.passages()[p].begin_byte);
    CHECK(a.passages()[p].length == b.passages()[p].length);
    CHECK(a.passages()[p].lang == b.passages()[p].lang);
    CHECK(a.passages()[p].field == b.passages()[p].field);
  }
  CHECK(a.average_length(index::Field::kBody) == b.average_length(index::Field::kBody));
}

}  // namespace

TEST_CASE("crc32 matches the standard check value") {
  const char* s = "123456789";
  CHECK(storage::crc32(reinterpret_cast<const std::uint8_t*>(s), 9) == 0xCBF43926u);
  // Every length and alignment, whole and in two chained parts, against the bit-by-bit definition.
  std::vector<std::uint8_t> data(600);
  std::uint32_t state = 3;
  for (std::uint8_t& b : data)
    b = static_cast<std::uint8_t>((state = state * 1664525u + 1013904223u) >> 24);
  for (std::size_t n = 0; n < 40; ++n) {
    for (std::size_t at : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{555}}) {
      std::uint32_t want = 0xFFFFFFFFu;
      for (std::size_t i = at; i < at + n; ++i) {
        want ^= data[i];
        for (int k = 0; k < 8; ++k) want = (want >> 1) ^ (0xEDB88320u & (0u - (want & 1)));
      }
      want ^= 0xFFFFFFFFu;
      CHECK(storage::crc32(data.data() + at, n) == want);
      CHECK(storage::crc32(data.data() + at + n / 3, n - n / 3,
                           storage::crc32(data.data() + at, n / 3)) == want);
    }
  }
}

TEST_CASE("save then load gives the same index, and saving again the same bytes") {
  const index::SearchIndex idx = small_index();
  const std::vector<std::uint8_t> bytes = storage::save_index(idx);
  CHECK(std::memcmp(bytes.data(), "LOUPEIDX", 8) == 0);
  auto back = storage::load_index(as_string(bytes));
  REQUIRE(back.ok());
  same(idx, back.value());
  CHECK(storage::save_index(back.value()) == bytes);
  // The loaded index keeps working: add, remove, save again.
  REQUIRE(back.value().add_document({"x", "x.txt", test::build_text("brown bread"), {}}).ok());
  REQUIRE(back.value().remove_document("ru"));
  back.value().compact();
  auto again = storage::load_index(as_string(storage::save_index(back.value())));
  REQUIRE(again.ok());
  CHECK(again.value().live_documents() == 3);
  CHECK(again.value().terms().find("Сергей") == index::kNoTerm);
}

TEST_CASE("an empty index round-trips") {
  auto back = storage::load_index(as_string(storage::save_index(index::SearchIndex())));
  REQUIRE(back.ok());
  CHECK(back.value().docs().empty());
}

TEST_CASE("every truncation is rejected with a clear error") {
  const std::string bytes = as_string(storage::save_index(small_index()));
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    auto r = storage::load_index(std::string_view(bytes).substr(0, n));
    INFO("length " << n);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == core::StatusCode::kInvalidData);
    CHECK(r.status().message().find("truncated") != std::string::npos);
  }
  CHECK(storage::load_index(bytes + "x").status().message().find("oversized") != std::string::npos);
}

TEST_CASE("wrong magic, version or flags are named") {
  std::string bytes = as_string(storage::save_index(small_index()));
  std::string v = bytes;
  v[8] = 1;  // version 1 had no offset maps
  CHECK(storage::load_index(v).status().message() ==
        "index format version 1 is not supported (this build reads 3)");
  v[8] = 2;  // version 2 coded tf in its own byte and every passage field in full
  CHECK(storage::load_index(v).status().message() ==
        "index format version 2 is not supported (this build reads 3)");
  v[8] = 4;
  CHECK(storage::load_index(v).status().message() ==
        "index format version 4 is not supported (this build reads 3)");
  v = bytes;
  v[0] = 'X';
  CHECK(storage::load_index(v).status().message().find("not a Loupe index") != std::string::npos);
  v = bytes;
  v[12] = 2;  // bit 0 is kFlagNoText; bit 1 is unknown
  CHECK(storage::load_index(v).status().message().find("flags") != std::string::npos);
}

TEST_CASE("random byte flips are caught by the checksum") {
  const std::string bytes = as_string(storage::save_index(small_index()));
  std::uint32_t state = 7;
  for (int i = 0; i < 3000; ++i) {
    std::string v = bytes;
    state = state * 1664525u + 1013904223u;
    const std::size_t at = storage::kHeaderSize + state % (bytes.size() - storage::kHeaderSize);
    v[at] = static_cast<char>(v[at] ^ (1 + (state >> 24) % 255));
    auto r = storage::load_index(v);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "corrupted index: checksum mismatch");
  }
}

TEST_CASE("corrupted payloads with a valid checksum are still rejected, never crash") {
  // Flip payload bytes and fix the CRC, so the decoder and the invariant checks must catch it.
  const std::string bytes = as_string(storage::save_index(small_index()));
  std::uint32_t state = 99;
  int rejected = 0;
  for (int i = 0; i < 5000; ++i) {
    std::string v = bytes;
    for (int k = 0; k < 1 + i % 3; ++k) {
      state = state * 1664525u + 1013904223u;
      const std::size_t at = storage::kHeaderSize + state % (bytes.size() - storage::kHeaderSize);
      v[at] = static_cast<char>(state >> 24);
    }
    const auto* payload = reinterpret_cast<const std::uint8_t*>(v.data()) + storage::kHeaderSize;
    const std::uint32_t crc = storage::crc32(payload, v.size() - storage::kHeaderSize);
    for (int b = 0; b < 4; ++b) v[24 + b] = static_cast<char>(crc >> (8 * b));
    auto r = storage::load_index(v);
    if (!r.ok()) {
      ++rejected;
      CHECK(r.status().code() == core::StatusCode::kInvalidData);
    }
  }
  CHECK(rejected > 2500);  // some flips land in text bytes and still make a valid index
}

TEST_CASE("offset maps round-trip; maps out of order or out of bounds are refused") {
  using Edit = normalize::OffsetMap::Edit;
  // Input "\xEF\xBB\xBF라브\n로프 왔다" (BOM, a re-joined line) analyzed as "라브로프 왔다".
  const normalize::OffsetMap bytes({{0, 0, 0, 3}, {6, 6, 9, 10}}, 19, 23);
  const normalize::OffsetMap u16({{2, 2, 2, 3}}, 7, 8);  // the decoded text has no BOM
  index::SearchIndex idx;
  REQUIRE(idx.add_document({"k", "k.txt", test::build_text("라브로프 왔다"), {}, bytes, u16}).ok());
  auto back = storage::load_index(as_string(storage::save_index(idx)));
  REQUIRE(back.ok());
  const index::DocInfo& d = back.value().docs()[0];
  CHECK(d.to_input.edits() == bytes.edits());
  CHECK(d.to_input.src_size() == 23);
  CHECK(d.u16_to_source.edits() == u16.edits());
  CHECK(d.to_input.to_source(core::ByteRange{0, 12}) == core::ByteRange{3, 16});  // 라브\n로프

  const auto refused = [&](normalize::OffsetMap to_input, normalize::OffsetMap to_u16) {
    index::IndexData data = idx.data();
    data.docs[0].to_input = std::move(to_input);
    data.docs[0].u16_to_source = std::move(to_u16);
    auto r = index::SearchIndex::from_data(std::move(data));
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == core::StatusCode::kInvalidData);
    CHECK(r.status().message().find("offset map") != std::string::npos);
  };
  refused(normalize::OffsetMap({{6, 6, 9, 10}, {0, 0, 0, 3}}, 19, 23), u16);  // not monotone
  refused(normalize::OffsetMap({{0, 0, 0, 3}, {6, 6, 9, 10}}, 19, 22), u16);  // past the input
  refused(normalize::OffsetMap({{0, 0, 0, 3}, {6, 7, 9, 10}}, 19, 23), u16);  // unequal runs
  refused(bytes, normalize::OffsetMap({{2, 2, 2, 3}}, 8, 9));                 // wrong text length
  refused(normalize::OffsetMap({Edit{0, 0, 0, 3}}, 30, 33), u16);             // wrong text length
  // A caller's bad map is refused at add time too.
  CHECK(idx.add_document(
               {"x", "x.txt", test::build_text("ab"), {}, normalize::OffsetMap({}, 2, 5), {}})
            .code() == core::StatusCode::kInvalidArgument);
}
