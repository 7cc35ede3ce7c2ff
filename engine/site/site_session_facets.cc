// SiteSession::facets_json (site_session.h): the annotation facets of a query's matches, read
// from the site's entity and date pages (site_annotation_reader.h).
#include <cstdio>

#include "core/json_writer.h"
#include "envelope/envelope.h"
#include "query/query_parser.h"
#include "site/site_session.h"

namespace loupe::site {

using core::Status;
using core::StatusCode;

std::string SiteSession::facets_json(std::string_view query_text, bool entity, bool year,
                                     bool month, std::size_t limit) {
  if (!reader_) return envelope::error_json(Status(StatusCode::kInvalidArgument, "not open"));
  missing_.clear();
  const query::ParseResult parsed = query::parse_query(query_text);
  if (!parsed.ok()) {
    return envelope::query_error_json(Status(StatusCode::kInvalidArgument, parsed.error.message),
                                      parsed.error.begin_byte, parsed.error.begin_u16);
  }
  query::SearchOptions options;  // every match's passage; no hit is shown
  options.limit = 1, options.per_doc = 1, options.keep_passages = true, options.facets = false;
  const auto failed = [&](const Status& s) {
    return missing_.empty() ? envelope::error_json(s) : need_json();
  };
  // The pages the facets read do not depend on the hits: asked for in the same round as the
  // query's chunks (the annotations file first, with the chunk list's pages).
  AnnotationReader& a = reader_->annotations();
  const Status pages = a.load_facet_pages(entity, year || month);
  auto r = reader_->search(parsed.root, options, analyze_);
  if (!r.ok()) return failed(r.status());
  if (!pages.ok()) return failed(pages);
  const std::vector<std::uint32_t>& hits = r.value().passages;
  core::JsonWriter j;
  envelope::open_ok(j);
  j.key("facets").open('{');
  if (entity) {
    auto e = a.entity_facet(hits, limit);
    if (!e.ok()) return failed(e.status());
    j.key("entity").open('[');
    for (const EntityFacetCount& c : e.value()) {
      j.open('{').key("id").num(c.id).key("canonical").str(c.canonical);
      j.key("type").str(c.type).key("count").num(c.passages).close('}');
    }
    j.close(']');
  }
  if (year) {
    auto y = a.year_facet(hits);
    if (!y.ok()) return failed(y.status());
    j.key("year").open('{');
    for (const auto& [k, n] : y.value()) j.key(std::to_string(k)).num(n);
    j.close('}');
  }
  if (month) {
    auto m = a.month_facet(hits);
    if (!m.ok()) return failed(m.status());
    j.key("month").open('{');
    char key[16];
    for (const auto& [k, n] : m.value()) {
      std::snprintf(key, sizeof key, "%04d-%02d", k / 12, k % 12 + 1);
      j.key(key).num(n);
    }
    j.close('}');
  }
  j.close('}');
  return j.close('}').take();
}

}  // namespace loupe::site
