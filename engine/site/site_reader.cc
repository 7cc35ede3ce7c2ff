#include "site/site_reader.h"

#include <algorithm>

#include "index/hangul.h"
#include "index/postings.h"
#include "index/term_lookup_hook.h"

namespace loupe::site {
namespace {

using core::Status;
using core::StatusCode;

// The largest edit distance a word of the query allows (0: no fuzzy word).
int max_fuzzy(const query::QueryNode& n) {
  int most = n.fuzzy;
  for (const query::QueryNode& c : n.children) most = std::max(most, max_fuzzy(c));
  return most;
}

bool has_doc_filter(const query::QueryNode& n) {
  if (n.kind == query::QueryNode::Kind::kDoc) return true;
  return std::any_of(n.children.begin(), n.children.end(), has_doc_filter);
}

constexpr std::uint32_t kUnknownLength = 0xFFFFFFFFu;

}  // namespace

core::Result<std::unique_ptr<SiteReader>> SiteReader::open(Fetch fetch) {
  std::unique_ptr<SiteReader> r(new SiteReader(std::move(fetch)));
  auto manifest_file = r->fetch_file(kManifestName);
  if (!manifest_file.ok()) return manifest_file.status();
  auto payload = unwrap_file(kManifestMagic, manifest_file.value(), kManifestName);
  if (!payload.ok()) return payload.status();
  auto manifest = decode_manifest(payload.value());
  if (!manifest.ok()) return manifest.status();
  r->manifest_ = std::move(manifest.value());
  auto table_file = r->fetch_file(r->manifest_.table_file);
  if (!table_file.ok()) return table_file.status();
  payload = unwrap_file(kTableMagic, table_file.value(), r->manifest_.table_file);
  if (!payload.ok()) return payload.status();
  auto table = decode_table(payload.value(), r->manifest_);
  if (!table.ok()) return table.status();
  r->table_ = std::move(table.value());
  if (Status s = check_statistics(r->manifest_, r->table_); !s.ok()) return s;
  SiteReader* self = r.get();
  r->annotations_ = std::make_unique<AnnotationReader>(
      r->manifest_.annotations_file, r->manifest_.passages,
      [self](std::string_view magic, const std::string& name) -> core::Result<std::string> {
        auto bytes = self->fetch_file(name);
        if (!bytes.ok()) return bytes.status();
        ++self->counts_.annotations, self->counts_.annotation_bytes += bytes.value().size();
        auto payload = unwrap_file(magic, bytes.value(), name);
        if (!payload.ok()) return payload.status();
        return std::string(payload.value());
      });
  r->lengths_.assign(r->table_.passages.size(), kUnknownLength);
  r->loaded_.assign(r->manifest_.chunks.size(), false);
  if (Status s = r->build_partial(); !s.ok()) return s;
  if (Status s = r->grow_partial(); !s.ok()) return s;  // the spare lengths
  return r;
}

Status SiteReader::load_documents() {
  if (documents_loaded_) return Status();
  const std::string& name = manifest_.documents_file;
  auto bytes = fetch_file(name);
  if (!bytes.ok()) return bytes.status();
  auto payload = unwrap_file(kDocumentsMagic, bytes.value(), name);
  if (!payload.ok()) return payload.status();
  Table with_names = table_;
  if (Status s = decode_documents(payload.value(), with_names); !s.ok())
    return Status(StatusCode::kInvalidData, name + ": " + s.message());
  table_ = std::move(with_names);
  documents_loaded_ = true;
  // The documents change: a new partial index, the loaded terms and lengths carried over (the
  // partial's terms are in id order already).
  const index::IndexData old = partial_.data();
  if (Status s = build_partial(); !s.ok()) return s;
  std::vector<index::TermPostings> terms(old.terms.size());
  for (index::TermId t = 0; t < terms.size(); ++t)
    terms[t] = {std::string(old.terms.term(t)), old.postings[t], old.df[t]};
  std::vector<std::pair<std::uint32_t, std::uint32_t>> lengths;
  for (std::uint32_t p = 0; p < old.passages.size(); ++p)
    if (old.passages[p].length) lengths.emplace_back(p, old.passages[p].length);
  return partial_.add_terms(std::move(terms), lengths, false);
}

Status SiteReader::load_dictionary() {
  if (dictionary_loaded_) return Status();
  const std::string& name = manifest_.dictionary_file;
  auto bytes = fetch_file(name);
  if (!bytes.ok()) return bytes.status();
  auto payload = unwrap_file(kDictionaryMagic, bytes.value(), name);
  if (!payload.ok()) return payload.status();
  auto words = decode_dictionary(payload.value());
  if (!words.ok()) return Status(StatusCode::kInvalidData, name + ": " + words.status().message());
  for (const std::string& w : words.value()) dictionary_.intern(w);
  dictionary_jamo_.build(dictionary_);
  dictionary_loaded_ = true;
  return Status();
}

// The chunks of every whole word within `distance` edits of `key` (as TermExpander::add_fuzzy
// finds them in the whole dictionary).
void SiteReader::fuzzy_chunks(std::string_view key, int distance, std::vector<bool>& needed) const {
  if (key.empty() || key[0] == index::kCompoundMarker) return;  // never fuzzed
  std::vector<std::pair<int, index::TermId>> near;
  dictionary_jamo_.within(index::to_jamo(key), distance, near);
  for (const auto& [d, t] : near) chunks_for(dictionary_.term(t), false, needed);
}

core::Result<std::string> SiteReader::fetch_file(const std::string& name) {
  auto bytes = fetch_(name);
  if (!bytes.ok()) {
    return Status(bytes.status().code(), "cannot fetch " + name + ": " + bytes.status().message());
  }
  ++counts_.requests, counts_.bytes += bytes.value().size();
  return bytes;
}

std::size_t SiteReader::loaded_chunks() const {
  return static_cast<std::size_t>(std::count(loaded_.begin(), loaded_.end(), true));
}

void SiteReader::chunks_for(std::string_view key, bool prefix, std::vector<bool>& needed) const {
  const std::vector<ChunkRef>& c = manifest_.chunks;
  // The last chunk whose first term is <= key holds key, if any chunk does.
  const auto after = std::upper_bound(
      c.begin(), c.end(), key,
      [](std::string_view k, const auto& r) { return k < std::string_view(r.first_term); });
  std::size_t j = static_cast<std::size_t>(after - c.begin());
  if (j > 0) needed[j - 1] = true;
  // Terms starting with the prefix run on into the following chunks while their first terms
  // start with it (every term of a later chunk is greater than them all otherwise).
  for (; prefix && j < c.size() && c[j].first_term.starts_with(key); ++j) needed[j] = true;
}

Status SiteReader::load_chunk(std::size_t i) {
  const ChunkRef& ref = manifest_.chunks[i];
  auto bytes = fetch_file(ref.file);
  if (!bytes.ok()) return bytes.status();
  auto payload = unwrap_file(kChunkMagic, bytes.value(), ref.file);
  if (!payload.ok()) return payload.status();
  auto terms = decode_chunk(payload.value());
  if (!terms.ok())
    return Status(StatusCode::kInvalidData, ref.file + ": " + terms.status().message());
  const std::string* next =
      i + 1 < manifest_.chunks.size() ? &manifest_.chunks[i + 1].first_term : nullptr;
  const std::vector<ChunkTerm>& t = terms.value();
  if (t.size() != ref.terms || t.empty() || t.front().term != ref.first_term ||
      (next && t.back().term >= *next)) {
    return Status(StatusCode::kInvalidData, ref.file + ": its terms are not the manifest's range");
  }
  if (Status s = take_norms(t); !s.ok()) return Status(s.code(), ref.file + ": " + s.message());
  for (ChunkTerm& term : terms.value()) pending_terms_.push_back(std::move(term));
  loaded_[i] = true;
  ++counts_.chunks, counts_.chunk_bytes += bytes.value().size();
  return Status();
}

// The norms a chunk lists for its postings' passages: each passage in range, and the same
// length whichever chunk gives it. Checked whole before any is kept.
Status SiteReader::take_norms(const std::vector<ChunkTerm>& terms) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> found;  // passage, length
  for (const ChunkTerm& t : terms) {
    index::PostingCursor cursor(t.postings, false);
    // decode_chunk read exactly one norm per entry of these postings.
    for (std::size_t k = 0; cursor.next(); ++k) {
      const std::uint32_t p = cursor.passage();
      if (p >= lengths_.size()) return Status(StatusCode::kInvalidData, "a passage out of range");
      found.emplace_back(p, t.norms[k]);
    }
  }
  std::sort(found.begin(), found.end());
  for (std::size_t i = 0; i < found.size(); ++i) {
    const auto [p, length] = found[i];
    if ((i > 0 && found[i - 1].first == p && found[i - 1].second != length) ||
        (lengths_[p] != kUnknownLength && lengths_[p] != length))
      return Status(StatusCode::kInvalidData, "a passage's length differs between terms");
  }
  for (const auto& [p, length] : found) {
    if (lengths_[p] != kUnknownLength) continue;  // a duplicate: the same length, checked above
    lengths_[p] = length;
    known_length_[static_cast<int>(table_.passages[p].field)] += length;
    pending_lengths_.emplace_back(p, length);
  }
  return Status();
}

// Every document and passage, no terms (grow_partial adds the loaded chunks'). The
// documents' texts and passage ranges stay in their fragments: the searcher reads neither, so
// the partial index has empty texts and empty ranges. Ids and names are read by doc: filters
// only, which load the documents file first; until then each document is named by its number
// (ids must differ).
Status SiteReader::build_partial() {
  index::IndexData d;
  d.docs.reserve(table_.docs.size());
  for (const TableDoc& t : table_.docs) {
    index::DocInfo doc;
    if (documents_loaded_) {
      doc.id = t.id, doc.name = t.name, doc.title = t.title;
    } else {
      doc.id.assign(1, '#').append(std::to_string(d.docs.size()));
      doc.name = doc.id;
    }
    doc.to_input = normalize::OffsetMap::identity(0);
    doc.u16_to_source = normalize::OffsetMap::identity(0);
    doc.first_passage = t.first_passage, doc.passage_count = t.passage_count;
    d.docs.push_back(std::move(doc));
  }
  d.passages = table_.passages;  // ranges, paragraphs and lengths 0: set by grow_partial
  auto built = index::SearchIndex::from_data(std::move(d));
  if (!built.ok()) return Status(StatusCode::kInvalidData, "table: " + built.status().message());
  partial_ = std::move(built.value());
  return Status();
}

Status SiteReader::grow_partial() {
  if (!broken_.ok()) return broken_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> lengths = std::move(pending_lengths_);
  pending_lengths_.clear();
  if (Status s = spare_lengths(lengths); !s.ok()) return broken_ = s;
  std::vector<ChunkTerm> added = std::move(pending_terms_);
  pending_terms_.clear();
  // Terms keep their whole-index id order (ties the searcher breaks by term id break alike):
  // appended when they all come after the loaded ones, else all laid out again.
  bool append = true;
  for (const ChunkTerm& t : added)
    append = append && (whole_ids_.empty() || t.id > whole_ids_.back());
  std::vector<index::TermPostings> terms;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> order;  // (whole id, index in terms)
  if (!append) {
    const index::IndexData& d = partial_.data();
    for (index::TermId t = 0; t < d.terms.size(); ++t) {
      order.emplace_back(whole_ids_[t], static_cast<std::uint32_t>(terms.size()));
      terms.push_back({std::string(d.terms.term(t)), d.postings[t], d.df[t]});
    }
    whole_ids_.clear();
  }
  for (ChunkTerm& t : added) {
    order.emplace_back(t.id, static_cast<std::uint32_t>(terms.size()));
    terms.push_back({std::move(t.term), std::move(t.postings), t.df});
  }
  std::sort(order.begin(), order.end());
  std::vector<index::TermPostings> sorted(terms.size());
  std::vector<std::uint32_t> ids(terms.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    sorted[i] = std::move(terms[order[i].second]), ids[i] = order[i].first;
  if (Status s = partial_.add_terms(std::move(sorted), lengths, append); !s.ok())
    return broken_ = Status(StatusCode::kInvalidData, "chunks: " + s.message());
  whole_ids_.insert(whole_ids_.end(), ids.begin(), ids.end());
  return Status();
}

// A passage no loaded chunk lists is in no loaded postings, so no query scores it: the first
// such passage of each field takes what the manifest's total leaves (the BM25 average length
// stays the whole index's), the others 0. The first moves only forward: over all rounds, one
// pass over the passages.
Status SiteReader::spare_lengths(std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) {
  const std::vector<index::PassageInfo>& passages = table_.passages;
  for (int f = 0; f < index::kFieldCount; ++f) {
    std::size_t& i = spare_[f];
    while (i < passages.size() &&
           (static_cast<int>(passages[i].field) != f || lengths_[i] != kUnknownLength))
      ++i;
    const std::uint64_t total = manifest_.total_length[f], known = known_length_[f];
    const bool has_spare = i < passages.size();
    if (known > total || (!has_spare && known != total) || total - known > 0xFFFFFFFFu)
      return Status(StatusCode::kInvalidData, "chunks: passage lengths differ from the manifest's");
    if (has_spare) out.emplace_back(static_cast<std::uint32_t>(i), total - known);
  }
  return Status();
}

core::Result<query::SearchResult> SiteReader::search(const query::QueryNode& root,
                                                     const query::SearchOptions& options,
                                                     const query::QueryAnalyzer& analyze) {
  if (!broken_.ok()) return broken_;
  if (has_doc_filter(root)) {
    if (Status s = load_documents(); !s.ok()) return s;
  }
  // A fuzzy word's neighbours may start anywhere: they come from the dictionary, around every
  // term the query looks up whole (the fuzzy word's readings among them).
  const int fuzzy = max_fuzzy(root);
  if (fuzzy > 0) {
    if (Status s = load_dictionary(); !s.ok()) return s;
  }
  // entity: and date: read annotation pages (site_annotation_reader.h), fetched before the run.
  query::SearchOptions with_filters = options;
  if (!options.filter_passages) {
    if (Status s = annotations_->prepare(root); !s.ok()) return s;
    with_filters.filter_passages = [this](const query::QueryNode& n) {
      return annotations_->passages(n);
    };
  }
  std::vector<bool> needed(manifest_.chunks.size(), false);
  std::vector<std::string> whole_keys;
  const index::TermLookupObserver observer = [&](std::string_view key, bool prefix) {
    chunks_for(key, prefix, needed);
    if (fuzzy > 0 && !prefix) whole_keys.emplace_back(key);
  };
  // Each round loads at least one chunk or ends: at most one round per chunk, and in practice
  // two (the query's words, then what their expansions found).
  for (;;) {
    query::SearchResult result;
    {
      const index::TermLookupScope observe(partial_.terms(), observer);
      result = query::Searcher(partial_, analyze, {}, nullptr).search(root, with_filters);
    }
    for (const std::string& key : whole_keys) fuzzy_chunks(key, fuzzy, needed);
    whole_keys.clear();
    // Every needed chunk is asked for, even after one fails: a caller that fetches
    // asynchronously (site_session.h) learns all of a round's files at once.
    bool loaded_any = false;
    Status first_error;
    for (std::size_t i = 0; i < needed.size(); ++i) {
      if (!needed[i] || loaded_[i]) continue;
      if (Status s = load_chunk(i); !s.ok()) {
        if (first_error.ok()) first_error = std::move(s);
        continue;
      }
      loaded_any = true;
    }
    if (!first_error.ok() && !loaded_any) return first_error;
    if (!loaded_any) return result;
    // Grown even when a chunk failed: the next search must see the ones that loaded.
    if (Status s = grow_partial(); !s.ok()) return s;
    if (!first_error.ok()) return first_error;
  }
}

core::Result<Fragment> SiteReader::fragment(std::uint32_t doc) {
  if (doc >= table_.docs.size())
    return Status(StatusCode::kOutOfRange, "no document " + std::to_string(doc));
  const TableDoc& t = table_.docs[doc];
  const std::string name = table_.fragment_file(doc);
  auto bytes = fetch_file(name);
  if (!bytes.ok()) return bytes.status();
  auto payload = unwrap_file(kFragmentMagic, bytes.value(), name);
  if (!payload.ok()) return payload.status();
  auto f = decode_fragment(payload.value(), t, table_.passages);
  if (!f.ok()) return Status(StatusCode::kInvalidData, name + ": " + f.status().message());
  ++counts_.fragments, counts_.fragment_bytes += bytes.value().size();
  return f;
}

}  // namespace loupe::site
