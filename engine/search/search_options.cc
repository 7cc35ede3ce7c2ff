#include "search/search_options.h"

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>

namespace loupe::search {
namespace {

using json = nlohmann::json;

// A snippet may be a whole passage (1 MiB: a PDF's paragraph with no blank line), so a reader
// that marks every match of a long paragraph can ask for all of them (highlights come only
// from inside the snippet).
constexpr std::size_t kMaxSnippetBytes = std::size_t{1} << 20;

core::Status invalid(std::string message) {
  return core::Status(core::StatusCode::kInvalidArgument, std::move(message));
}

// Reads an unsigned option without ever throwing (the engine is built without exceptions).
std::size_t option(const json& o, const char* key, std::size_t fallback, std::size_t max) {
  if (!o.is_object()) return fallback;
  const auto it = o.find(key);
  if (it == o.end() || !it->is_number_unsigned()) return fallback;
  return std::min<std::size_t>(it->get<std::size_t>(), max);
}

// "facets": which to count (default lang and doc; entity and year run the extractors), or false
// for no "facets" member at all (saves the per-match pass).
core::Status read_facets(const json& opts, SearchRequestOptions& p) {
  const auto f = opts.find("facets");
  if (f == opts.end()) return core::Status::ok_status();
  bool* const flags[] = {&p.facet_lang, &p.facet_doc, &p.facet_entity, &p.facet_year,
                         &p.facet_month};
  for (bool* flag : flags) *flag = false;
  if (f->is_boolean() && !f->get<bool>()) {
    p.facet_member = false;
    return core::Status::ok_status();
  }
  if (!f->is_array()) return invalid("facets must be an array of names or false");
  static constexpr const char* kFacets[] = {"lang", "doc", "entity", "year", "month"};
  for (const json& name : *f) {
    const auto* k = std::find_if(std::begin(kFacets), std::end(kFacets),
                                 [&](const char* n) { return name.is_string() && name == n; });
    if (k == std::end(kFacets)) {
      const std::string shown = name.dump(-1, ' ', false, json::error_handler_t::replace);
      return invalid("unknown facet " + shown + " (use lang, doc, entity, year, month)");
    }
    *flags[k - kFacets] = true;
  }
  return core::Status::ok_status();
}

}  // namespace

core::Status SearchOptionsCache::read(std::string_view options_json) {
  if (options_json == text_ && !text_.empty()) return core::Status::ok_status();
  const std::string_view text = options_json.empty() ? std::string_view("{}") : options_json;
  const json opts = json::parse(text, nullptr, false);
  if (opts.is_discarded() || !opts.is_object()) return invalid("options must be a JSON object");
  SearchRequestOptions p;  // kept only once all of it was read
  p.search.limit = option(opts, "limit", 10, 100000);
  p.search.offset = option(opts, "offset", 0, 1000000);
  p.search.per_doc = option(opts, "per_doc", 3, 1000);
  p.snippet_bytes = option(opts, "snippet_bytes", 240, kMaxSnippetBytes);
  p.facet_limit = option(opts, "facet_limit", 20, 100000);
  if (core::Status s = read_facets(opts, p); !s.ok()) return s;
  p.search.facets = p.facet_lang || p.facet_doc;
  p.search.keep_passages = p.facet_entity || p.facet_year || p.facet_month;
  options_ = p;
  text_.assign(text);
  return core::Status::ok_status();
}

core::Result<envelope::DatesPick> read_dates_pick(std::string_view options_json) {
  const json opts = json::parse(options_json.empty() ? "{}" : options_json, nullptr, false);
  if (opts.is_discarded() || !opts.is_object()) return invalid("options must be a JSON object");
  envelope::DatesPick pick;
  if (const auto it = opts.find("dates"); it != opts.end()) {
    if (!it->is_boolean()) return invalid("dates must be true or false");
    pick.dates = it->get<bool>();
  }
  // doc: an id (numbers too, as JavaScript callers write them); from/to: a date's prefix.
  if (const auto it = opts.find("doc"); it != opts.end() && !it->is_null()) {
    if (!it->is_string() && !it->is_number_integer()) return invalid("doc must be an id");
    pick.one_doc = true;
    pick.doc = it->is_string() ? it->get<std::string>() : it->dump();
  }
  for (auto [key, out] : {std::pair{"from", &pick.from}, std::pair{"to", &pick.to}}) {
    const auto it = opts.find(key);
    if (it == opts.end() || it->is_null()) continue;
    if (!it->is_string()) return invalid(std::string(key) + " must be a date such as 2024-03");
    *out = it->get<std::string>();
  }
  return pick;
}

}  // namespace loupe::search
