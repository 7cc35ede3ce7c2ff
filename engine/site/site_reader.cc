#include "site/site_reader.h"

#include <algorithm>

#include "index/hangul.h"
#include "index/postings.h"
#include "index/term_lookup_hook.h"

namespace loupe::site {
namespace {

using core::Status;
using core::StatusCode;
using Kind = query::QueryNode::Kind;

// The largest edit distance a word of the query allows (0: no fuzzy word).
int max_fuzzy(const query::QueryNode& n) {
  int most = n.fuzzy;
  for (const query::QueryNode& c : n.children) most = std::max(most, max_fuzzy(c));
  return most;
}

bool has_doc_filter(const query::QueryNode& n) {
  if (n.kind == Kind::kDoc) return true;
  return std::any_of(n.children.begin(), n.children.end(), has_doc_filter);
}

// A word of letters or digits has a reading; one of ASCII punctuation alone has none, and
// the searcher takes it as no constraint.
bool has_reading(const query::QueryNode& n) {
  if (n.kind == Kind::kPhrase) return true;
  return n.kind == Kind::kTerm && std::any_of(n.text.begin(), n.text.end(), [](char c) {
           const auto u = static_cast<unsigned char>(c);
           return u >= 0x80 || (u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
         });
}

// A filter the searcher may answer by listing every passage of a language, a document, an
// entity or a period (query/searcher.cc: one not beside a word or a phrase in an AND). The
// partial index must then hold those passages: a lone lang: or doc: filter, or any filter
// under a NOT (its complement), reads the table of every passage (`table` true); a lone
// entity: or date: filter's passages come with their records in the annotation pages
// (`annotated` gets its node).
void lone_filters(const query::QueryNode& n, bool anchored, bool negated, bool& table,
                  std::vector<const query::QueryNode*>& annotated) {
  if (n.kind == Kind::kLang || n.kind == Kind::kDoc) return void(table = table || !anchored);
  if (n.kind == Kind::kEntity || n.kind == Kind::kDate) {
    if (anchored) return;
    if (negated) return void(table = true);
    return annotated.push_back(&n);
  }
  const bool anchors =
      n.kind == Kind::kAnd && std::any_of(n.children.begin(), n.children.end(), has_reading);
  for (const query::QueryNode& c : n.children)
    lone_filters(c, anchors, negated || n.kind == Kind::kNot, table, annotated);
}

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
  const Manifest& m = r->manifest_;
  std::uint32_t first = 0;
  for (const PageRef& page : m.pages) r->page_start_.push_back(first), first += page.chunks;
  r->page_chunks_.resize(m.pages.size());
  r->page_loaded_.assign(m.pages.size(), false);
  r->loaded_.assign(m.chunk_count, false);
  r->hashes_.resize(m.hash_files.size());
  SiteReader* self = r.get();
  r->annotations_ = std::make_unique<AnnotationReader>(
      m.annotations_file, m.passages, m.documents,
      [self](std::string_view magic, const std::string& name) -> core::Result<std::string> {
        auto bytes = self->fetch_file(name);
        if (!bytes.ok()) return bytes.status();
        ++self->counts_.annotations, self->counts_.annotation_bytes += bytes.value().size();
        auto payload = unwrap_file(magic, bytes.value(), name);
        if (!payload.ok()) return payload.status();
        return std::string(payload.value());
      });
  return r;
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

Status SiteReader::load_documents() {
  if (documents_loaded_) return Status();
  const std::string& name = manifest_.documents_file;
  auto bytes = fetch_file(name);
  if (!bytes.ok()) return bytes.status();
  auto payload = unwrap_file(kDocumentsMagic, bytes.value(), name);
  if (!payload.ok()) return payload.status();
  Table with_names = table_;
  with_names.docs.resize(manifest_.documents);
  if (Status s = decode_documents(payload.value(), with_names); !s.ok())
    return Status(StatusCode::kInvalidData, name + ": " + s.message());
  table_ = std::move(with_names);
  documents_loaded_ = true, dirty_ = true;
  return Status();
}

Status SiteReader::load_table() {
  if (table_loaded_) return Status();
  const std::string& name = manifest_.table_file;
  auto bytes = fetch_file(name);
  if (!bytes.ok()) return bytes.status();
  auto payload = unwrap_file(kTableMagic, bytes.value(), name);
  if (!payload.ok()) return payload.status();
  auto table = decode_table(payload.value(), manifest_);
  if (!table.ok()) return table.status();
  if (Status s = check_statistics(manifest_, table.value()); !s.ok()) return s;
  for (std::size_t d = 0; documents_loaded_ && d < table_.docs.size(); ++d) {
    TableDoc& to = table.value().docs[d];
    to.id = std::move(table_.docs[d].id), to.name = std::move(table_.docs[d].name);
    to.title = std::move(table_.docs[d].title);
  }
  table_ = std::move(table.value());
  table_loaded_ = true, dirty_ = true;
  return Status();
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

Status SiteReader::load_page(std::size_t page) {
  const PageRef& ref = manifest_.pages[page];
  auto bytes = fetch_file(ref.file);
  if (!bytes.ok()) return bytes.status();
  auto payload = unwrap_file(kPageMagic, bytes.value(), ref.file);
  if (!payload.ok()) return payload.status();
  auto chunks = decode_page(payload.value(), ref);
  if (!chunks.ok())
    return Status(StatusCode::kInvalidData, ref.file + ": " + chunks.status().message());
  if (page + 1 < manifest_.pages.size() &&
      chunks.value().back().first_term >= manifest_.pages[page + 1].first_term)
    return Status(StatusCode::kInvalidData, ref.file + ": its chunks are not the manifest's range");
  page_chunks_[page] = std::move(chunks.value());
  page_loaded_[page] = true;
  return Status();
}

std::size_t SiteReader::page_of(std::size_t chunk) const {
  // page_start_[0] is 0 <= chunk: the result is a page.
  return static_cast<std::size_t>(std::upper_bound(page_start_.begin(), page_start_.end(), chunk) -
                                  page_start_.begin()) -
         1;
}

void SiteReader::chunks_for(std::string_view key, bool prefix, std::vector<bool>& needed,
                            std::vector<bool>& pages) const {
  const std::vector<PageRef>& p = manifest_.pages;
  const auto by_first = [](std::string_view k, const auto& r) {
    return k < std::string_view(r.first_term);
  };
  // The last chunk whose first term is <= key holds key, if any chunk does: in the last page
  // whose first term is <= key.
  const std::size_t after =
      static_cast<std::size_t>(std::upper_bound(p.begin(), p.end(), key, by_first) - p.begin());
  std::size_t g = 0;  // the next chunk a prefix may run on into
  if (after > 0) {
    const std::size_t page = after - 1;
    if (!page_loaded_[page]) return void(pages[page] = true);
    const std::vector<ChunkRef>& c = page_chunks_[page];
    // >= 1: the page's first chunk starts with its first term, which is <= key.
    const auto j =
        static_cast<std::size_t>(std::upper_bound(c.begin(), c.end(), key, by_first) - c.begin());
    needed[page_start_[page] + j - 1] = true;
    g = page_start_[page] + j;
  } else if (!prefix) {
    return;
  }
  // Terms starting with the prefix run on into the following chunks while their first terms
  // start with it (every term of a later chunk is greater than them all otherwise).
  for (; prefix && g < loaded_.size(); ++g) {
    const std::size_t page = page_of(g);
    if (g == page_start_[page] && !p[page].first_term.starts_with(key)) return;
    if (!page_loaded_[page]) return void(pages[page] = true);
    if (!page_chunks_[page][g - page_start_[page]].first_term.starts_with(key)) return;
    needed[g] = true;
  }
}

Status SiteReader::load_chunk(std::size_t chunk) {
  const std::size_t page = page_of(chunk), i = chunk - page_start_[page];
  const ChunkRef& ref = page_chunks_[page][i];
  auto bytes = fetch_file(ref.file);
  if (!bytes.ok()) return bytes.status();
  auto payload = unwrap_file(kChunkMagic, bytes.value(), ref.file);
  if (!payload.ok()) return payload.status();
  auto terms = decode_chunk(payload.value());
  if (!terms.ok())
    return Status(StatusCode::kInvalidData, ref.file + ": " + terms.status().message());
  const std::string* next =
      i + 1 < page_chunks_[page].size()   ? &page_chunks_[page][i + 1].first_term
      : page + 1 < manifest_.pages.size() ? &manifest_.pages[page + 1].first_term
                                          : nullptr;
  std::vector<ChunkTerm>& t = terms.value();
  if (t.size() != ref.terms || t.empty() || t.front().term != ref.first_term ||
      (next && t.back().term >= *next)) {
    return Status(StatusCode::kInvalidData, ref.file + ": its terms are not the manifest's range");
  }
  std::vector<Known> found;
  for (const ChunkTerm& term : t) {
    index::PostingCursor cursor(term.postings, false);
    // decode_chunk read exactly one entry per posting.
    for (std::size_t k = 0; cursor.next(); ++k) {
      const ChunkEntry& e = term.entries[k];
      if (cursor.passage() >= manifest_.passages || e.doc >= manifest_.documents)
        return Status(StatusCode::kInvalidData, ref.file + ": a passage out of range");
      found.push_back({cursor.passage(), e});
    }
  }
  if (Status s = check_entries(found); !s.ok())
    return Status(s.code(), ref.file + ": " + s.message());
  pending_known_.insert(pending_known_.end(), found.begin(), found.end());
  for (ChunkTerm& term : t) terms_.push_back(std::move(term));
  loaded_[chunk] = true, dirty_ = true;
  ++counts_.chunks, counts_.chunk_bytes += bytes.value().size();
  return Status();
}

core::Result<bool> SiteReader::load_for(const std::vector<std::pair<std::string, bool>>& keys) {
  std::vector<bool> needed(loaded_.size(), false);
  for (;;) {  // each pass loads a page or ends: the pages a key runs through, in order
    std::vector<bool> pages(page_loaded_.size(), false);
    needed.assign(loaded_.size(), false);
    for (const auto& [key, prefix] : keys) chunks_for(key, prefix, needed, pages);
    if (std::find(pages.begin(), pages.end(), true) == pages.end()) break;
    Status first_error;
    for (std::size_t i = 0; i < pages.size(); ++i) {
      if (!pages[i]) continue;
      if (Status s = load_page(i); !s.ok() && first_error.ok()) first_error = std::move(s);
    }
    if (!first_error.ok()) return first_error;  // every page of the step asked for
  }
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
  if (!first_error.ok()) {
    if (loaded_any) {  // the next search must see the ones that loaded
      if (Status s = rebuild(); !s.ok()) broken_ = s;
    }
    return first_error;
  }
  return loaded_any;
}

// The dictionary's words within `fuzzy` edits of each whole key looked up, appended to keys.
void SiteReader::add_fuzzy_neighbours(int fuzzy,
                                      std::vector<std::pair<std::string, bool>>& keys) const {
  const std::size_t looked_up = keys.size();
  for (std::size_t i = 0; i < looked_up; ++i) {
    if (keys[i].second || keys[i].first.empty() || keys[i].first[0] == index::kCompoundMarker)
      continue;  // compound suffixes are never fuzzed
    std::vector<std::pair<int, index::TermId>> near;
    dictionary_jamo_.within(index::to_jamo(keys[i].first), fuzzy, near);
    for (const auto& [dist, t] : near) keys.emplace_back(dictionary_.term(t), false);
  }
}

core::Result<query::SearchResult> SiteReader::search(const query::QueryNode& root,
                                                     const query::SearchOptions& options,
                                                     const query::QueryAnalyzer& analyze) {
  if (!broken_.ok()) return broken_;
  // The files read before the run (documents, table, word list, annotation pages): one not
  // fetched yet (kOutOfRange: an asynchronous caller, site_session.h) does not stop the run, so
  // its lookups ask for their pages and chunks in the same round; the answer waits for all.
  Status waiting;
  const auto wait = [&waiting](const Status& s) {  // false: an error to return at once
    if (s.ok() || s.code() != StatusCode::kOutOfRange) return s.ok();
    if (waiting.ok()) waiting = s;
    return true;
  };
  if (Status s = has_doc_filter(root) ? load_documents() : Status(); !wait(s)) return s;
  bool table = false;
  std::vector<const query::QueryNode*> annotated;
  lone_filters(root, false, false, table, annotated);
  if (Status s = table ? load_table() : Status(); !wait(s)) return s;
  // A fuzzy word's neighbours may start anywhere: they come from the dictionary, around every
  // term the query looks up whole (the fuzzy word's readings among them).
  const int fuzzy = max_fuzzy(root);
  if (Status s = fuzzy > 0 ? load_dictionary() : Status(); !wait(s)) return s;
  // entity: and date: read annotation pages (site_annotation_reader.h), fetched before the run;
  // their passages (whole-index numbers) are given to the searcher in the partial index's.
  query::SearchOptions with_filters = options;
  if (!options.filter_passages) {
    if (Status s = annotations_->prepare(root); !wait(s)) return s;
    if (!table_loaded_) {
      for (const query::QueryNode* n : annotated) add_annotated(annotations_->passage_records(*n));
    }
    with_filters.filter_passages = [this](const query::QueryNode& n) {
      return to_partial(annotations_->passages(n));
    };
  }
  std::vector<std::pair<std::string, bool>> keys;  // (key, prefix) a run looked up
  const index::TermLookupObserver observer = [&](std::string_view key, bool prefix) {
    keys.emplace_back(key, prefix);
  };
  // Each round loads at least one chunk or ends: at most one round per chunk, and in practice
  // two (the query's words, then what their expansions found).
  for (;;) {
    if (dirty_) {
      if (Status s = rebuild(); !s.ok()) return broken_ = s;
    }
    query::SearchResult result;
    keys.clear();
    {
      const index::TermLookupScope observe(partial_.terms(), observer);
      result = query::Searcher(partial_, analyze, {}, nullptr).search(root, with_filters);
    }
    if (fuzzy > 0 && dictionary_loaded_) add_fuzzy_neighbours(fuzzy, keys);
    auto loaded = load_for(keys);
    if (!loaded.ok()) return loaded.status();
    if (!waiting.ok()) return waiting;  // the run's pages and chunks were asked for with it
    if (!loaded.value()) {
      to_whole(result);
      return result;
    }
  }
}

core::Result<Fragment> SiteReader::fragment(std::uint32_t doc) {
  if (doc >= manifest_.documents)
    return Status(StatusCode::kOutOfRange, "no document " + std::to_string(doc));
  const std::uint32_t group = doc / kFragmentGroup, file = group / kHashFileGroups;
  if (hashes_[file].empty()) {  // sized at open: one per hashes file
    const std::string& name = manifest_.hash_files[file];
    auto bytes = fetch_file(name);
    if (!bytes.ok()) return bytes.status();
    auto payload = unwrap_file(kHashesMagic, bytes.value(), name);
    if (!payload.ok()) return payload.status();
    const std::uint32_t groups = (manifest_.documents + kFragmentGroup - 1) / kFragmentGroup;
    auto hashes =
        decode_hashes(payload.value(), std::min(kHashFileGroups, groups - file * kHashFileGroups));
    if (!hashes.ok())
      return Status(StatusCode::kInvalidData, name + ": " + hashes.status().message());
    hashes_[file] = std::move(hashes.value());
  }
  const std::string name = fragment_name(doc, hashes_[file][group % kHashFileGroups]);
  auto bytes = fetch_file(name);
  if (!bytes.ok()) return bytes.status();
  auto payload = unwrap_file(kFragmentMagic, bytes.value(), name);
  if (!payload.ok()) return payload.status();
  auto f = decode_fragment(payload.value());
  if (!f.ok()) return Status(StatusCode::kInvalidData, name + ": " + f.status().message());
  ++counts_.fragments, counts_.fragment_bytes += bytes.value().size();
  return f;
}

}  // namespace loupe::site
