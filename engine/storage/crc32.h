// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, as zlib and PNG): the saved index's
// checksum. Table-driven (four bytes a step), the tables built at compile time.
// E.g. crc32("123456789") == 0xCBF43926.
#pragma once
#include <cstddef>
#include <cstdint>

namespace loupe::storage {

std::uint32_t crc32(const std::uint8_t* data, std::size_t size, std::uint32_t crc = 0);

}  // namespace loupe::storage
