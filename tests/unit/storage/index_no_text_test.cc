#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "index/search_index.h"
#include "storage/crc32.h"
#include "storage/index_serializer.h"
#include "support/analyzed_text_builder.h"

using namespace loupe;

namespace {

const std::map<std::string, std::string> kTexts = {
    {"ru", "Сергей Лавров встретился\nпереговоры о мире"},
    {"ko", "라브로프가 외교관계위원회를 방문했다"},
    {"en", "brown fox, brown dog"}};

index::SearchIndex small_index() {
  index::SearchIndex idx;
  for (const auto& [id, text] : kTexts)
    REQUIRE(idx.add_document({id, id + ".txt", test::build_text(text), {}}).ok());
  return idx;
}

std::string as_string(const std::vector<std::uint8_t>& v) {
  return std::string(v.begin(), v.end());
}

core::Result<std::string> from_map(std::string_view id) {
  const auto it = kTexts.find(std::string(id));
  if (it == kTexts.end())
    return core::Status(core::StatusCode::kInvalidArgument, "no such document");
  return it->second;
}

}  // namespace

TEST_CASE("an index saved without text loads back identical from the documents' sources",
          "[storage]") {
  const index::SearchIndex idx = small_index();
  const std::vector<std::uint8_t> full = storage::save_index(idx);
  const std::vector<std::uint8_t> bare = storage::save_index(idx, false);
  CHECK(bare[12] == storage::kFlagNoText);
  std::size_t text_bytes = 0;
  for (const auto& [id, text] : kTexts) text_bytes += text.size();
  CHECK(bare.size() <
        full.size() - text_bytes + 8 * kTexts.size());  // length + CRC instead of text
  auto back = storage::load_index(as_string(bare), from_map);
  REQUIRE(back.ok());
  for (std::size_t d = 0; d < idx.docs().size(); ++d)
    CHECK(back.value().docs()[d].text == idx.docs()[d].text);
  CHECK(storage::save_index(back.value()) == full);  // the same index as one saved with its text
  CHECK(storage::save_index(back.value(), false) == bare);
  // A source is only asked for when the text is missing.
  CHECK(storage::load_index(as_string(full), [](std::string_view) -> core::Result<std::string> {
          return core::Status(core::StatusCode::kInternal, "not called");
        }).ok());
}

TEST_CASE("an index without text refuses a missing source or a changed document", "[storage]") {
  const std::string bare = as_string(storage::save_index(small_index(), false));
  auto none = storage::load_index(bare);
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().message().find("sources are needed") != std::string::npos);
  auto missing = storage::load_index(bare, [](std::string_view id) -> core::Result<std::string> {
    if (id == "ko") return core::Status(core::StatusCode::kInvalidArgument, "no such document");
    return from_map(id);
  });
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == core::StatusCode::kInvalidData);
  CHECK(missing.status().message() == "document ko: no such document");
  // Same length, one letter changed: only the CRC can tell.
  auto changed = storage::load_index(bare, [](std::string_view id) -> core::Result<std::string> {
    return id == "en" ? std::string("brown fox, brown dig") : from_map(id).value();
  });
  REQUIRE_FALSE(changed.ok());
  CHECK(changed.status().message().find(
            "document en: its source is not the text that was indexed") == 0);
  auto longer = storage::load_index(bare, [](std::string_view id) -> core::Result<std::string> {
    return from_map(id).value() + " ";
  });
  REQUIRE_FALSE(longer.ok());
}

TEST_CASE("an index without text: truncations and corruptions are rejected, never crash",
          "[storage]") {
  const std::string bare = as_string(storage::save_index(small_index(), false));
  for (std::size_t n = 0; n < bare.size(); ++n)
    REQUIRE_FALSE(storage::load_index(bare.substr(0, n), from_map).ok());
  // The flag set on an index that holds its text: the text bytes no longer decode as expected.
  std::string flagged = as_string(storage::save_index(small_index()));
  flagged[12] = storage::kFlagNoText;
  CHECK_FALSE(storage::load_index(flagged, from_map).ok());
  std::uint32_t state = 5;
  for (int i = 0; i < 3000; ++i) {
    std::string v = bare;
    state = state * 1664525u + 1013904223u;
    const std::size_t at = storage::kHeaderSize + state % (bare.size() - storage::kHeaderSize);
    v[at] = static_cast<char>(state >> 24);
    const auto* payload = reinterpret_cast<const std::uint8_t*>(v.data()) + storage::kHeaderSize;
    const std::uint32_t crc = storage::crc32(payload, v.size() - storage::kHeaderSize);
    for (int b = 0; b < 4; ++b) v[24 + b] = static_cast<char>(crc >> (8 * b));
    auto r = storage::load_index(v, from_map);
    if (!r.ok()) CHECK(r.status().code() == core::StatusCode::kInvalidData);
  }
}
