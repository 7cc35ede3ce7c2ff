#include "search/search_corpus.h"

#include <algorithm>

#include "core/json_writer.h"
#include "core/utf16_index.h"
#include "document/document_title.h"
#include "document/prepared_document.h"
#include "envelope/envelope.h"
#include "query/query_parser.h"
#include "storage/index_serializer.h"

namespace loupe::search {
namespace {

core::Result<std::unique_ptr<document::PreparedDocument>> prepare(
    std::string_view input, analysis::TextAnalyzer* analyzer,
    document::TokenMode mode = document::TokenMode::kWhole) {
  if (!analyzer) return core::Status(core::StatusCode::kInternal, "ICU break rules unavailable");
  return document::prepare_document(input, *analyzer, mode);
}

}  // namespace

SearchCorpus::SearchCorpus(analysis::TextAnalyzer* analyzer,
                           SearchAnnotations::DateExtractorSource dates)
    : analyzer_(analyzer), annotations_(std::move(dates)), readings_(analyzer) {}

core::Status SearchCorpus::add_document(std::string_view id, std::string_view name,
                                        std::string_view input) {
  // The body's tokens are made a paragraph at a time as the index takes them, none held whole.
  auto prepared = prepare(input, analyzer_, document::TokenMode::kPerParagraph);
  if (!prepared.ok()) return prepared.status();
  document::PreparedDocument& p = *prepared.value();
  index::DocumentInput doc{std::string(id), std::string(name), {}, {}, {}, {}, {}};
  if (const std::string t = document::document_title(name, p.analyzed.text); !t.empty()) {
    if (auto title = prepare(t, analyzer_); title.ok()) {
      doc.title = std::move(title.value()->analyzed);
    }
  }
  {
    const core::Utf16Index text_u16(p.analyzed.text);  // views the text: done before the move
    doc.to_input = normalize::OffsetMap::compose(p.source_to_input, p.to_source);
    doc.u16_to_source = document::utf16_map(p, text_u16);
  }
  // Not read while the index takes the tokens: freed first (a text of repairs holds ~7 bytes
  // per input byte in them, the decoded source 1 or more).
  std::vector<normalize::Repair>().swap(p.repairs);
  p.source_u16.reset();
  std::string().swap(p.source);
  doc.body = std::move(p.analyzed);
  doc.body_tokens = [&p](const analysis::AnalyzedText& body,
                         std::vector<analysis::AnalyzedToken>& tokens, std::uint32_t& paragraph) {
    return p.analyzer->next_piece(body, p.pending, tokens, paragraph);
  };
  annotations_.forget(doc.id);
  return index_.add_document(std::move(doc));
}

// Keys sorted, as nlohmann wrote this envelope first. "title" is the document's title
// (document/document_title.h; "" for none): the app names documents by it.
std::string SearchCorpus::add_document_json(std::string_view id, std::string_view name,
                                            std::string_view input) {
  const core::Status s = add_document(id, name, input);
  if (!s.ok()) return envelope::error_json(s);
  const index::DocInfo& d = index_.docs()[index_.find_document(std::string(id))];
  core::JsonWriter j;
  j.open('{').key("doc").str(d.id);
  j.key("ok").boolean(true).key("passages").num(d.passage_count).key("title").str(d.title);
  j.key("v").num(envelope::kVersion);
  return j.close('}').take();
}

bool SearchCorpus::remove_document(std::string_view id) {
  annotations_.forget(std::string(id));
  return index_.remove_document(std::string(id));
}

query::Searcher SearchCorpus::searcher() {
  return query::Searcher(
      index_, [this](std::string_view w, core::Language l) { return readings_.terms(w, l); }, {},
      readings_.memo());
}

// Both forms' ranking (the JSON one writes ids from the index, no copy of them).
RankedHits SearchCorpus::top_hits(std::string_view query_text, std::size_t limit) {
  RankedHits out;
  const query::ParseResult parsed = query::parse_query(query_text);
  if (!parsed.ok()) {
    out.status = core::Status(core::StatusCode::kInvalidArgument, parsed.error.message);
    out.error_begin_byte = parsed.error.begin_byte, out.error_begin_u16 = parsed.error.begin_u16;
    return out;
  }
  query::SearchOptions o;
  o.limit = std::min<std::size_t>(limit, 100000), o.per_doc = 1, o.facets = false;
  o.filter_passages = [this](const query::QueryNode& n) {
    return annotations_.passages(index_, n);
  };
  out.hits = searcher().top_docs(parsed.root, o.limit, o, block_max_);
  return out;
}

std::string SearchCorpus::top_docs_json(std::string_view query_text, std::size_t limit) {
  const RankedHits r = top_hits(query_text, limit);
  if (!r.status.ok()) {
    return envelope::query_error_json(r.status, r.error_begin_byte, r.error_begin_u16);
  }
  core::JsonWriter j;
  j.reserve(64 + r.hits.size() * 48);
  envelope::open_ok(j);
  j.key("docs").open('[');
  for (const query::Hit& h : r.hits) j.str(index_.docs()[index_.passages()[h.passage].doc].id);
  j.close(']').key("scores").open('[');
  for (const query::Hit& h : r.hits) j.real(h.score);
  return j.close(']').close('}').take();
}

// Keys sorted, as nlohmann wrote this envelope first. "title" is the document's title
// (document/document_title.h; "" for none): the app names documents by it.
std::string SearchCorpus::stats_json() const {
  std::size_t text_bytes = 0, postings_bytes = 0;
  for (const index::DocInfo& d : index_.docs()) {
    text_bytes += d.alive ? d.text.size() + d.title.size() : 0;
  }
  for (index::TermId t = 0; t < index_.terms().size(); ++t) {
    postings_bytes += index_.postings(t).size();
  }
  const std::size_t passages =
      index_.live_passages(index::Field::kBody) + index_.live_passages(index::Field::kTitle);
  core::JsonWriter j;
  j.open('{').key("documents").num(index_.live_documents()).key("ok").boolean(true);
  j.key("passages").num(passages).key("postings_bytes").num(postings_bytes);
  j.key("term_bytes").num(index_.terms().arena_bytes()).key("terms").num(index_.terms().size());
  j.key("text_bytes").num(text_bytes).key("v").num(envelope::kVersion);
  return j.close('}').take();
}

std::vector<std::uint8_t> SearchCorpus::save(bool with_text) {
  index_.compact();
  return storage::save_index(index_, with_text);
}

core::Status SearchCorpus::load(std::string_view bytes, const storage::TextSource& text) {
  auto loaded = storage::load_index(bytes, text);
  if (!loaded.ok()) return loaded.status();
  index_ = std::move(loaded.value());
  places_.reset();  // layout_version() may repeat across indexes
  block_max_ = query::BlockMaxCache();
  readings_.drop_expansions();  // they hold the old index's term ids
  annotations_.clear();
  return core::Status::ok_status();
}

}  // namespace loupe::search
