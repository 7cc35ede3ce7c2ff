// Format version 3's shortcuts (storage/FORMAT.md): each field that follows from the previous
// record is left out, and each has an escape for data where it does not. These tests pin the
// bytes of a tiny index and round-trip every escape, field by field.
#include <catch2/catch.hpp>
#include <string>

#include "index/search_index.h"
#include "storage/crc32.h"
#include "storage/index_serializer.h"
#include "support/analyzed_text_builder.h"

using namespace loupe;

namespace {

std::string as_string(const std::vector<std::uint8_t>& v) {
  return std::string(v.begin(), v.end());
}

// Everything IndexData holds, compared field by field (term ids may differ: compared by term).
void same_data(const index::IndexData& a, const index::IndexData& b) {
  REQUIRE(a.docs.size() == b.docs.size());
  for (std::size_t d = 0; d < a.docs.size(); ++d) {
    const index::DocInfo &x = a.docs[d], &y = b.docs[d];
    INFO("document " << d);
    CHECK(x.id == y.id);
    CHECK(x.name == y.name);
    CHECK(x.text == y.text);
    CHECK(x.title == y.title);
    CHECK(x.to_input.edits() == y.to_input.edits());
    CHECK((x.to_input.out_size() == y.to_input.out_size() &&
           x.to_input.src_size() == y.to_input.src_size()));
    CHECK(x.u16_to_source.edits() == y.u16_to_source.edits());
    CHECK(x.u16_to_source.out_size() == y.u16_to_source.out_size());
    CHECK(x.u16_to_source.src_size() == y.u16_to_source.src_size());
    CHECK((x.first_passage == y.first_passage && x.passage_count == y.passage_count &&
           x.alive == y.alive));
  }
  REQUIRE(a.passages.size() == b.passages.size());
  for (std::size_t p = 0; p < a.passages.size(); ++p) {
    const index::PassageInfo &x = a.passages[p], &y = b.passages[p];
    INFO("passage " << p);
    CHECK((x.doc == y.doc && x.paragraph == y.paragraph && x.begin_byte == y.begin_byte));
    CHECK((x.end_byte == y.end_byte && x.length == y.length && x.lang == y.lang &&
           x.field == y.field));
  }
  REQUIRE(a.terms.size() == b.terms.size());
  for (index::TermId t = 0; t < a.terms.size(); ++t) {
    const index::TermId u = b.terms.find(a.terms.term(t));
    REQUIRE(u != index::kNoTerm);
    CHECK(a.postings[t] == b.postings[u]);
    CHECK(a.df[t] == b.df[u]);
  }
}

// save -> load -> the same data, and saving again gives the same bytes (with text and without).
void round_trips(const index::SearchIndex& idx) {
  const std::vector<std::uint8_t> bytes = storage::save_index(idx);
  auto back = storage::load_index(as_string(bytes));
  REQUIRE(back.ok());
  same_data(idx.data(), back.value().data());
  CHECK(storage::save_index(back.value()) == bytes);
  const std::vector<std::uint8_t> bare = storage::save_index(idx, false);
  auto again =
      storage::load_index(as_string(bare), [&](std::string_view id) -> core::Result<std::string> {
        for (const index::DocInfo& d : idx.docs()) {
          if (d.id == id) return d.text;
        }
        return core::Status(core::StatusCode::kInvalidArgument, "no such document");
      });
  REQUIRE(again.ok());
  same_data(idx.data(), again.value().data());
  CHECK(storage::save_index(again.value(), false) == bare);
}

}  // namespace

TEST_CASE("the payload of a tiny index, byte for byte", "[storage]") {
  index::SearchIndex idx;
  REQUIRE(idx.add_document({"x/y", "y", test::build_text("ab cd\nef"), {}}).ok());
  const std::vector<std::uint8_t> bytes = storage::save_index(idx);
  REQUIRE(bytes.size() > storage::kHeaderSize);
  CHECK(bytes[8] == 3);
  const std::vector<std::uint8_t> payload(bytes.begin() + storage::kHeaderSize, bytes.end());
  // clang-format off
  const std::vector<std::uint8_t> want = {
      1,                                            // one document
      0, 3, 'x', '/', 'y',                          // id: 0 bytes shared, "x/y"
      2,                                            // name: the id's last 1 byte
      8, 'a', 'b', ' ', 'c', 'd', '\n', 'e', 'f',   // text
      0, 0,                                         // title: 0 shared, ""
      0,                                            // UTF-16 length = byte length
      0,                                            // no byte map edits
      0,                                            // UTF-16 map: the same edits
      2 << 1 | 1,                                   // 2 passages, alive
      0 << 3 | 1, 2, 5, 2,                          // begin 0, kind en|body, 5 bytes, 2 words
      1 << 3, 2, 1,                                 // begins 1 after the last end, same kind, paragraph 1
      3,                                            // three terms
      0, 2, 'a', 'b', 1, 2, 0, 0 << 1 | 1,          // "ab": df 1, passage 0, position 0 (the last)
      0, 2, 'c', 'd', 1, 2, 0, 1 << 1 | 1,          // "cd": position 1
      0, 2, 'e', 'f', 1, 2, 1, 0 << 1 | 1};         // "ef": passage 1
  // clang-format on
  CHECK(payload == want);
  round_trips(idx);
}

TEST_CASE("every shortcut's escape round-trips", "[storage]") {
  index::SearchIndex idx;
  // A name that is no tail of the id, one equal to it; skipped paragraphs (empty lines); a title;
  // a language change between paragraphs; Korean compound suffixes; tf above 1.
  REQUIRE(idx.add_document(
                 {"docs/a", "other.txt", test::build_text("brown fox\n\n\nbrown brown dog"), {}})
              .ok());
  REQUIRE(idx.add_document({"docs/b", "docs/b",
                            test::build_text("Сергей Лавров\nmeets\n외교관계위원회"),
                            test::build_text("Title one")})
              .ok());
  REQUIRE(
      idx.add_document({"docs/c", "", test::build_text("x"), test::build_text("Title two")}).ok());
  // Byte and UTF-16 maps that differ, and edits of repeated and of new lengths.
  const std::string text = "Привет мир";
  const std::size_t units = index::utf16_length(text);
  const normalize::OffsetMap bytes_map({{0, 2, 0, 3}, {4, 6, 5, 8}, {8, 9, 10, 10}}, text.size(),
                                       text.size() + 1);
  const normalize::OffsetMap u16_map({{0, 1, 0, 2}, {2, 3, 3, 5}}, units, units + 2);
  REQUIRE(idx.add_document({"docs/d", "d", test::build_text(text), {}, bytes_map, u16_map}).ok());
  REQUIRE(idx.add_document({"e", "e", test::build_text("alpha"), {}}).ok());
  REQUIRE(idx.remove_document("e"));  // saved uncompacted: a dead document
  REQUIRE(idx.docs().back().alive == false);
  round_trips(idx);

  // Passages the writer cannot derive from their neighbours: one starting before the previous
  // one ends (absolute begin), a paragraph number going back, and a huge paragraph number.
  index::IndexData data = idx.data();
  REQUIRE(data.docs[0].passage_count == 2);
  data.passages[1].begin_byte = 2;
  data.passages[1].paragraph = 0xFFFFFFFFu;
  REQUIRE(data.docs[1].passage_count >= 3);
  data.passages[data.docs[1].first_passage + 2].paragraph = 0;
  auto crafted = index::SearchIndex::from_data(std::move(data));
  REQUIRE(crafted.ok());
  round_trips(crafted.value());
}

TEST_CASE("a version 3 record cut or out of range is refused", "[storage]") {
  index::SearchIndex idx;
  REQUIRE(idx.add_document({"x/y", "y", test::build_text("ab cd\nef"), {}}).ok());
  const std::string good = as_string(storage::save_index(idx));
  // Rewrites one payload byte (offset into the payload) and fixes the CRC.
  const auto with = [&](std::size_t at, std::uint8_t value) {
    std::string v = good;
    v[storage::kHeaderSize + at] = static_cast<char>(value);
    const std::uint32_t crc =
        storage::crc32(reinterpret_cast<const std::uint8_t*>(v.data()) + storage::kHeaderSize,
                       v.size() - storage::kHeaderSize);
    for (int b = 0; b < 4; ++b) v[24 + b] = static_cast<char>(crc >> (8 * b));
    return storage::load_index(v);
  };
  CHECK(with(0, 1).ok());  // unchanged byte
  CHECK(with(1, 4).status().message() ==
        "corrupted index: bad document record");  // shares 4 of 0 bytes
  CHECK(with(6, 5).status().message() ==
        "corrupted index: bad document record");  // name longer than the id
  CHECK(with(6, 4).ok());                         // name = the whole id
  CHECK(with(18, 9).status().message() ==
        "corrupted index: bad document record");  // 9 more bytes than UTF-16
  CHECK(with(22, 0 << 3 | 5).ok());               // begin 0 written as absolute: the same passage
  CHECK(with(23, 0x16).status().message() == "corrupted index: bad passage record");  // lang 6
  CHECK(with(23, 0x22).status().message() == "corrupted index: bad passage record");  // field 2
  CHECK(with(24, 9).status().message().find("passage 0 is out of range") !=
        std::string::npos);  // past the text
  CHECK(with(26, 3 << 3).status().message().find("passage 1 is out of range") != std::string::npos);
  CHECK(with(21, 63 << 1 | 1).status().message() ==
        "corrupted index: bad passage count");  // 63: too few bytes
  auto dead = with(21, 2 << 1);                 // the document marked removed
  REQUIRE(dead.ok());
  CHECK(dead.value().live_documents() == 0);
}
