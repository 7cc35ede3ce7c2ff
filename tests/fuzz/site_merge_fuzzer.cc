// `loupe merge` (site::merge_sites) on any parts: the parts of an archive are written by other
// processes, maybe other versions, and copied between machines, so their bytes are untrusted.
// The input is byte 0 (flags), then records as fuzz_records.h reads them: u8 name length, name,
// u16 LE length, bytes. A record named "|" starts the next part, "?" is a query; any other is a
// file of the current part under that name. Flags bit 0: rewrite each file's header length and
// CRC-32 to fit its bytes (mutations then reach the decoders behind the checksum); bit 1: cut
// the merged chunks at 96 bytes instead of 1 KB (many chunks, terms split across them).
// Properties: the merge never crashes; when it succeeds, what it wrote is a site that opens,
// and every query on it answers an envelope without asking for a file the merge did not write.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "fuzz_engine.h"
#include "fuzz_records.h"
#include "site/site_merge.h"
#include "site/site_session.h"

namespace {

using Files = std::map<std::string, std::string>;

struct Input {
  std::vector<Files> parts{1};
  std::vector<std::string> queries;
};

Input split(std::string_view rest, bool fix_headers) {
  Input in;
  for (loupe::fuzz::FuzzRecord& r : loupe::fuzz::read_records(rest)) {
    if (r.name == "|" && in.parts.size() < 8) {
      in.parts.emplace_back();
    } else if (r.name == "?") {
      in.queries.push_back(std::move(r.bytes));
    } else {
      if (fix_headers) loupe::fuzz::fit_site_header(r.bytes);
      in.parts.back()[std::move(r.name)] = std::move(r.bytes);
    }
  }
  return in;
}

loupe::site::Fetch fetch_of(const Files& files) {
  return [&files](const std::string& name) -> loupe::core::Result<std::string> {
    const auto it = files.find(name);
    if (it == files.end())
      return loupe::core::Status(loupe::core::StatusCode::kInvalidArgument, name);
    return it->second;
  };
}

bool needs_files(const std::string& json) { return json.find("\"need\":") != std::string::npos; }
bool is_ok(const std::string& json) { return json.find("\"ok\":true") != std::string::npos; }

// The merged site as a browser reads it: every file provided before each call.
void search_merged(const Files& merged, const std::vector<std::string>& queries) {
  auto session = loupe::site::SiteSession::create();
  if (!session.ok()) std::abort();  // ICU data missing: nothing to fuzz
  loupe::site::SiteSession& s = *session.value();
  const auto provide_all = [&] {
    for (const auto& [name, bytes] : merged) s.provide(name, bytes);
  };
  provide_all();
  const std::string opened = s.open_json();
  loupe::fuzz::check_envelope(opened);
  if (!is_ok(opened) || needs_files(opened)) std::abort();  // the merge wrote a broken site
  for (const std::string& q : queries) {
    provide_all();
    const std::string hits = s.search_json(q, 10, 3);
    loupe::fuzz::check_envelope(hits);
    if (needs_files(hits)) std::abort();  // a file the manifest names, never written
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const Input in = split(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1),
                         (data[0] & 1) != 0);
  std::vector<loupe::site::Fetch> fetches;
  for (const Files& part : in.parts) fetches.push_back(fetch_of(part));
  loupe::site::SiteWriteOptions options;
  options.chunk_bytes = (data[0] & 2) ? 96 : 1024;
  Files merged;
  const auto sink = [&merged](const std::string& name,
                              const loupe::site::Bytes& bytes) -> loupe::core::Status {
    merged[name].assign(bytes.begin(), bytes.end());
    return loupe::core::Status();
  };
  const auto summary = loupe::site::merge_sites(fetches, options, sink);
  if (summary.ok()) search_merged(merged, in.queries);
  return 0;
}
