// The options of a search (Engine::search_json's options_json, engine.h), read from JSON with
// nlohmann (the one place the engine parses JSON). Callers send the same options query after
// query: parsing them was a quarter of a small query's time, so the last options string is
// remembered with what it read to.
// E.g. cache.read("{\"limit\":3,\"facets\":false}") -> ok; cache.options().facet_member == false
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"
#include "envelope/dates_envelope.h"
#include "query/searcher.h"

namespace loupe::search {

struct SearchRequestOptions {
  query::SearchOptions search;  // limit, offset, per_doc, and whether the Searcher counts facets
  std::size_t snippet_bytes = 240;
  std::size_t facet_limit = 20;
  bool facet_lang = true, facet_doc = true, facet_entity = false, facet_year = false,
       facet_month = false;
  bool facet_member = true;  // false: "facets":false, no member at all
};

class SearchOptionsCache {
 public:
  // Reads options_json ("" = {}); on error (kInvalidArgument) the last options stay.
  core::Status read(std::string_view options_json);
  const SearchRequestOptions& options() const { return options_; }

 private:
  std::string text_;  // the options string `options_` was read from ("" = none yet)
  SearchRequestOptions options_;
};

// Engine::index_dates_json's options ({"dates":false}, {"doc":"id"}, {"from":"2024","to":"2025"},
// all optional; "" = {}): kInvalidArgument when they are not an object of those.
core::Result<envelope::DatesPick> read_dates_pick(std::string_view options_json);

}  // namespace loupe::search
