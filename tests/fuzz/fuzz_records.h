// Shared by the site harnesses (site_session_fuzzer.cc, site_merge_fuzzer.cc): the fuzzer's bytes
// as named records, u8 name length, name, u16 LE length, bytes (each length cut to what is
// left), and a site file's header made to fit its bytes so mutations reach the decoders behind
// the checksum (engine/site/FORMAT.md: payload length at 16, u64 LE; CRC-32 at 24, u32 LE).
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "storage/crc32.h"

namespace loupe::fuzz {

struct FuzzRecord {
  std::string name;
  std::string bytes;
};

inline std::vector<FuzzRecord> read_records(std::string_view rest) {
  std::vector<FuzzRecord> records;
  while (!rest.empty()) {
    const std::size_t name_length =
        std::min<std::size_t>(static_cast<unsigned char>(rest[0]), rest.size() - 1);
    std::string name(rest.substr(1, name_length));
    rest.remove_prefix(1 + name_length);
    std::size_t length = 0;
    if (rest.size() >= 2) {
      length = static_cast<unsigned char>(rest[0]) | static_cast<unsigned char>(rest[1]) << 8;
      rest.remove_prefix(2);
    }
    length = std::min(length, rest.size());
    records.push_back({std::move(name), std::string(rest.substr(0, length))});
    rest.remove_prefix(length);
  }
  return records;
}

// A file shorter than its 28-byte header is left as it is.
inline void fit_site_header(std::string& bytes) {
  if (bytes.size() < 28) return;
  const std::uint64_t payload = bytes.size() - 28;
  const std::uint32_t crc = loupe::storage::crc32(
      reinterpret_cast<const std::uint8_t*>(bytes.data()) + 28, bytes.size() - 28);
  for (int i = 0; i < 8; ++i) bytes[16 + i] = static_cast<char>(payload >> (8 * i));
  for (int i = 0; i < 4; ++i) bytes[24 + i] = static_cast<char>(crc >> (8 * i));
}

}  // namespace loupe::fuzz
