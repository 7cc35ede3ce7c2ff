// annotate_site: the entity and date annotations a static site stores (site_annotations.h),
// computed over a built index by the in-memory engine's own code (search::SearchAnnotations:
// the date extractor per document, extract/entities' linking over all documents, entity
// models read natively from models/), so a site reader's entity: and date: filters answer
// as the in-memory engine does on the same documents. Native only (the extractors): the
// search-only wasm build links site_annotations.h without this.
// native_entity_keyer: the keys of a query's entity name as resolve_entity computes them
// (entities::NameKeyer), for a native SiteReader (loupe site-search, tests).
// E.g. auto a = annotate_site(idx); write_site(idx, {.annotations = &a.value()}, sink);
#pragma once
#include "core/status.h"
#include "index/search_index.h"
#include "site/site_annotation_reader.h"
#include "site/site_annotations.h"

namespace loupe::site {

// Over a compacted index (site numbering = its passages). Without a date extractor (no ICU
// data) the dates are empty, as in the engine.
core::Result<SiteAnnotations> annotate_site(const index::SearchIndex& idx);
EntityKeyer native_entity_keyer();

}  // namespace loupe::site
