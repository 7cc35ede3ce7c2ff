// SearchCorpus::search: a query answered as the hits envelope (engine.h shows its members and
// what each offset indexes), in named steps: parse the query, read the options, search, write
// the hits with snippets and highlights, write the facets. The envelope is the hot path of every
// query: written with core::JsonWriter, since an nlohmann tree cost more than the search itself.
#include <algorithm>

#include "core/json_writer.h"
#include "envelope/envelope.h"
#include "query/query_parser.h"
#include "query/snippeter.h"
#include "search/search_corpus.h"

namespace loupe::search {

struct SearchCorpus::Query {
  const query::Searcher& searcher;
  const query::SearchResult& result;
  const SearchRequestOptions& options;
};

namespace {

// The snippet of a hit's passage (re-analyzed to find the words to highlight); snippet_bytes 0
// means none (ranking only, e.g. benchmarks), which skips the re-analysis.
query::Snippet snippet_of(const std::string& text, const index::PassageInfo& p,
                          analysis::TextAnalyzer* analyzer, const query::Searcher& searcher,
                          const query::SearchResult& r, std::size_t snippet_bytes) {
  if (snippet_bytes == 0) return {{p.begin_byte, p.begin_byte}, {}};
  analysis::AnalyzedText passage;
  passage.text = text.substr(p.begin_byte, p.end_byte - p.begin_byte);
  if (analyzer) passage.tokens = analyzer->analyze_terms(passage.text, p.lang, false, true);
  const auto is_match = [&](std::string_view term) {
    return searcher.highlights(term, r.matched_terms);
  };
  return query::make_snippet(passage, p.begin_byte, is_match, snippet_bytes);
}

}  // namespace

SearchReply SearchCorpus::search(std::string_view query_text, std::string_view options_json) {
  const query::ParseResult parsed = query::parse_query(query_text);
  if (!parsed.ok()) {
    core::Status s(core::StatusCode::kInvalidArgument, parsed.error.message);
    std::string json =
        envelope::query_error_json(s, parsed.error.begin_byte, parsed.error.begin_u16);
    return {std::move(s), std::move(json)};
  }
  if (core::Status s = options_.read(options_json); !s.ok()) {
    std::string json = envelope::error_json(s);
    return {std::move(s), std::move(json)};
  }
  const SearchRequestOptions& options = options_.options();
  query::SearchOptions o = options.search;
  o.filter_passages = [this](const query::QueryNode& n) {
    return annotations_.passages(index_, n);
  };
  const query::Searcher s = searcher();
  const query::SearchResult r = s.search(parsed.root, o);
  const Query q{s, r, options};

  places_.sync(index_);
  core::JsonWriter j;
  // ~270 bytes a hit; a whole-passage snippet (up to 1 MiB) is not reserved for every hit.
  const std::size_t window = std::min<std::size_t>(options.snippet_bytes, 4096);
  j.reserve(256 + r.hits.size() * (320 + 2 * window));
  envelope::open_ok(j);
  j.key("total").num(r.total).key("total_docs").num(r.total_docs);
  write_hits(j, q);
  if (options.facet_member) write_facets(j, q);
  return {core::Status::ok_status(), j.close('}').take()};
}

void SearchCorpus::write_hits(core::JsonWriter& j, const Query& q) {
  j.key("hits").open('[');
  for (const query::Hit& h : q.result.hits) {
    const index::PassageInfo& p = index_.passages()[h.passage];
    const index::DocInfo& d = index_.docs()[p.doc];
    const bool title = p.field == index::Field::kTitle;
    const std::string& text = title ? d.title : d.text;
    const query::Snippet s =
        snippet_of(text, p, analyzer_, q.searcher, q.result, q.options.snippet_bytes);
    const Place pp = places_.place(index_, h.passage, {p.begin_byte, p.end_byte});
    const Place sp = places_.place(index_, h.passage, s.bytes);
    j.open('{').key("doc").str(d.id).key("name").str(d.name).key("passage").num(p.paragraph);
    j.key("field").str(title ? "title" : "body").key("lang").str(core::language_code(p.lang));
    j.key("score").real(h.score);
    j.key("snippet").str(std::string_view(text).substr(s.bytes.begin_byte, s.bytes.size()));
    j.key("snippet_begin_u16").num(sp.source_u16.begin_u16);
    j.key("snippet_end_u16").num(sp.source_u16.end_u16);
    j.key("highlights").open('[');
    for (const core::ByteRange& m : s.highlights) {
      const Place mp = places_.place(index_, h.passage, m);
      j.open('{');
      envelope::put_offsets(j, mp.input, mp.source_u16);
      j.key("in_snippet_begin_u16").num(mp.text_u16.begin_u16 - sp.text_u16.begin_u16);
      j.key("in_snippet_end_u16").num(mp.text_u16.end_u16 - sp.text_u16.begin_u16).close('}');
    }
    j.close(']');
    envelope::put_offsets(j, pp.input, pp.source_u16);
    j.close('}');
  }
  j.close(']');
}

// "facets": lang, the documents with the most matching passages (facet_limit of them), and the
// annotations' entity and year facets, as asked.
void SearchCorpus::write_facets(core::JsonWriter& j, const Query& q) {
  const query::SearchResult& r = q.result;
  j.key("facets").open('{');
  if (q.options.facet_lang) {
    j.key("lang").open('{');
    for (const auto& [lang, n] : r.lang_facet) j.key(core::language_code(lang)).num(n);
    j.close('}');
  }
  if (q.options.facet_doc) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> top = r.doc_facet;
    const std::size_t keep = std::min(top.size(), q.options.facet_limit);
    std::partial_sort(top.begin(), top.begin() + keep, top.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    j.key("doc").open('{');
    for (std::size_t i = 0; i < keep; ++i) j.key(index_.docs()[top[i].first].id).num(top[i].second);
    j.close('}');
  }
  write_annotation_facets(
      j, annotations_, index_, r.passages,
      {q.options.facet_entity, q.options.facet_year, q.options.facet_month, q.options.facet_limit});
  j.close('}');
}

}  // namespace loupe::search
