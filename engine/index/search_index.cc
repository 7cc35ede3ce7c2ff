#include "index/search_index.h"

#include <algorithm>
#include <limits>

#include "core/utf8.h"
#include "index/hangul.h"
#include "index/postings.h"

namespace loupe::index {

using core::Status;
using core::StatusCode;

std::size_t utf16_length(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i, ++n;
      continue;
    }
    const core::DecodedChar d = core::decode_utf8_fast(text, i);
    i += d.length;
    n += core::utf16_length(d.code_point);
  }
  return n;
}

namespace {

// compound_suffixes() is empty unless the term starts with a Hangul syllable (U+AC00..U+D7A3,
// lead bytes EA..ED): most terms skip the call and its vector.
bool may_be_compound(std::string_view term) {
  if (term.empty()) return false;
  const auto lead = static_cast<unsigned char>(term[0]);
  return lead >= 0xEA && lead <= 0xED;
}

}  // namespace

Status check_offset_map(const normalize::OffsetMap& map, std::size_t out_size, const char* what) {
  const auto bad = [what](const char* why) {
    return Status(StatusCode::kInvalidData, std::string(what) + " offset map " + why);
  };
  if (map.out_size() != out_size) return bad("does not match its text's length");
  std::size_t out = 0, src = 0;  // end of the previous edit in both texts
  for (const normalize::OffsetMap::Edit& e : map.edits()) {
    if (e.out_begin < out || e.src_begin < src || e.out_end < e.out_begin ||
        e.src_end < e.src_begin || e.out_begin - out != e.src_begin - src ||
        (e.out_begin == e.out_end && e.src_begin == e.src_end)) {
      return bad("has edits out of order");
    }
    out = e.out_end, src = e.src_end;
  }
  if (out > map.out_size() || src > map.src_size() ||
      map.out_size() - out != map.src_size() - src) {
    return bad("points outside its texts");
  }
  return Status::ok_status();
}

long SearchIndex::find_document(const std::string& id) const {
  const auto it = id_to_doc_.find(id);
  return it == id_to_doc_.end() ? -1 : static_cast<long>(it->second);
}

double SearchIndex::average_length(Field f) const {
  const int i = static_cast<int>(f);
  return live_passages_[i] ? static_cast<double>(live_length_[i]) / live_passages_[i] : 1.0;
}

void SearchIndex::set_whole_statistics(const std::uint32_t (&passages)[kFieldCount],
                                       const std::uint64_t (&length)[kFieldCount],
                                       std::uint32_t languages) {
  for (int f = 0; f < kFieldCount; ++f)
    live_passages_[f] = passages[f], live_length_[f] = length[f];
  language_mask_ = languages;
}

Status SearchIndex::add_document(DocumentInput in) {
  if (in.id.empty()) return Status(StatusCode::kInvalidArgument, "a document needs a non-empty id");
  constexpr std::size_t kMaxText = std::numeric_limits<std::uint32_t>::max() - 1;
  if (in.body.text.size() > kMaxText || in.title.text.size() > kMaxText) {
    return Status(StatusCode::kOutOfRange, "document '" + in.id + "' is larger than 4 GB");
  }
  const std::size_t units = utf16_length(in.body.text);
  if (!in.to_input) in.to_input = normalize::OffsetMap::identity(in.body.text.size());
  if (!in.u16_to_source) in.u16_to_source = normalize::OffsetMap::identity(units);
  Status maps = check_offset_map(*in.to_input, in.body.text.size(), "input");
  if (maps.ok()) maps = check_offset_map(*in.u16_to_source, units, "UTF-16");
  if (!maps.ok()) return Status(StatusCode::kInvalidArgument, maps.message());
  remove_document(in.id);
  ++layout_version_;
  const auto doc = static_cast<std::uint32_t>(data_.docs.size());
  DocInfo info;
  info.id = in.id;
  info.name = std::move(in.name);
  info.first_passage = static_cast<std::uint32_t>(data_.passages.size());
  data_.docs.push_back(std::move(info));
  if (!in.title.text.empty()) index_text(doc, in.title, Field::kTitle);
  index_text(doc, in.body, Field::kBody, in.body_tokens);
  DocInfo& d = data_.docs[doc];
  d.passage_count = static_cast<std::uint32_t>(data_.passages.size()) - d.first_passage;
  d.text = std::move(in.body.text);
  d.title = std::move(in.title.text);
  d.to_input = std::move(*in.to_input);
  d.u16_to_source = std::move(*in.u16_to_source);
  id_to_doc_[d.id] = doc;
  return Status::ok_status();
}

void SearchIndex::add_passage_tokens(const analysis::AnalyzedToken* tok,
                                     const analysis::AnalyzedToken* end, PassageTerms& passage) {
  std::string& marked = marked_scratch_;  // kCompoundMarker + a suffix
  for (; tok != end; ++tok) {
    if (tok->term.empty() || tok->term[0] == kCompoundMarker) continue;
    if (passage.first) passage.base = tok->position, passage.first = false;
    const std::uint32_t rel = tok->position >= passage.base ? tok->position - passage.base : 0;
    if (passage.words == 0 || rel != passage.last) ++passage.words, passage.last = rel;
    passage.term_positions.emplace_back(data_.terms.intern(tok->term), rel);
    if (!may_be_compound(tok->term)) continue;
    for (const std::string& suffix : compound_suffixes(tok->term)) {
      marked.assign(1, kCompoundMarker).append(suffix);
      passage.term_positions.emplace_back(data_.terms.intern(marked), rel);
    }
  }
}

// Paragraph k's tokens are all in `terms`: its passage, unless it has none.
void SearchIndex::finish_passage(std::uint32_t doc, Field field, const analysis::Paragraph& para,
                                 std::size_t k, std::size_t text_size, PassageTerms& terms,
                                 std::vector<std::uint32_t>& positions) {
  if (terms.term_positions.empty()) return;  // an empty paragraph is no passage
  PassageInfo p;
  p.doc = doc;
  p.paragraph = static_cast<std::uint32_t>(k);
  p.begin_byte = static_cast<std::uint32_t>(std::min(para.bytes.begin_byte, text_size));
  p.end_byte = static_cast<std::uint32_t>(std::min(para.bytes.end_byte, text_size));
  p.end_byte = std::max(p.begin_byte, p.end_byte);
  p.length = terms.words;
  p.lang = para.lang;
  p.field = field;
  language_mask_ |= 1u << static_cast<int>(p.lang);
  live_passages_[static_cast<int>(field)]++;
  live_length_[static_cast<int>(field)] += p.length;
  const auto passage = static_cast<std::uint32_t>(data_.passages.size());
  data_.passages.push_back(p);
  add_passage_postings(passage, terms.term_positions, positions);
}

void SearchIndex::index_text(std::uint32_t doc, const analysis::AnalyzedText& text, Field field,
                             const ParagraphTokens& stream) {
  std::vector<analysis::Paragraph> paragraphs = text.paragraphs;
  if (paragraphs.empty()) paragraphs.push_back({{0, text.text.size()}, core::Language::kOther, 0});
  if (field == Field::kTitle) {  // a title is one passage, whatever its paragraphs
    paragraphs.resize(1);
    paragraphs[0].bytes = {0, text.text.size()};
  }
  PassageTerms terms;
  std::vector<std::uint32_t> positions;  // scratch for add_passage_postings
  const auto finish = [&](std::size_t k) {
    finish_passage(doc, field, paragraphs[k], k, text.text.size(), terms, positions);
  };
  if (stream && field == Field::kBody) {  // the analyzer's pieces, in paragraph order
    std::vector<analysis::AnalyzedToken> tokens;
    std::uint32_t k = 0;
    std::size_t current = paragraphs.size();  // none yet
    while (stream(text, tokens, k)) {
      if (k >= paragraphs.size()) continue;
      if (k != current) {
        if (current < paragraphs.size()) finish(current);
        terms.clear();
        current = k;
      }
      add_passage_tokens(tokens.data(), tokens.data() + tokens.size(), terms);
    }
    // The last piece's tokens (~70 bytes each) are not needed to make the passage's postings.
    std::vector<analysis::AnalyzedToken>().swap(tokens);
    if (current < paragraphs.size()) finish(current);
    return;
  }
  const analysis::AnalyzedToken* tokens = text.tokens.data();
  std::size_t t = 0;
  for (std::size_t k = 0; k < paragraphs.size(); ++k) {
    // A token belongs to the last paragraph starting at or before it (gaps included).
    const std::size_t limit = k + 1 < paragraphs.size() ? paragraphs[k + 1].bytes.begin_byte
                                                        : std::numeric_limits<std::size_t>::max();
    const std::size_t from = t;
    while (t < text.tokens.size() && text.tokens[t].bytes.begin_byte < limit) ++t;
    terms.clear();
    add_passage_tokens(tokens + from, tokens + t, terms);
    finish(k);
  }
}

void SearchIndex::add_passage_postings(std::uint32_t passage,
                                       std::vector<std::pair<TermId, std::uint32_t>>& tp,
                                       std::vector<std::uint32_t>& positions) {
  const std::size_t n = data_.terms.size();
  if (data_.postings.size() < n) {
    data_.postings.resize(n);
    data_.df.resize(n, 0);
    last_passage_.resize(n, 0);
  }
  std::sort(tp.begin(), tp.end());
  tp.erase(std::unique(tp.begin(), tp.end()), tp.end());
  for (std::size_t i = 0; i < tp.size();) {
    const TermId term = tp[i].first;
    positions.clear();
    for (; i < tp.size() && tp[i].first == term; ++i) positions.push_back(tp[i].second);
    PostingWriter::append(data_.postings[term], last_passage_[term], data_.df[term] == 0, passage,
                          positions);
    data_.df[term]++;
  }
}

bool SearchIndex::remove_document(const std::string& id) {
  const auto it = id_to_doc_.find(id);
  if (it == id_to_doc_.end()) return false;
  DocInfo& d = data_.docs[it->second];
  d.alive = false;
  for (std::uint32_t p = d.first_passage; p < d.first_passage + d.passage_count; ++p) {
    const PassageInfo& info = data_.passages[p];
    live_passages_[static_cast<int>(info.field)]--;
    live_length_[static_cast<int>(info.field)] -= info.length;
  }
  dead_passages_ += d.passage_count;
  id_to_doc_.erase(it);
  if (dead_passages_ * 4 > data_.passages.size()) compact();
  return true;
}

void SearchIndex::compact() {
  if (dead_passages_ == 0 && data_.docs.size() == id_to_doc_.size()) return;
  IndexData out;
  std::vector<std::uint32_t> new_passage(data_.passages.size(), kNoTerm);
  for (DocInfo& d : data_.docs) {
    if (!d.alive) continue;
    const auto doc = static_cast<std::uint32_t>(out.docs.size());
    const auto first = static_cast<std::uint32_t>(out.passages.size());
    for (std::uint32_t p = d.first_passage; p < d.first_passage + d.passage_count; ++p) {
      new_passage[p] = static_cast<std::uint32_t>(out.passages.size());
      out.passages.push_back(data_.passages[p]);
      out.passages.back().doc = doc;
    }
    d.first_passage = first;
    out.docs.push_back(std::move(d));
  }
  std::uint32_t last = 0;
  std::vector<std::uint32_t> last_passage;  // by new TermId: what recount() no longer decodes
  for (TermId t = 0; t < data_.terms.size(); ++t) {
    std::vector<std::uint8_t> list;
    std::uint32_t df = 0;
    PostingCursor c(data_.postings[t]);
    while (c.next()) {
      if (new_passage[c.passage()] == kNoTerm) continue;
      PostingWriter::append(list, last, df == 0, new_passage[c.passage()], c.positions());
      ++df;
    }
    if (df == 0) continue;
    out.terms.intern(data_.terms.term(t));
    out.postings.push_back(std::move(list));
    out.df.push_back(df);
    last_passage.push_back(last);
  }
  data_ = std::move(out);
  recount();
  last_passage_ = std::move(last_passage);
}

void SearchIndex::recount() {
  id_to_doc_.clear();
  live_passages_[0] = live_passages_[1] = 0;
  live_length_[0] = live_length_[1] = 0;
  dead_passages_ = 0;
  language_mask_ = 0;
  ++layout_version_;
  for (const PassageInfo& p : data_.passages) language_mask_ |= 1u << static_cast<int>(p.lang);
  for (std::uint32_t d = 0; d < data_.docs.size(); ++d) {
    const DocInfo& doc = data_.docs[d];
    if (doc.alive) id_to_doc_[doc.id] = d;
    for (std::uint32_t p = doc.first_passage; p < doc.first_passage + doc.passage_count; ++p) {
      const PassageInfo& info = data_.passages[p];
      if (!doc.alive) {
        dead_passages_++;
        continue;
      }
      live_passages_[static_cast<int>(info.field)]++;
      live_length_[static_cast<int>(info.field)] += info.length;
    }
  }
}

core::Result<SearchIndex> SearchIndex::from_data(IndexData data) {
  const auto bad = [](const std::string& what) {
    return Status(StatusCode::kInvalidData, "index data is inconsistent: " + what);
  };
  const std::size_t n_terms = data.terms.size();
  if (data.postings.size() != n_terms || data.df.size() != n_terms)
    return bad("term counts differ");
  std::uint64_t expected = 0;
  std::unordered_map<std::string, bool> alive_ids;
  for (std::size_t d = 0; d < data.docs.size(); ++d) {
    const DocInfo& doc = data.docs[d];
    if (doc.first_passage != expected) return bad("document passages are not contiguous");
    expected += doc.passage_count;
    if (expected > data.passages.size()) return bad("document passages out of range");
    if (doc.alive && !alive_ids.emplace(doc.id, true).second) return bad("duplicate document id");
    Status maps = check_offset_map(doc.to_input, doc.text.size(), "input");
    if (maps.ok()) maps = check_offset_map(doc.u16_to_source, utf16_length(doc.text), "UTF-16");
    if (!maps.ok()) return bad("document " + std::to_string(d) + ": " + maps.message());
    for (std::uint32_t p = doc.first_passage; p < expected; ++p) {
      const PassageInfo& info = data.passages[p];
      const std::size_t limit = info.field == Field::kTitle ? doc.title.size() : doc.text.size();
      if (info.doc != d || info.begin_byte > info.end_byte || info.end_byte > limit ||
          static_cast<int>(info.lang) > static_cast<int>(core::Language::kUk) ||
          static_cast<int>(info.field) >= kFieldCount) {
        return bad("passage " + std::to_string(p) + " is out of range");
      }
    }
  }
  if (expected != data.passages.size()) return bad("passages without a document");
  std::vector<std::uint32_t> last_passage(n_terms, 0);  // kept for appends: one decoding pass
  for (TermId t = 0; t < n_terms; ++t) {
    if (data.terms.term(t).empty()) return bad("empty term");
    PostingCursor c(data.postings[t]);
    std::uint32_t count = 0;
    while (c.next()) {
      if (c.passage() >= data.passages.size()) return bad("posting points past the passages");
      ++count;
    }
    if (!c.ok() || count != data.df[t]) return bad("postings of term " + std::to_string(t));
    last_passage[t] = c.passage();
  }
  SearchIndex index;
  index.data_ = std::move(data);
  index.recount();
  index.last_passage_ = std::move(last_passage);
  return index;
}

Status SearchIndex::add_terms(std::vector<TermPostings> terms,
                              const std::vector<std::pair<std::uint32_t, std::uint32_t>>& lengths,
                              bool keep_terms) {
  const auto bad = [](const std::string& what) {
    return Status(StatusCode::kInvalidData, "index data is inconsistent: " + what);
  };
  std::vector<std::uint32_t> last_passage(terms.size(), 0);
  std::vector<std::string_view> seen;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    const TermPostings& t = terms[i];
    if (t.term.empty()) return bad("empty term");
    if (keep_terms && data_.terms.find(t.term) != kNoTerm) return bad("a term added twice");
    PostingCursor c(t.postings);
    std::uint32_t count = 0;
    while (c.next()) {
      if (c.passage() >= data_.passages.size()) return bad("posting points past the passages");
      ++count;
    }
    if (!c.ok() || count != t.df) return bad("postings of term " + t.term);
    last_passage[i] = c.passage();
    seen.push_back(t.term);
  }
  std::sort(seen.begin(), seen.end());
  if (std::adjacent_find(seen.begin(), seen.end()) != seen.end()) return bad("a term added twice");
  for (const auto& [p, length] : lengths)
    if (p >= data_.passages.size()) return bad("a length past the passages");
  if (!keep_terms) {
    data_.terms = TermDict(), data_.postings.clear(), data_.df.clear(), last_passage_.clear();
  }
  for (std::size_t i = 0; i < terms.size(); ++i) {
    data_.terms.intern(terms[i].term);
    data_.postings.push_back(std::move(terms[i].postings));
    data_.df.push_back(terms[i].df);
    last_passage_.push_back(last_passage[i]);
  }
  for (const auto& [p, length] : lengths) {  // checked above: p is in range
    PassageInfo& info = data_.passages[p];
    if (data_.docs[info.doc].alive) {
      live_length_[static_cast<int>(info.field)] += std::uint64_t{length} - info.length;
    }
    info.length = length;
  }
  return Status();
}

const JamoDict& SearchIndex::jamo_dict() const {
  if (jamo_terms_ != data_.terms.size() || jamo_version_ != layout_version_) {
    jamo_.build(data_.terms);
    jamo_terms_ = data_.terms.size(), jamo_version_ = layout_version_;
  }
  return jamo_;
}

}  // namespace loupe::index
