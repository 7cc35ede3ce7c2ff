#include "site/site_session.h"

#include <algorithm>

#include "core/json_writer.h"
#include "core/utf16_index.h"
#include "envelope/envelope.h"
#include "query/query_parser.h"
#include "query/snippeter.h"

namespace loupe::site {
namespace {

using core::Status;
using core::StatusCode;

constexpr std::size_t kSnippetBytes = 240;  // as the in-memory engine's default
constexpr std::size_t kMaxLimit = 1000;
constexpr std::size_t kKeptFragments = 256;  // past this, the fragments of older queries go

void write_counts(core::JsonWriter& j, const FetchCounts& c) {
  j.key("fetched").open('{').key("requests").num(c.requests).key("bytes").num(c.bytes);
  j.key("chunks").num(c.chunks).key("chunk_bytes").num(c.chunk_bytes);
  j.key("fragments").num(c.fragments).key("fragment_bytes").num(c.fragment_bytes).close('}');
}

}  // namespace

core::Result<std::unique_ptr<SiteSession>> SiteSession::create() {
  auto analyzer = analysis::TextAnalyzer::create();
  if (!analyzer.ok()) return analyzer.status();
  return std::unique_ptr<SiteSession>(new SiteSession(std::move(analyzer.value())));
}

SiteSession::SiteSession(std::unique_ptr<analysis::TextAnalyzer> analyzer)
    : analyzer_(std::move(analyzer)), readings_(analyzer_.get()) {
  analyze_ = [this](std::string_view w, core::Language l) { return readings_.terms(w, l); };
}

void SiteSession::provide(std::string name, std::string bytes) {
  files_[std::move(name)] = std::move(bytes);
}

// The reader's fetch: a provided file, or a note that the caller must fetch it. A file read
// for good (a chunk, a fragment) is dropped: the reader keeps it decoded.
core::Result<std::string> SiteSession::take_file(const std::string& name) {
  auto it = files_.find(name);
  if (it == files_.end()) {
    if (std::find(missing_.begin(), missing_.end(), name) == missing_.end())
      missing_.push_back(name);
    return Status(StatusCode::kOutOfRange, "not fetched yet");
  }
  if (keep_files_) return it->second;
  std::string bytes = std::move(it->second);
  files_.erase(it);
  return bytes;
}

std::string SiteSession::need_json() const {
  core::JsonWriter j;
  envelope::open_ok(j);
  j.key("need").open('[');
  for (const std::string& name : missing_) j.str(name);
  j.close(']');
  return j.close('}').take();
}

std::string SiteSession::open_json() {
  missing_.clear();
  if (!reader_) {
    keep_files_ = true;
    auto r = SiteReader::open([this](const std::string& name) { return take_file(name); });
    keep_files_ = false;
    if (!r.ok()) return missing_.empty() ? envelope::error_json(r.status()) : need_json();
    reader_ = std::move(r.value());
    files_.clear();  // the manifest and the table are decoded
  }
  core::JsonWriter j;
  envelope::open_ok(j);
  j.key("documents").num(reader_->manifest().documents);
  j.key("chunks").num(reader_->manifest().chunk_count);
  return j.close('}').take();
}

std::string SiteSession::search_json(std::string_view query_text, std::size_t limit,
                                     std::size_t per_doc) {
  if (!reader_) return envelope::error_json(Status(StatusCode::kInvalidArgument, "not open"));
  if (limit == 0 || limit > kMaxLimit || per_doc == 0 || per_doc > kMaxLimit)
    return envelope::error_json(Status(StatusCode::kInvalidArgument, "limit, per_doc: 1 to 1000"));
  missing_.clear();
  const std::string key =
      std::to_string(limit) + ' ' + std::to_string(per_doc) + ' ' + std::string(query_text);
  if (key != last_key_ || !last_result_) {
    const query::ParseResult parsed = query::parse_query(query_text);
    if (!parsed.ok()) {
      return envelope::query_error_json(Status(StatusCode::kInvalidArgument, parsed.error.message),
                                        parsed.error.begin_byte, parsed.error.begin_u16);
    }
    query::SearchOptions options;
    options.limit = limit, options.per_doc = per_doc;
    auto r = reader_->search(parsed.root, options, analyze_);
    if (!r.ok()) return missing_.empty() ? envelope::error_json(r.status()) : need_json();
    last_key_ = key, last_result_ = std::move(r.value());
  }
  // The hits' fragments, every missing one asked for at once.
  if (fragments_.size() > kKeptFragments) fragments_.clear();
  for (const query::Hit& h : last_result_->hits) {
    const std::optional<ChunkEntry> p = reader_->passage(h.passage);
    if (!p) return envelope::error_json(Status(StatusCode::kInvalidData, "a hit no chunk lists"));
    const std::uint32_t doc = p->doc;
    if (fragments_.count(doc)) continue;
    auto f = reader_->fragment(doc);
    if (f.ok())
      fragments_.emplace(doc, std::move(f.value()));
    else if (missing_.empty() || f.status().code() != StatusCode::kOutOfRange)
      return envelope::error_json(f.status());
  }
  if (!missing_.empty()) return need_json();
  const query::Searcher searcher(reader_->partial_index(), analyze_, {}, nullptr);
  return hits_json(*last_result_, searcher);
}

// The hits as the in-memory engine's envelope writes them (search/search_hits.cc), offsets
// given as the snippet's UTF-16 units.
std::string SiteSession::hits_json(const query::SearchResult& r, const query::Searcher& searcher) {
  core::JsonWriter j;
  envelope::open_ok(j);
  j.key("total").num(r.total).key("total_docs").num(r.total_docs);
  j.key("hits").open('[');
  for (const query::Hit& h : r.hits) {
    const ChunkEntry p = *reader_->passage(h.passage);  // every hit's: checked above
    const Fragment& f = fragments_.at(p.doc);           // every hit's was loaded above
    const bool title = p.field == index::Field::kTitle;
    // decode_fragment checked each range against the text or the title.
    if (h.passage < f.first_passage || h.passage - f.first_passage >= f.passages.size() ||
        f.passages[h.passage - f.first_passage].title != title)
      return envelope::error_json(
          Status(StatusCode::kInvalidData, "fragment of " + f.id + ": not its chunks' passages"));
    const PassageRange& range = f.passages[h.passage - f.first_passage];
    const std::string& text = title ? f.title : f.text;
    analysis::AnalyzedText passage;
    passage.text = text.substr(range.begin_byte, range.end_byte - range.begin_byte);
    passage.tokens = analyzer_->analyze_terms(passage.text, p.lang, false, true);
    const auto is_match = [&](std::string_view t) {
      return searcher.highlights(t, r.matched_terms);
    };
    const query::Snippet s =
        query::make_snippet(passage, range.begin_byte, is_match, kSnippetBytes);
    j.open('{').key("doc").str(f.id).key("name").str(f.name).key("title").str(f.title);
    j.key("passage").num(range.paragraph).key("field").str(title ? "title" : "body");
    j.key("lang").str(core::language_code(p.lang)).key("score").real(h.score);
    j.key("snippet").str(std::string_view(text).substr(s.bytes.begin_byte, s.bytes.size()));
    j.key("highlights").open('[');
    for (const core::ByteRange& m : s.highlights) {
      const std::size_t b = core::walk_utf16(text, s.bytes.begin_byte, m.begin_byte).units;
      const std::size_t e = b + core::walk_utf16(text, m.begin_byte, m.end_byte).units;
      j.open('{').key("begin_u16").num(b).key("end_u16").num(e).close('}');
    }
    j.close(']').close('}');
  }
  j.close(']');
  write_counts(j, reader_->counts());
  j.key("chunks_total").num(reader_->manifest().chunk_count);
  return j.close('}').take();
}

}  // namespace loupe::site
