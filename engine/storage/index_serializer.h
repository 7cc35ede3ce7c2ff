// Saving and loading a SearchIndex in the versioned binary format of storage/FORMAT.md
// (header with magic, version, payload length and CRC-32; varint + front-coded payload).
// load_index() rejects truncated, corrupted, foreign and wrong-version data with a
// kInvalidData status whose message says which; it never crashes, whatever the bytes.
// E.g. auto bytes = save_index(idx); auto back = load_index(bytes); back.ok() == true.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "index/search_index.h"

namespace loupe::storage {

inline constexpr std::uint32_t kFormatVersion = 3;
inline constexpr std::size_t kHeaderSize = 28;

inline constexpr std::uint32_t kFlagNoText = 1;  // documents' text left out (FORMAT.md)
inline constexpr std::uint32_t kKnownFlags = kFlagNoText;

// Saves what the index holds (call SearchIndex::compact() first to drop removed documents).
// with_text false leaves each document's analyzed text out and keeps its length and CRC-32:
// the caller already stores the documents (the JS library's save() container does), so the
// text would be there twice; load_index then needs them back through a TextSource.
std::vector<std::uint8_t> save_index(const index::SearchIndex& idx, bool with_text = true);

// For an index saved without text: the analyzed text of the document with this id, re-derived
// from its source (Engine re-runs decode + normalize). An error status refuses the load.
using TextSource = std::function<core::Result<std::string>(std::string_view id)>;

// `source` is only called for an index saved without text; each text it gives must have the
// saved length and CRC-32, else the load fails (kInvalidData naming the document).
core::Result<index::SearchIndex> load_index(std::string_view bytes, const TextSource& source = {});

}  // namespace loupe::storage
