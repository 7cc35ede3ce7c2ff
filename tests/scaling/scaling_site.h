// A synthetic chunked site (engine/site/FORMAT.md) for the scaling test's `site` stage: its
// table and its largest chunk each grow with `bytes` (documents of eight one-line passages in
// alternating languages; every passage holds "common", every document its own word), written
// by site::write_site with chunks of `bytes`. Our own words, no corpus. Documents are numbered
// from `first_doc` (their ids and words): sites of disjoint numbers are parts of one site.
// E.g. site_files(1 << 20) -> {"manifest.bin": …, "t-….bin": …, "c-….bin": …, …}.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

namespace loupe::scaling {

std::map<std::string, std::string> site_files(std::size_t bytes, std::uint32_t first_doc = 0);

}  // namespace loupe::scaling
