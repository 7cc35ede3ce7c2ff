// SearchIndex: the in-memory positional inverted index. A document is a file with a stable
// string id; its paragraphs are passages, the unit a hit points at. Each term has one
// delta/varint posting list over passages (index/postings.h) with positions, for phrases.
//
// Documents are added incrementally; removal marks a document dead (its passages drop out of
// every result at once) and compact() rewrites the postings without the dead, automatically
// when a quarter of the passages are dead and before saving. Updating = remove + add.
// Korean: every Hangul stem of 3+ syllables is also indexed under its compound suffixes
// (index/hangul.h explains the choice), so 위원회 finds 외교관계위원회.
// Fields: a document may have a title; it is indexed as one passage of field kTitle with its
// own length statistics (query/searcher.h gives it a boost).
// E.g. idx.add_document({"d1", "a.txt", analyzed, {}}); idx.terms().find("лавров") != kNoTerm.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "analysis/analyzed_text.h"
#include "core/language.h"
#include "core/status.h"
#include "index/jamo_dict.h"
#include "index/term_dict.h"
#include "normalize/offset_map.h"

namespace loupe::index {

enum class Field : std::uint8_t { kBody = 0, kTitle = 1 };
inline constexpr int kFieldCount = 2;

struct PassageInfo {
  std::uint32_t doc = 0;         // index into docs()
  std::uint32_t paragraph = 0;   // paragraph number within the document (0 for the title)
  std::uint32_t begin_byte = 0;  // range in the document's text (title: in its title)
  std::uint32_t end_byte = 0;
  std::uint32_t length = 0;  // word positions: the BM25 field norm
  core::Language lang = core::Language::kOther;
  Field field = Field::kBody;
};

struct DocInfo {
  std::string id;    // stable, caller-chosen
  std::string name;  // shown in hits and matched by doc:NAME
  std::string text;  // the analyzed (normalized) text, for snippets
  std::string title;
  // Back to what the caller gave (engine/document/prepared_document.h): `text` byte offsets ->
  // bytes of the original input (decoder and normalizer maps composed), and `text` UTF-16 offsets
  // -> UTF-16 offsets of the decoded source text (an OffsetMap whose units are UTF-16 code units).
  // Identity maps when the text is the input itself. The title has no map: its own offsets.
  normalize::OffsetMap to_input;
  normalize::OffsetMap u16_to_source;
  std::uint32_t first_passage = 0;
  std::uint32_t passage_count = 0;
  bool alive = true;
};

// The body's tokens a piece at a time, when body.tokens is left empty to save memory
// (analysis::TextAnalyzer::next_piece): fills `tokens` with the next tokens in text order and
// `paragraph` with their paragraph's index in body.paragraphs (a long paragraph may come in
// several pieces, one after the other); false after the last.
using ParagraphTokens =
    std::function<bool(const analysis::AnalyzedText& body,
                       std::vector<analysis::AnalyzedToken>& tokens, std::uint32_t& paragraph)>;

struct DocumentInput {
  std::string id;
  std::string name;
  analysis::AnalyzedText body;
  analysis::AnalyzedText title;                       // empty text = no title
  std::optional<normalize::OffsetMap> to_input;       // absent: body.text is the input
  std::optional<normalize::OffsetMap> u16_to_source;  // absent: identity
  ParagraphTokens body_tokens;                        // unset: body.tokens holds them
};

// UTF-16 code units of a UTF-8 text as JavaScript counts them (invalid bytes: U+FFFD per
// maximal subpart, as core::Utf16Index and TextDecoder).
std::size_t utf16_length(std::string_view text);

// Checks a DocInfo map: its output is `out_size` units long, its edits are ordered and inside
// both texts, and the texts agree in length between edits. kInvalidData naming `what` if not.
core::Status check_offset_map(const normalize::OffsetMap& map, std::size_t out_size,
                              const char* what);

// Everything the index holds, as plain data: what storage/ writes and reads back.
struct IndexData {
  std::vector<DocInfo> docs;
  std::vector<PassageInfo> passages;
  TermDict terms;
  std::vector<std::vector<std::uint8_t>> postings;  // by TermId
  std::vector<std::uint32_t> df;                    // passages per term (dead ones included)
};

// A term with its postings, for SearchIndex::add_terms.
struct TermPostings {
  std::string term;
  std::vector<std::uint8_t> postings;
  std::uint32_t df = 0;
};

class SearchIndex {
 public:
  // Adds or replaces the document with this id. Fails on an empty id or oversized text.
  core::Status add_document(DocumentInput doc);
  // False if no live document has this id.
  bool remove_document(const std::string& id);
  // Rewrites postings, passages and documents without the removed documents.
  void compact();

  // Checks every invariant a reader relies on (ranges, ascending postings) and builds the
  // index; used by storage/ so that crafted bytes with a valid checksum still cannot crash.
  static core::Result<SearchIndex> from_data(IndexData data);
  // Appends terms with their postings (new terms: a term already held is an error) and sets
  // passages' lengths, (passage, length) in order, keeping documents and passages: a reader
  // that learns the dictionary a piece at a time (site/site_reader.h) grows one index instead
  // of building one per piece. keep_terms false: the dictionary is emptied first. Checked as
  // from_data checks; on an error nothing changes.
  core::Status add_terms(std::vector<TermPostings> terms,
                         const std::vector<std::pair<std::uint32_t, std::uint32_t>>& lengths,
                         bool keep_terms = true);

  // A part of a larger index scores with the whole one's statistics (site/site_reader.h: a
  // partial index holds only the passages its loaded chunks list): BM25's passage counts and
  // total lengths per field, and the languages term expansion reads. Until the next change.
  void set_whole_statistics(const std::uint32_t (&passages)[kFieldCount],
                            const std::uint64_t (&length)[kFieldCount], std::uint32_t languages);

  const IndexData& data() const { return data_; }
  const TermDict& terms() const { return data_.terms; }
  const std::vector<std::uint8_t>& postings(TermId t) const { return data_.postings[t]; }
  std::uint32_t df(TermId t) const { return data_.df[t]; }
  const std::vector<PassageInfo>& passages() const { return data_.passages; }
  const std::vector<DocInfo>& docs() const { return data_.docs; }
  bool passage_alive(std::uint32_t p) const { return data_.docs[data_.passages[p].doc].alive; }
  // -1 if no live document has this id.
  long find_document(const std::string& id) const;

  // Live statistics for BM25.
  std::uint32_t live_passages(Field f) const { return live_passages_[static_cast<int>(f)]; }
  double average_length(Field f) const;
  std::size_t live_documents() const { return id_to_doc_.size(); }
  std::size_t dead_passages() const { return dead_passages_; }
  // Bit (1 << Language) for every language some live or dead passage has.
  std::uint32_t language_mask() const { return language_mask_; }
  // Changes whenever DocInfo objects may have moved (add, compact, load): caches holding
  // pointers into document texts compare it before use.
  std::uint64_t layout_version() const { return layout_version_; }
  // The dictionary for fuzzy matching (index/jamo_dict.h), built on first use and again after
  // the terms change (a new term, compaction, load).
  const JamoDict& jamo_dict() const;

 private:
  void index_text(std::uint32_t doc, const analysis::AnalyzedText& text, Field field,
                  const ParagraphTokens& stream = {});
  // One passage's tokens, given in one or more pieces (index_text).
  struct PassageTerms {
    std::vector<std::pair<TermId, std::uint32_t>> term_positions;
    // Its length: distinct relative positions, counted as they come (a piece's positions
    // never go down: a word's parts share its position), not kept (4 bytes a token).
    std::uint32_t words = 0;
    std::uint32_t last = 0;  // the last relative position counted
    std::uint32_t base = 0;  // position of its first token
    bool first = true;
    void clear() { term_positions.clear(), words = 0, last = 0, base = 0, first = true; }
  };
  void add_passage_tokens(const analysis::AnalyzedToken* tok, const analysis::AnalyzedToken* end,
                          PassageTerms& passage);
  void finish_passage(std::uint32_t doc, Field field, const analysis::Paragraph& para,
                      std::size_t k, std::size_t text_size, PassageTerms& terms,
                      std::vector<std::uint32_t>& positions);
  void add_passage_postings(std::uint32_t passage,
                            std::vector<std::pair<TermId, std::uint32_t>>& term_positions,
                            std::vector<std::uint32_t>& positions_scratch);
  void recount();
  IndexData data_;
  std::string marked_scratch_;
  std::vector<std::uint32_t> last_passage_;  // by TermId: for the next delta
  std::unordered_map<std::string, std::uint32_t> id_to_doc_;
  std::uint32_t live_passages_[kFieldCount] = {0, 0};
  std::uint64_t live_length_[kFieldCount] = {0, 0};
  std::size_t dead_passages_ = 0;
  std::uint32_t language_mask_ = 0;
  std::uint64_t layout_version_ = 0;
  mutable JamoDict jamo_;
  mutable std::size_t jamo_terms_ =
      SIZE_MAX;  // terms().size() and layout_version() it was built for
  mutable std::uint64_t jamo_version_ = 0;
};

}  // namespace loupe::index
