// The reader's partial index (site_reader.h): the passages the loaded chunks list, numbered in
// the whole index's order, their documents, the loaded terms with their postings renumbered to
// match; and the checks that the chunks agree with each other on every passage.
#include <algorithm>
#include <iterator>

#include "index/postings.h"
#include "site/site_reader.h"

namespace loupe::site {
namespace {

using core::Status;
using core::StatusCode;

// `list` with each passage p renumbered as its place in `known` (which holds every passage
// of the list): only the entries' passage deltas change (index/postings.h).
bool renumber(const std::vector<std::uint8_t>& list, const std::vector<std::uint32_t>& known,
              std::vector<std::uint8_t>& out) {
  index::ByteReader r(list.data(), list.size());
  std::uint32_t passage = 0, last_local = 0;
  auto at = known.begin();
  for (bool first = true; !r.at_end(); first = false) {
    std::uint32_t delta;
    if (!r.varint32(delta)) return false;
    passage += delta;
    at = std::lower_bound(at, known.end(), passage);
    if (at == known.end() || *at != passage) return false;
    const auto local = static_cast<std::uint32_t>(at - known.begin());
    index::put_varint(out, first ? local : local - last_local);
    last_local = local;
    const std::size_t begin = list.size() - r.remaining();
    for (bool last = false; !last;)
      if (!r.skip_varint(last)) return false;
    out.insert(out.end(), list.begin() + static_cast<std::ptrdiff_t>(begin),
               list.end() - static_cast<std::ptrdiff_t>(r.remaining()));
  }
  return true;
}

}  // namespace

std::optional<ChunkEntry> SiteReader::passage(std::uint32_t p) const {
  for (const std::vector<Known>* in : {&known_, &annotated_}) {
    const auto at = std::lower_bound(in->begin(), in->end(), p,
                                     [](const Known& k, std::uint32_t v) { return k.passage < v; });
    if (at != in->end() && at->passage == p) return at->entry;
  }
  if (!table_loaded_ || p >= table_.passages.size()) return std::nullopt;
  const index::PassageInfo& info = table_.passages[p];
  return ChunkEntry{info.doc, 0, info.lang, info.field};
}

// A chunk's entries against each other and the passages known: those of a passage agree,
// their norms do not sum past the manifest's totals. (take_known checks the chunks of a round
// against each other.)
Status SiteReader::check_entries(std::vector<Known>& found) const {
  std::sort(found.begin(), found.end(),
            [](const Known& a, const Known& b) { return a.passage < b.passage; });
  std::uint64_t sum[index::kFieldCount] = {0, 0};
  auto at = known_.begin();
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Known& k = found[i];
    const bool again = i > 0 && found[i - 1].passage == k.passage;
    at = std::lower_bound(at, known_.end(), k.passage,
                          [](const Known& a, std::uint32_t p) { return a.passage < p; });
    if ((again && !(found[i - 1].entry == k.entry)) ||
        (at != known_.end() && at->passage == k.passage && !(at->entry == k.entry)))
      return Status(StatusCode::kInvalidData, "a passage's entries differ between terms");
    if (!again) sum[static_cast<int>(k.entry.field)] += k.entry.norm;
  }
  for (int f = 0; f < index::kFieldCount; ++f)
    if (sum[f] > manifest_.total_length[f])
      return Status(StatusCode::kInvalidData, "passage lengths past the manifest's");
  return Status();
}

// Every entry of a passage must agree (document, language, field, norm) whichever term lists
// it, documents must not go down as passages go up, and the norms never sum past the
// manifest's totals.
Status SiteReader::take_known() {
  const auto by_passage = [](const Known& a, const Known& b) { return a.passage < b.passage; };
  std::sort(pending_known_.begin(), pending_known_.end(), by_passage);
  std::vector<Known> all;
  all.reserve(known_.size() + pending_known_.size());
  std::merge(known_.begin(), known_.end(), pending_known_.begin(), pending_known_.end(),
             std::back_inserter(all), by_passage);
  pending_known_.clear();
  std::vector<Known> joined;
  joined.reserve(all.size());
  std::uint64_t sum[index::kFieldCount] = {0, 0};
  for (const Known& k : all) {
    if (!joined.empty() && joined.back().passage == k.passage) {
      if (!(joined.back().entry == k.entry))
        return Status(StatusCode::kInvalidData, "chunks: a passage's entries differ between terms");
      continue;
    }
    if (!joined.empty() && joined.back().entry.doc > k.entry.doc)
      return Status(StatusCode::kInvalidData, "chunks: documents out of passage order");
    sum[static_cast<int>(k.entry.field)] += k.entry.norm;
    joined.push_back(k);
  }
  for (int f = 0; f < index::kFieldCount; ++f)
    if (sum[f] > manifest_.total_length[f])
      return Status(StatusCode::kInvalidData, "chunks: passage lengths past the manifest's");
  known_ = std::move(joined);
  return Status();
}

void SiteReader::add_annotated(const AnnotationReader::PassageRecords& records) {
  const auto by_passage = [](const Known& a, const Known& b) { return a.passage < b.passage; };
  std::vector<Known> added;
  for (const auto& [p, entry] : records) {
    const auto at =
        std::lower_bound(annotated_.begin(), annotated_.end(), Known{p, {}}, by_passage);
    if (at == annotated_.end() || at->passage != p) added.push_back({p, entry});
  }
  if (added.empty()) return;
  std::vector<Known> all;
  all.reserve(annotated_.size() + added.size());
  std::merge(annotated_.begin(), annotated_.end(), added.begin(), added.end(),
             std::back_inserter(all), by_passage);
  annotated_ = std::move(all);
  dirty_ = true;
}

// A document of the partial index: named by number until a doc: filter reads the names (ids
// must differ); no text, so identity maps.
index::DocInfo SiteReader::partial_doc(std::uint32_t whole, std::uint32_t first_passage) const {
  index::DocInfo doc;
  if (documents_loaded_) {
    const TableDoc& t = table_.docs[whole];  // sized to the manifest's documents
    doc.id = t.id, doc.name = t.name, doc.title = t.title;
  } else {
    doc.id.assign(1, '#').append(std::to_string(whole));
    doc.name = doc.id;
  }
  doc.to_input = normalize::OffsetMap::identity(0);
  doc.u16_to_source = normalize::OffsetMap::identity(0);
  doc.first_passage = first_passage;
  return doc;
}

void SiteReader::add_partial_doc(index::IndexData& d, std::uint32_t whole,
                                 std::uint32_t first_passage) {
  d.docs.push_back(partial_doc(whole, first_passage));
  doc_of_.push_back(whole);
}

// Every passage of the table; the known ones' lengths from the chunks (0: none lists it).
Status SiteReader::table_passages(index::IndexData& d) {
  d.passages = table_.passages;
  for (const Known& k : known_) {
    const index::PassageInfo& p = d.passages[k.passage];  // < passages: load_chunk
    if (p.doc != k.entry.doc || p.lang != k.entry.lang || p.field != k.entry.field)
      return Status(StatusCode::kInvalidData, "chunks: a passage differs from the table's");
    d.passages[k.passage].length = k.entry.norm;
  }
  for (std::uint32_t i = 0; i < table_.docs.size(); ++i) {
    add_partial_doc(d, i, table_.docs[i].first_passage);
    d.docs.back().passage_count = table_.docs[i].passage_count;
  }
  return Status();
}

// The chunks' passages and the lone filters': a passage both list keeps the chunks' record (its
// norm), which must agree with the annotation pages' on the rest. numbers: their whole numbers.
Status SiteReader::known_passages(index::IndexData& d, std::vector<std::uint32_t>& numbers) {
  partial_known_.clear();
  partial_known_.reserve(known_.size() + annotated_.size());
  auto a = annotated_.begin();
  for (const Known& k : known_) {
    for (; a != annotated_.end() && a->passage < k.passage; ++a) partial_known_.push_back(*a);
    if (a != annotated_.end() && a->passage == k.passage) {
      if (a->entry.doc != k.entry.doc || a->entry.lang != k.entry.lang ||
          a->entry.field != k.entry.field)
        return Status(StatusCode::kInvalidData, "annotations: a passage differs from the chunks'");
      ++a;
    }
    partial_known_.push_back(k);
  }
  partial_known_.insert(partial_known_.end(), a, annotated_.end());
  for (const Known& k : partial_known_) {
    if (!doc_of_.empty() && doc_of_.back() > k.entry.doc)
      return Status(StatusCode::kInvalidData, "annotations: documents out of passage order");
    if (doc_of_.empty() || doc_of_.back() != k.entry.doc)
      add_partial_doc(d, k.entry.doc, static_cast<std::uint32_t>(d.passages.size()));
    ++d.docs.back().passage_count;
    index::PassageInfo p;
    p.doc = static_cast<std::uint32_t>(d.docs.size() - 1);
    p.length = k.entry.norm, p.lang = k.entry.lang, p.field = k.entry.field;
    d.passages.push_back(p);
    numbers.push_back(k.passage);
  }
  return Status();
}

Status SiteReader::rebuild() {
  if (Status s = take_known(); !s.ok()) return s;
  std::stable_sort(terms_.begin(), terms_.end(),
                   [](const ChunkTerm& a, const ChunkTerm& b) { return a.id < b.id; });
  index::IndexData d;
  doc_of_.clear();
  std::vector<std::uint32_t> numbers;  // the known passages' whole numbers
  if (Status s = table_loaded_ ? table_passages(d) : known_passages(d, numbers); !s.ok()) return s;
  for (const ChunkTerm& t : terms_) {
    d.terms.intern(t.term);
    d.df.push_back(t.df);
    d.postings.emplace_back();
    if (table_loaded_) {
      d.postings.back() = t.postings;
    } else if (!renumber(t.postings, numbers, d.postings.back())) {
      return Status(StatusCode::kInvalidData, "chunks: malformed postings of " + t.term);
    }
  }
  auto built = index::SearchIndex::from_data(std::move(d));
  if (!built.ok()) return Status(StatusCode::kInvalidData, "chunks: " + built.status().message());
  partial_ = std::move(built.value());
  partial_.set_whole_statistics(manifest_.live_passages, manifest_.total_length,
                                manifest_.language_mask);
  dirty_ = false;
  return Status();
}

// The partial index's passages and documents as the whole index numbers them (both kept in
// order: ranking ties and facets come out alike).
void SiteReader::to_whole(query::SearchResult& r) const {
  if (table_loaded_) return;  // the partial index holds every passage and document
  for (query::Hit& h : r.hits) h.passage = partial_known_[h.passage].passage;
  for (std::uint32_t& p : r.passages) p = partial_known_[p].passage;
  for (auto& [doc, n] : r.doc_facet) doc = doc_of_[doc];
}

// Whole-index passages (ascending) as the partial index numbers them; those it does not hold
// (no loaded chunk lists them) are left out: no word of the query can match them.
std::vector<std::uint32_t> SiteReader::to_partial(std::vector<std::uint32_t> whole) const {
  if (table_loaded_) return whole;  // the partial index holds every passage
  std::vector<std::uint32_t> out;
  auto at = partial_known_.begin();
  for (std::uint32_t p : whole) {
    at = std::lower_bound(at, partial_known_.end(), p,
                          [](const Known& k, std::uint32_t q) { return k.passage < q; });
    if (at == partial_known_.end()) break;
    if (at->passage == p) out.push_back(static_cast<std::uint32_t>(at - partial_known_.begin()));
  }
  return out;
}

}  // namespace loupe::site
