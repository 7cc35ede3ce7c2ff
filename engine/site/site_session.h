// SiteSession: a chunked static index (site/FORMAT.md) read by a caller that fetches without
// blocking (a browser's fetch()). The session never waits for a file: a call that needs files
// the caller has not provided answers {"v":1,"ok":true,"need":["c-….bin", …]}, every file that
// step needs at once (so the caller fetches them in parallel); the caller hands each over with
// provide() and makes the same call again. Steps: open (the manifest), then per query the
// pages of the chunk list and the chunks its lookups fall in (SiteReader, usually a round of
// pages and two of chunks), then the hashes files and the fragments of the hits shown
// (snippets and highlights are cut from them). The JSON is what bindings/
// site_exports.cc returns to JS; byte offsets stay inside, highlights are UTF-16 units of the
// snippet string (JS `snippet.slice(begin_u16, end_u16)`).
//
// E.g. s->open_json()                     -> {"v":1,"ok":true,"need":["manifest.bin"]}
//      s->provide("manifest.bin", bytes); s->open_json() -> {"v":1,"ok":true,"documents":…}
//      s->search_json("signal", 10)        -> {…"need":["p-….bin"]}, then chunks, …
//      … s->search_json("signal", 10)     -> {…"total":3,"hits":[{"doc":"a.html","snippet":…,
//                                             "highlights":[{"begin_u16":4,"end_u16":10}]}]}
#pragma once
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/text_analyzer.h"
#include "search/query_readings.h"
#include "site/site_reader.h"

namespace loupe::site {

class SiteSession {
 public:
  // Fails only when the analyzer cannot start (ICU data missing).
  static core::Result<std::unique_ptr<SiteSession>> create();

  // The bytes of one file of the index, fetched by the caller (a name a "need" listed).
  void provide(std::string name, std::string bytes);
  // {"ok":true,"documents":N,"chunks":M} once the manifest is read, a "need"
  // before, an error envelope for a damaged file.
  std::string open_json();
  // The query's hits (limit 1..1000; at most per_doc 1..1000 passages of one document, ranked
  // as query::Searcher ranks them), a "need", or an error envelope (a bad query:
  // envelope::query_error_json).
  std::string search_json(std::string_view query, std::size_t limit, std::size_t per_doc = 3);

  // The entity, year and month facets (as asked) of every passage the query matches, as the
  // in-memory engine's "facets" member gives them (search/search_annotations.h: "entity"
  // [{"id","canonical","type","count"}], "year" {"2022":n}, "month" {"2022-03":n}):
  // {"v":1,"ok":true,"facets":{...}}, a "need" (every entity page for "entity", every date
  // page for the others, at once, in the rounds of the query's chunks) or an error.
  // site_session_facets.cc.
  std::string facets_json(std::string_view query, bool entity, bool year, bool month,
                          std::size_t limit = 20);

  // What the reader fetched so far (null before open).
  const FetchCounts* counts() const { return reader_ ? &reader_->counts() : nullptr; }

 private:
  SiteSession(std::unique_ptr<analysis::TextAnalyzer> analyzer);
  core::Result<std::string> take_file(const std::string& name);
  std::string need_json() const;
  std::string hits_json(const query::SearchResult& r, const query::Searcher& searcher);

  std::unique_ptr<analysis::TextAnalyzer> analyzer_;
  search::QueryReadings readings_;
  query::QueryAnalyzer analyze_;
  std::unique_ptr<SiteReader> reader_;
  std::map<std::string, std::string> files_;  // provided, not yet read
  std::vector<std::string> missing_;          // asked for by the current call, not provided
  bool keep_files_ = false;                   // open() reads the manifest again each try
  // The last query's result: the rounds that fetch its fragments do not search again.
  std::string last_key_;
  std::optional<query::SearchResult> last_result_;
  std::map<std::uint32_t, Fragment> fragments_;  // by document; the last query's hits'
};

}  // namespace loupe::site
