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

#include "site/site_annotations.h"
#include "site/site_format.h"

namespace loupe::scaling {

std::map<std::string, std::string> site_files(std::size_t bytes, std::uint32_t first_doc = 0);

// A format-3 table (site_format.h, encode_table) of about `bytes` bytes and the manifest that
// describes it, for the `table` stage (the decoder alone): documents of 1-13 passages, two in
// three led by a title, the passages' language changing every 1-4 passages (runs of every
// length, as a multilingual archive's). E.g. site_table(1 << 20).payload.size() ~ 1 MB.
struct SiteTable {
  site::Manifest manifest;
  std::string payload;
};
SiteTable site_table(std::size_t bytes);

// A key page, an entity page and a date page (site_annotations.h) of about `bytes` bytes each,
// for the `annotations` stage (their decoders alone): person names of our own letters with
// their lookup, surname and roman keys, entities of 1-8 passages, dates of one passage each.
struct SiteAnnotationPages {
  std::uint32_t passages = 0;
  std::string keys, entities, dates;
};
SiteAnnotationPages site_annotation_pages(std::size_t bytes);

}  // namespace loupe::scaling
