// The site reader (engine/site/) on any files: a chunked static index is fetched from any host,
// so every byte of it is untrusted. The input is byte 0 (flags), then records: u8 name length,
// name, u16 LE length, bytes. A record named "?" is a query; any other is a file of the index
// under that name, provided to a fresh SiteSession before it opens. Flags bit 0: rewrite each
// file's header length and CRC-32 to fit its bytes, so mutations reach the decoders behind the
// checksum (engine/site/FORMAT.md); bit 1: one passage per document. Every answer must be an
// envelope; a "need" (a file not in the input) ends the run.
#include <string>
#include <utility>
#include <vector>

#include "fuzz_engine.h"
#include "site/site_session.h"
#include "storage/crc32.h"

namespace {

struct Input {
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::string> queries;
};

Input split(std::string_view rest, bool fix_headers) {
  Input in;
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
    std::string bytes(rest.substr(0, length));
    rest.remove_prefix(length);
    if (name == "?") {
      in.queries.push_back(std::move(bytes));
      continue;
    }
    if (fix_headers && bytes.size() >= 28) {  // length at 16 (u64 LE), CRC at 24 (u32 LE)
      const std::uint64_t payload = bytes.size() - 28;
      const std::uint32_t crc = loupe::storage::crc32(
          reinterpret_cast<const std::uint8_t*>(bytes.data()) + 28, bytes.size() - 28);
      for (int i = 0; i < 8; ++i) bytes[16 + i] = static_cast<char>(payload >> (8 * i));
      for (int i = 0; i < 4; ++i) bytes[24 + i] = static_cast<char>(crc >> (8 * i));
    }
    in.files.emplace_back(std::move(name), std::move(bytes));
  }
  return in;
}

bool needs_files(const std::string& json) { return json.find("\"need\":") != std::string::npos; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const Input in = split(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1),
                         (data[0] & 1) != 0);
  auto session = loupe::site::SiteSession::create();
  if (!session.ok()) std::abort();  // ICU data missing: nothing to fuzz
  loupe::site::SiteSession& s = *session.value();
  for (const auto& [name, bytes] : in.files) s.provide(name, bytes);
  const std::string opened = s.open_json();
  loupe::fuzz::check_envelope(opened);
  if (opened.find("\"ok\":true") == std::string::npos || needs_files(opened)) return 0;
  for (const auto& [name, bytes] : in.files) s.provide(name, bytes);  // open drops the rest
  const std::size_t per_doc = (data[0] & 2) ? 1 : 3;
  for (const std::string& q : in.queries) {
    const std::string hits = s.search_json(q, 10, per_doc);
    loupe::fuzz::check_envelope(hits);
    if (needs_files(hits)) return 0;
  }
  return 0;
}
