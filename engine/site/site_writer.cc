#include "site/site_writer.h"

#include "index/hangul.h"
#include "index/postings.h"

namespace loupe::site {
namespace {

using core::Status;

// Cuts the sorted dictionary into chunks of about `limit` payload bytes and writes each.
Status write_chunks(const index::IndexData& d, std::size_t limit, const FileSink& sink,
                    Manifest& manifest, SiteSummary& sum) {
  std::vector<ChunkTerm> pending;
  std::size_t pending_bytes = 0;
  const auto flush = [&]() -> Status {
    if (pending.empty()) return Status();
    const Bytes file = wrap_file(kChunkMagic, encode_chunk(pending));
    ChunkRef ref{pending.front().term, content_name("c", file),
                 static_cast<std::uint32_t>(pending.size()),
                 static_cast<std::uint32_t>(file.size())};
    if (Status s = sink(ref.file, file); !s.ok()) return s;
    sum.chunk_bytes += file.size(), ++sum.chunks;
    manifest.chunks.push_back(std::move(ref));
    pending.clear(), pending_bytes = 0;
    return Status();
  };
  for (index::TermId t : d.terms.sorted()) {
    const std::string_view term = d.terms.term(t);
    ChunkTerm chunk_term{std::string(term), t, d.df[t], d.postings[t], {}};
    // Each listed passage's norm, so a reader scores with the chunks it holds.
    index::PostingCursor cursor(d.postings[t], false);
    while (cursor.next()) chunk_term.norms.push_back(d.passages[cursor.passage()].length);
    // 8: the varints, roughly; a norm takes a byte or two.
    const std::size_t size = term.size() + d.postings[t].size() + 8 + chunk_term.norms.size();
    if (!pending.empty() && pending_bytes + size > limit) {
      if (Status s = flush(); !s.ok()) return s;
    }
    pending.push_back(std::move(chunk_term));
    pending_bytes += size;
  }
  return flush();
}

// One fragment per document (its names, text and passages' ranges); the table names it.
Status write_fragments(const index::IndexData& d, const FileSink& sink, Table& table,
                       SiteSummary& sum) {
  for (const index::DocInfo& doc : d.docs) {
    Fragment fragment{doc.id, doc.name, doc.title, doc.text, {}, doc.to_input, doc.u16_to_source};
    for (std::uint32_t i = doc.first_passage; i < doc.first_passage + doc.passage_count; ++i) {
      const index::PassageInfo& p = d.passages[i];
      fragment.passages.push_back({p.begin_byte, p.end_byte, p.paragraph});
    }
    const Bytes file = wrap_file(kFragmentMagic, encode_fragment(fragment));
    const auto number = static_cast<std::uint32_t>(table.docs.size());
    TableDoc row{static_cast<std::uint32_t>(content_hash(file)),
                 doc.first_passage,
                 doc.passage_count,
                 doc.id,
                 doc.name,
                 doc.title};
    if (Status s = sink(row.fragment_file(number), file); !s.ok()) return s;
    sum.fragment_bytes += file.size();
    table.docs.push_back(std::move(row));
  }
  return Status();
}

// The whole words without postings, for fuzzy words (compound suffixes are never fuzzed).
Status write_dictionary(const index::IndexData& d, const FileSink& sink, Manifest& manifest,
                        SiteSummary& sum) {
  std::vector<std::string_view> words;
  for (index::TermId t : d.terms.sorted()) {
    const std::string_view term = d.terms.term(t);
    if (term[0] != index::kCompoundMarker) words.push_back(term);
  }
  const Bytes file = wrap_file(kDictionaryMagic, encode_dictionary(words));
  manifest.dictionary_file = content_name("w", file);
  sum.dictionary_bytes = file.size();
  return sink(manifest.dictionary_file, file);
}

// The table (read at open) and the documents file (read for doc: filters).
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

}  // namespace

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
  }
  if (Status s = write_chunks(d, options.chunk_bytes, sink, manifest, sum); !s.ok()) return s;
  if (Status s = write_dictionary(d, sink, manifest, sum); !s.ok()) return s;
  Table table;
  if (Status s = write_fragments(d, sink, table, sum); !s.ok()) return s;
  table.passages = d.passages;
  if (Status s = write_tables(table, sink, manifest, sum); !s.ok()) return s;
  const Bytes manifest_file = wrap_file(kManifestMagic, encode_manifest(manifest));
  if (Status s = sink(kManifestName, manifest_file); !s.ok()) return s;
  sum.manifest_bytes = manifest_file.size();
  return sum;
}

}  // namespace loupe::site
