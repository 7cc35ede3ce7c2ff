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
#include "fuzz_records.h"
#include "site/site_session.h"

namespace {

struct Input {
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::string> queries;
};

Input split(std::string_view rest, bool fix_headers) {
  Input in;
  for (loupe::fuzz::FuzzRecord& r : loupe::fuzz::read_records(rest)) {
    if (r.name == "?") {
      in.queries.push_back(std::move(r.bytes));
      continue;
    }
    if (fix_headers) loupe::fuzz::fit_site_header(r.bytes);
    in.files.emplace_back(std::move(r.name), std::move(r.bytes));
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
