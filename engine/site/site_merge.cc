#include "site/site_merge.h"

#include <algorithm>
#include <unordered_map>

#include "index/hangul.h"
#include "index/postings.h"
#include "index/varint.h"
#include "site/site_annotation_merge.h"

namespace loupe::site {
namespace {

using core::Status;
using core::StatusCode;

Status invalid(const std::string& what) { return Status(StatusCode::kInvalidData, what); }

// One part: its manifest, its table (with the documents' names) while its documents are merged,
// where its documents and passages start in the merged numbering, and its chunks read one at a
// time in term order.
struct Part {
  const Fetch* fetch = nullptr;
  std::string label;  // "part N", for errors
  Manifest manifest;
  std::vector<ChunkRef> chunks;  // its pages' chunks, in term order
  Table table;
  std::vector<std::uint32_t> group_hashes;  // with the table: its fragments' names
  std::uint32_t first_doc = 0, first_passage = 0;
  std::size_t next_chunk = 0;  // the chunk to read after `terms`
  std::vector<ChunkTerm> terms;
  std::size_t at = 0;  // terms[at] is the part's next term

  core::Result<std::string> payload(std::string_view magic, const std::string& name) const {
    auto bytes = (*fetch)(name);
    if (!bytes.ok()) return Status(bytes.status().code(), label + ": cannot fetch " + name);
    auto p = unwrap_file(magic, bytes.value(), label + ": " + name);
    if (!p.ok()) return p.status();
    return std::string(p.value());
  }
  Status open() {
    auto m = payload(kManifestMagic, kManifestName);
    if (!m.ok()) return m.status();
    auto manifest_or = decode_manifest(m.value());
    if (!manifest_or.ok()) return invalid(label + ": " + manifest_or.status().message());
    manifest = std::move(manifest_or.value());
    for (const PageRef& page : manifest.pages) {
      auto bytes = payload(kPageMagic, page.file);
      if (!bytes.ok()) return bytes.status();
      auto refs = decode_page(bytes.value(), page);
      if (!refs.ok()) return invalid(label + ": " + page.file + ": " + refs.status().message());
      chunks.insert(chunks.end(), refs.value().begin(), refs.value().end());
    }
    // Checked now (before any file is written), decoded again when its documents are merged:
    // the parts' tables are not all held through the terms' merge (at 2 GB of text they are
    // most of its memory).
    if (Status s = load_table(); !s.ok()) return s;
    table = {}, group_hashes = {};
    return Status();
  }
  // The table, the documents' names and the fragments' group hashes.
  Status load_table() {
    auto t = payload(kTableMagic, manifest.table_file);
    if (!t.ok()) return t.status();
    auto table_or = decode_table(t.value(), manifest);
    if (!table_or.ok()) return invalid(label + ": " + table_or.status().message());
    table = std::move(table_or.value());
    // What the reader refuses (SiteReader::open): a merge of it would write a site none opens.
    if (Status s = check_statistics(manifest, table); !s.ok())
      return invalid(label + ": " + s.message());
    auto d = payload(kDocumentsMagic, manifest.documents_file);
    if (!d.ok()) return d.status();
    if (Status s = decode_documents(d.value(), table); !s.ok())
      return invalid(label + ": " + s.message());
    const std::uint32_t groups = (manifest.documents + kFragmentGroup - 1) / kFragmentGroup;
    for (std::size_t i = 0; i < manifest.hash_files.size(); ++i) {
      const std::string& name = manifest.hash_files[i];
      auto h = payload(kHashesMagic, name);
      if (!h.ok()) return h.status();
      const std::uint32_t first = static_cast<std::uint32_t>(i) * kHashFileGroups;
      auto hashes = decode_hashes(h.value(), std::min(kHashFileGroups, groups - first));
      if (!hashes.ok()) return invalid(label + ": " + name + ": " + hashes.status().message());
      group_hashes.insert(group_hashes.end(), hashes.value().begin(), hashes.value().end());
    }
    return Status();
  }
  // Reads chunk after chunk until terms[at] exists; false once every chunk was read.
  core::Result<bool> has_term() {
    while (at == terms.size()) {
      if (next_chunk == chunks.size()) return false;
      const ChunkRef& ref = chunks[next_chunk++];
      auto p = payload(kChunkMagic, ref.file);
      if (!p.ok()) return p.status();
      auto decoded = decode_chunk(p.value());
      if (!decoded.ok())
        return invalid(label + ": " + ref.file + ": " + decoded.status().message());
      terms = std::move(decoded.value()), at = 0;
    }
    return true;
  }
};

// Appends `list` (a part's postings, its passages counted from 0) to `out`, its passages moved
// by `offset`: only the first entry's delta changes (index/postings.h). `last` is out's last
// passage (updated); `empty` whether out has no entry yet.
Status append_postings(const std::vector<std::uint8_t>& list, std::uint32_t offset,
                       std::vector<std::uint8_t>& out, std::uint32_t& last, bool& empty) {
  index::PostingCursor cursor(list, false);
  std::uint32_t first = 0, final_passage = 0;
  for (bool started = false; cursor.next(); started = true) {
    if (!started) first = cursor.passage();
    final_passage = cursor.passage();
  }
  if (!cursor.ok() || list.empty()) return invalid("malformed postings");
  const std::uint64_t moved = std::uint64_t{first} + offset;
  if (std::uint64_t{final_passage} + offset > 0xFFFFFFFFu || (!empty && moved <= last))
    return invalid("postings out of order");
  index::ByteReader r(list.data(), list.size());
  std::uint32_t delta;
  if (!r.varint32(delta)) return invalid("malformed postings");
  index::put_varint(out, empty ? moved : moved - last);
  out.insert(out.end(), list.end() - static_cast<std::ptrdiff_t>(r.remaining()), list.end());
  last = final_passage + offset, empty = false;
  return Status();
}

// Term ids as one index of all the parts' documents would number them. An index built in
// memory numbers terms by first occurrence: a part's new terms follow every earlier part's, in
// the part's own id order. A saved index, loaded, numbers them in byte order
// (storage/FORMAT.md): when every part's ids are so, the merged ids are too, and no map is kept.
struct TermIds {
  bool byte_order = true;
  std::unordered_map<std::string, std::uint32_t> first_seen;  // unless byte_order
};

core::Result<TermIds> merged_ids(std::vector<Part>& parts) {
  TermIds ids;
  std::vector<std::vector<std::pair<std::uint32_t, std::string>>> own(parts.size());
  for (std::size_t p = 0; p < parts.size(); ++p) {
    Part& part = parts[p];
    for (;;) {  // (the part's id, term), in byte order
      auto more = part.has_term();
      if (!more.ok()) return more.status();
      if (!more.value()) break;
      ids.byte_order = ids.byte_order && part.terms[part.at].id == own[p].size();
      own[p].emplace_back(part.terms[part.at].id, std::move(part.terms[part.at].term));
      ++part.at;
    }
    part.next_chunk = 0, part.terms.clear(), part.at = 0;  // read again by merge_terms
  }
  if (ids.byte_order) return ids;
  for (auto& terms : own) {
    std::sort(terms.begin(), terms.end());
    for (auto& [id, term] : terms)  // kept if an earlier part has it
      ids.first_seen.emplace(std::move(term), static_cast<std::uint32_t>(ids.first_seen.size()));
    terms = {};
  }
  return ids;
}

// Every term of every part, in byte order, joined across the parts, into the chunks; the
// whole words into `words`.
Status merge_terms(std::vector<Part>& parts, const TermIds& ids, ChunkWriter& chunks,
                   std::vector<std::string>& words) {
  for (std::uint32_t rank = 0;; ++rank) {
    const std::string* least = nullptr;
    for (Part& part : parts) {
      auto more = part.has_term();
      if (!more.ok()) return more.status();
      if (more.value() && (!least || part.terms[part.at].term < *least))
        least = &part.terms[part.at].term;
    }
    if (!least) return chunks.finish();
    ChunkTerm merged;
    merged.term = *least;
    // Every term was numbered by merged_ids.
    merged.id = ids.byte_order ? rank : ids.first_seen.at(merged.term);
    std::uint32_t last = 0;
    bool empty = true;
    for (Part& part : parts) {
      if (part.at == part.terms.size() || part.terms[part.at].term != merged.term) continue;
      ChunkTerm& t = part.terms[part.at++];
      if (Status s = append_postings(t.postings, part.first_passage, merged.postings, last, empty);
          !s.ok())
        return invalid(part.label + ": " + s.message() + " of a term");
      merged.df += t.df;
      for (ChunkEntry& e : t.entries) {
        if (std::uint64_t{e.doc} + part.first_doc > 0xFFFFFFFFu)
          return invalid(part.label + ": a document out of range");
        e.doc += part.first_doc;
        merged.entries.push_back(e);
      }
    }
    if (merged.term[0] != index::kCompoundMarker) words.push_back(merged.term);
    if (Status s = chunks.add(std::move(merged)); !s.ok()) return s;
  }
}

// The parts' documents and passages one after the other, their fragments copied under their
// new numbers and groups (a fragment's bytes hold only its first passage's number: moved).
Status merge_documents(std::vector<Part>& parts, const FileSink& sink, Table& table,
                       std::vector<std::uint32_t>& hashes, SiteSummary& sum) {
  std::unordered_map<std::string, std::uint32_t> seen;
  FragmentWriter fragments(sink, hashes, sum);
  for (Part& part : parts) {
    if (Status s = part.load_table(); !s.ok()) return s;
    for (std::uint32_t d = 0; d < part.table.docs.size(); ++d) {
      TableDoc row = std::move(part.table.docs[d]);
      if (!seen.emplace(row.id, part.first_doc + d).second)
        return Status(StatusCode::kInvalidArgument,
                      part.label + ": document " + row.id + " is in an earlier part too");
      // group_hashes covers every document: decode_hashes checked the counts.
      const std::string name = fragment_name(d, part.group_hashes[d / kFragmentGroup]);
      auto bytes = (*part.fetch)(name);
      if (!bytes.ok()) return Status(bytes.status().code(), part.label + ": cannot fetch " + name);
      row.first_passage += part.first_passage;
      Bytes file(bytes.value().begin(), bytes.value().end());
      if (!move_fragment_passages(file, part.first_passage))
        return invalid(part.label + ": " + name + " is not a fragment");
      if (Status s = fragments.add(std::move(file)); !s.ok()) return s;
      table.docs.push_back(std::move(row));
    }
    for (index::PassageInfo p : part.table.passages) {
      p.doc += part.first_doc;
      table.passages.push_back(p);
    }
    part.table = {},
    part.group_hashes = {};  // freed as the merged table grows: one copy of the passages at a time
  }
  return fragments.finish();
}

std::size_t manifest_terms(const Manifest& m) {
  std::size_t n = 0;
  for (const ChunkRef& c : m.chunks) n += c.terms;  // the writer's list: every chunk
  return n;
}

}  // namespace

core::Result<SiteSummary> merge_sites(const std::vector<Fetch>& fetches,
                                      const SiteWriteOptions& options, const FileSink& sink) {
  std::vector<Part> parts(fetches.size());
  Manifest manifest;
  std::uint64_t docs = 0, passages = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    Part& part = parts[i];
    part.fetch = &fetches[i], part.label = "part " + std::to_string(i);
    if (Status s = part.open(); !s.ok()) return s;
    part.first_doc = static_cast<std::uint32_t>(docs);
    part.first_passage = static_cast<std::uint32_t>(passages);
    docs += part.manifest.documents, passages += part.manifest.passages;
    if (docs > 0xFFFFFFFFu || passages > 0xFFFFFFFFu)
      return Status(StatusCode::kOutOfRange, "more than 2^32 documents or passages");
    for (int f = 0; f < index::kFieldCount; ++f) {
      manifest.live_passages[f] += part.manifest.live_passages[f];
      manifest.total_length[f] += part.manifest.total_length[f];
    }
    manifest.language_mask |= part.manifest.language_mask;
  }
  manifest.documents = static_cast<std::uint32_t>(docs);
  manifest.passages = static_cast<std::uint32_t>(passages);
  SiteSummary sum;
  sum.documents = docs, sum.passages = passages;
  std::vector<std::string> words;
  {
    auto ids = merged_ids(parts);
    if (!ids.ok()) return ids.status();
    ChunkWriter chunks(options.chunk_bytes, sink, manifest, sum);
    if (Status s = merge_terms(parts, ids.value(), chunks, words); !s.ok()) return s;
  }  // the ids freed before the tables
  sum.terms = manifest_terms(manifest);
  const std::vector<std::string_view> views(words.begin(), words.end());
  if (Status s = write_dictionary(views, sink, manifest, sum); !s.ok()) return s;
  Table table;  // at its final size at once: grown by doubling, it would hold up to three times it
  table.docs.reserve(manifest.documents), table.passages.reserve(manifest.passages);
  std::vector<std::uint32_t> hashes;
  if (Status s = merge_documents(parts, sink, table, hashes, sum); !s.ok()) return s;
  if (Status s = write_hashes(hashes, sink, manifest, sum); !s.ok()) return s;
  if (Status s = write_tables(table, sink, manifest, sum); !s.ok()) return s;
  std::vector<AnnotatedPart> annotated;  // entity: and date: (site_annotation_merge.h)
  for (const Part& p : parts)
    annotated.push_back({p.fetch, p.label, p.manifest.annotations_file, p.manifest.passages,
                         p.first_passage, p.manifest.documents, p.first_doc});
  if (Status s = merge_annotations(annotated, options.annotation_page_bytes, sink, manifest,
                                   sum.annotation_bytes);
      !s.ok())
    return s;
  if (Status s = write_manifest(manifest, options.page_chunks, sink, sum); !s.ok()) return s;
  return sum;
}

}  // namespace loupe::site
