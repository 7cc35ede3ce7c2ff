#include "site/site_writer.h"

#include <algorithm>

#include "index/hangul.h"
#include "index/postings.h"

namespace loupe::site {
namespace {

using core::Status;

// Each term's chunk entry: its postings with the document, language, field and norm of every
// passage they list, so a reader scores, filters and groups with the chunks it holds.
Status write_chunks(const index::IndexData& d, ChunkWriter& chunks) {
  for (index::TermId t : d.terms.sorted()) {
    ChunkTerm chunk_term{std::string(d.terms.term(t)), t, d.df[t], d.postings[t], {}};
    index::PostingCursor cursor(d.postings[t], false);
    while (cursor.next()) {
      const index::PassageInfo& p = d.passages[cursor.passage()];
      chunk_term.entries.push_back({p.doc, p.length, p.lang, p.field});
    }
    if (Status s = chunks.add(std::move(chunk_term)); !s.ok()) return s;
  }
  return chunks.finish();
}

// One fragment per document (its names, text and passages' ranges); its group's hash names it.
Status write_fragments(const index::IndexData& d, const FileSink& sink, Table& table,
                       std::vector<std::uint32_t>& hashes, SiteSummary& sum) {
  FragmentWriter fragments(sink, hashes, sum);
  for (const index::DocInfo& doc : d.docs) {
    Fragment fragment{doc.first_passage, doc.id, doc.name,     doc.title,
                      doc.text,          {},     doc.to_input, doc.u16_to_source};
    for (std::uint32_t i = doc.first_passage; i < doc.first_passage + doc.passage_count; ++i) {
      const index::PassageInfo& p = d.passages[i];
      fragment.passages.push_back(
          {p.begin_byte, p.end_byte, p.paragraph, p.field == index::Field::kTitle});
    }
    if (Status s = fragments.add(wrap_file(kFragmentMagic, encode_fragment(fragment))); !s.ok())
      return s;
    table.docs.push_back({doc.first_passage, doc.passage_count, doc.id, doc.name, doc.title});
  }
  return fragments.finish();
}

}  // namespace

Status ChunkWriter::add(ChunkTerm term) {
  // 8: the varints, roughly; an entry's document, kind and norm take two or three bytes.
  const std::size_t size = term.term.size() + term.postings.size() + 8 + 2 * term.entries.size();
  if (!pending_.empty() && pending_bytes_ + size > limit_) {
    if (Status s = finish(); !s.ok()) return s;
  }
  pending_.push_back(std::move(term));
  pending_bytes_ += size;
  return Status();
}

Status ChunkWriter::finish() {
  if (pending_.empty()) return Status();
  const Bytes file = wrap_file(kChunkMagic, encode_chunk(pending_));
  ChunkRef ref{pending_.front().term, content_name("c", file),
               static_cast<std::uint32_t>(pending_.size()),
               static_cast<std::uint32_t>(file.size())};
  if (Status s = sink_(ref.file, file); !s.ok()) return s;
  sum_.chunk_bytes += file.size(), ++sum_.chunks;
  manifest_.chunks.push_back(std::move(ref));
  pending_.clear(), pending_bytes_ = 0;
  return Status();
}

Status FragmentWriter::add(Bytes file) {
  hashes_.push_back(content_hash(file));
  pending_.push_back(std::move(file));
  return pending_.size() == kFragmentGroup ? finish() : Status();
}

Status FragmentWriter::finish() {
  if (pending_.empty()) return Status();
  group_hashes_.push_back(group_hash(hashes_));
  for (const Bytes& file : pending_) {
    if (Status s = sink_(fragment_name(next_doc_++, group_hashes_.back()), file); !s.ok()) return s;
    sum_.fragment_bytes += file.size();
  }
  pending_.clear(), hashes_.clear();
  return Status();
}

// Compound suffixes are never fuzzed: the dictionary leaves them out.
Status write_dictionary(const std::vector<std::string_view>& words, const FileSink& sink,
                        Manifest& manifest, SiteSummary& sum) {
  const Bytes file = wrap_file(kDictionaryMagic, encode_dictionary(words));
  manifest.dictionary_file = content_name("w", file);
  sum.dictionary_bytes = file.size();
  return sink(manifest.dictionary_file, file);
}

Status write_tables(const Table& table, const FileSink& sink, Manifest& manifest,
                    SiteSummary& sum) {
  const Bytes table_file = wrap_file(kTableMagic, encode_table(table));
  manifest.table_file = content_name("t", table_file);
  if (Status s = sink(manifest.table_file, table_file); !s.ok()) return s;
  const Bytes documents_file = wrap_file(kDocumentsMagic, encode_documents(table));
  manifest.documents_file = content_name("d", documents_file);
  if (Status s = sink(manifest.documents_file, documents_file); !s.ok()) return s;
  sum.table_bytes = table_file.size(), sum.documents_bytes = documents_file.size();
  return Status();
}

Status write_hashes(const std::vector<std::uint32_t>& hashes, const FileSink& sink,
                    Manifest& manifest, SiteSummary& sum) {
  for (std::size_t i = 0; i < hashes.size(); i += kHashFileGroups) {
    const auto begin = hashes.begin() + static_cast<std::ptrdiff_t>(i);
    const std::size_t n = std::min<std::size_t>(kHashFileGroups, hashes.size() - i);
    const Bytes file =
        wrap_file(kHashesMagic, encode_hashes({begin, begin + static_cast<std::ptrdiff_t>(n)}));
    manifest.hash_files.push_back(content_name("h", file));
    if (Status s = sink(manifest.hash_files.back(), file); !s.ok()) return s;
    sum.hashes_bytes += file.size();
  }
  return Status();
}

// The pages of the chunk list, then the manifest naming them.
Status write_manifest(Manifest& manifest, std::size_t page_chunks, const FileSink& sink,
                      SiteSummary& sum) {
  manifest.pages.clear();
  page_chunks = std::max<std::size_t>(page_chunks, 1);
  for (std::size_t i = 0; i < manifest.chunks.size(); i += page_chunks) {
    const auto begin = manifest.chunks.begin() + static_cast<std::ptrdiff_t>(i);
    const std::size_t n = std::min(page_chunks, manifest.chunks.size() - i);
    const Bytes file =
        wrap_file(kPageMagic, encode_page({begin, begin + static_cast<std::ptrdiff_t>(n)}));
    manifest.pages.push_back(
        {manifest.chunks[i].first_term, content_name("p", file), static_cast<std::uint32_t>(n)});
    if (Status s = sink(manifest.pages.back().file, file); !s.ok()) return s;
    sum.pages_bytes += file.size();
  }
  const Bytes manifest_file = wrap_file(kManifestMagic, encode_manifest(manifest));
  if (Status s = sink(kManifestName, manifest_file); !s.ok()) return s;
  sum.manifest_bytes = manifest_file.size();
  return Status();
}

core::Result<SiteSummary> write_site(const index::SearchIndex& idx, const SiteWriteOptions& options,
                                     const FileSink& sink) {
  if (idx.dead_passages() > 0) {
    return Status(core::StatusCode::kInvalidArgument,
                  "the index holds removed documents: compact it before writing a site");
  }
  const index::IndexData& d = idx.data();
  SiteSummary sum;
  sum.documents = d.docs.size(), sum.passages = d.passages.size(), sum.terms = d.terms.size();
  Manifest manifest;
  manifest.documents = static_cast<std::uint32_t>(d.docs.size());
  manifest.passages = static_cast<std::uint32_t>(d.passages.size());
  for (const index::PassageInfo& p : d.passages) {
    const int f = static_cast<int>(p.field);
    ++manifest.live_passages[f];
    manifest.total_length[f] += p.length;
    manifest.language_mask |= 1u << static_cast<int>(p.lang);
  }
  ChunkWriter chunks(options.chunk_bytes, sink, manifest, sum);
  if (Status s = write_chunks(d, chunks); !s.ok()) return s;
  std::vector<std::string_view> words;
  for (index::TermId t : d.terms.sorted()) {
    const std::string_view term = d.terms.term(t);
    if (term[0] != index::kCompoundMarker) words.push_back(term);
  }
  if (Status s = write_dictionary(words, sink, manifest, sum); !s.ok()) return s;
  Table table;
  std::vector<std::uint32_t> hashes;
  if (Status s = write_fragments(d, sink, table, hashes, sum); !s.ok()) return s;
  if (Status s = write_hashes(hashes, sink, manifest, sum); !s.ok()) return s;
  table.passages = d.passages;
  if (Status s = write_tables(table, sink, manifest, sum); !s.ok()) return s;
  if (options.annotations) {
    if (Status s = write_annotations(*options.annotations, options.annotation_page_bytes, sink,
                                     manifest, sum.annotation_bytes);
        !s.ok())
      return s;
  }
  if (Status s = write_manifest(manifest, options.page_chunks, sink, sum); !s.ok()) return s;
  return sum;
}

}  // namespace loupe::site
