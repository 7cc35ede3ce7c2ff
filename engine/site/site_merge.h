// merge_sites: chunked static indexes of disjoint sets of documents (each written by its own
// process: `loupe site --part K/N`) as one, with corpus-wide statistics. Input: the parts'
// files through one fetch function each, in document order; output: the files of one site
// (site/FORMAT.md) through `sink`, as write_site writes them from one index of the same
// documents added in that order: documents and passages renumbered after the parts before,
// each term's postings of all parts joined (df summed, each entry's record kept, its document
// renumbered), term ids in the order the terms first occur over the parts (a single index's
// ids), the BM25 totals summed, fragments copied under their new numbers (their first passage
// moved). Chunks and pages are cut again at `options.chunk_bytes` and `options.page_chunks`.
// Memory: the parts' tables and documents, every term once (for its id) and one decoded chunk
// per part at a time; never every posting, so a large archive merges in bounded memory.
// E.g. merge_sites({fetch_of("part0"), fetch_of("part1")}, {}, folder_sink("site")).
#pragma once
#include <vector>

#include "core/status.h"
#include "site/site_reader.h"
#include "site/site_writer.h"

namespace loupe::site {

// Errors: a part's file missing or corrupt (naming it), the same document id in two parts,
// more than 2^32 passages or documents in all.
core::Result<SiteSummary> merge_sites(const std::vector<Fetch>& parts,
                                      const SiteWriteOptions& options, const FileSink& sink);

}  // namespace loupe::site
