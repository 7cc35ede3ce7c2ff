// Saving and loading a SearchIndex in the versioned binary format of storage/FORMAT.md
// (header with magic, version, payload length and CRC-32; varint + front-coded payload).
// load_index() rejects truncated, corrupted, foreign and wrong-version data with a
// kInvalidData status whose message says which; it never crashes, whatever the bytes.
// E.g. auto bytes = save_index(idx); auto back = load_index(bytes); back.ok() == true.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "index/search_index.h"

namespace loupe::storage {

inline constexpr std::uint32_t kFormatVersion = 2;
inline constexpr std::size_t kHeaderSize = 28;

// Saves what the index holds (call SearchIndex::compact() first to drop removed documents).
std::vector<std::uint8_t> save_index(const index::SearchIndex& idx);

core::Result<index::SearchIndex> load_index(std::string_view bytes);

}  // namespace loupe::storage
