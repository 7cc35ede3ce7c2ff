// annotate_site: the entity and date annotations a static site stores (site_annotations.h),
// computed over a built index by the in-memory engine's extractors as search::
// SearchAnnotations runs them (the date extractor per document, extract/entities' linking over
// the documents together, entity models read natively from models/), so a site reader's
// entity: and date: filters answer as the in-memory engine does on the same documents.
// With a memory setting (AnnotateOptions), the linking runs over consecutive batches of
// documents, each held alone (the linking holds about 18 bytes a byte of its documents' text),
// its results kept as compact records (SiteEntity, SiteDate) and the batches' entities joined
// by key as `loupe merge` joins parts' (site_annotation_merge.h). Native only (the
// extractors): the search-only wasm build links site_annotations.h without this.
// native_entity_keyer: the keys of a query's entity name as resolve_entity computes them
// (entities::NameKeyer), for a native SiteReader (loupe site-search, tests).
// E.g. auto a = annotate_site(idx, {.batch_text_bytes = 32 << 20}); write_site(idx, {.annotations =
// &a.value()}, sink);
#pragma once
#include "core/status.h"
#include "index/search_index.h"
#include "site/site_annotation_reader.h"
#include "site/site_annotations.h"

namespace loupe::site {

struct AnnotateOptions {
  // Documents are linked in consecutive batches of at most this much text (a larger document
  // alone); 0: one batch of all (the in-memory engine's linking, whatever the size).
  std::size_t batch_text_bytes = 0;
};
struct AnnotateStats {
  std::size_t batches = 0;
  std::size_t peak_text_bytes = 0;  // the most text the linking held at once
};

// Over a compacted index (site numbering = its passages). Without a date extractor (no ICU
// data) the dates are empty, as in the engine.
core::Result<SiteAnnotations> annotate_site(const index::SearchIndex& idx,
                                            const AnnotateOptions& options = {},
                                            AnnotateStats* stats = nullptr);
EntityKeyer native_entity_keyer();

}  // namespace loupe::site
