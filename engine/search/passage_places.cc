#include "search/passage_places.h"

namespace loupe::search {

void PassagePlaces::sync(const index::SearchIndex& idx) {
  if (version_ == idx.layout_version()) return;
  u16_.clear(), walk_u16_.clear(), doc_walk_.assign(idx.docs().size(), kNotWalked);
  version_ = idx.layout_version();
}

const core::Utf16Index& PassagePlaces::whole_text(const index::SearchIndex& idx, std::uint32_t doc,
                                                  bool title) {
  const std::size_t slot = doc * 2 + (title ? 1 : 0);
  if (u16_.size() <= slot) u16_.resize(slot + 1);
  const index::DocInfo& d = idx.docs()[doc];
  if (!u16_[slot]) u16_[slot] = std::make_unique<core::Utf16Index>(title ? d.title : d.text);
  return *u16_[slot];
}

// The UTF-16 begin of a body passage (its document walked on first use), or kNoWalk.
std::uint32_t PassagePlaces::passage_begin_u16(const index::SearchIndex& idx,
                                               std::uint32_t passage) {
  const std::uint32_t doc = idx.passages()[passage].doc;
  if (doc_walk_[doc] == kNotWalked) {
    const index::DocInfo& d = idx.docs()[doc];
    const std::uint32_t end = d.first_passage + d.passage_count;  // <= passages(): checked at load
    doc_walk_[doc] = static_cast<std::uint32_t>(walk_u16_.size());
    std::size_t pos = 0, u16_pos = 0;
    for (std::uint32_t i = d.first_passage; i < end; ++i) {
      const index::PassageInfo& p = idx.passages()[i];
      if (p.field == index::Field::kBody) {
        const core::Utf16Walk w = core::walk_utf16(d.text, pos, p.begin_byte);
        if (p.begin_byte < pos || w.end_byte != p.begin_byte) {
          walk_u16_.resize(doc_walk_[doc]), doc_walk_[doc] = kNoWalk;
          break;
        }
        pos = w.end_byte, u16_pos += w.units;
      }
      walk_u16_.push_back(static_cast<std::uint32_t>(u16_pos));
    }
  }
  if (doc_walk_[doc] == kNoWalk) return kNoWalk;
  return walk_u16_[doc_walk_[doc] + (passage - idx.docs()[doc].first_passage)];
}

// The UTF-16 range of r (in the passage's text) over that text.
core::Utf16Range PassagePlaces::text_u16(const index::SearchIndex& idx, std::uint32_t passage,
                                         core::ByteRange r) {
  const index::PassageInfo& p = idx.passages()[passage];
  const bool title = p.field == index::Field::kTitle;
  const std::string& text = title ? idx.docs()[p.doc].title : idx.docs()[p.doc].text;
  const std::size_t base_byte = title ? 0 : p.begin_byte;
  const std::size_t base_u16 = title ? 0 : passage_begin_u16(idx, passage);
  if (base_u16 != kNoWalk && base_byte <= r.begin_byte && r.begin_byte <= r.end_byte) {
    const core::Utf16Walk a = core::walk_utf16(text, base_byte, r.begin_byte);
    if (a.end_byte == r.begin_byte) {
      const std::size_t begin = base_u16 + a.units;
      return {begin, begin + core::walk_utf16(text, r.begin_byte, r.end_byte).units};
    }
  }
  return whole_text(idx, p.doc, title).to_utf16(r);
}

Place PassagePlaces::place(const index::SearchIndex& idx, std::uint32_t passage,
                           core::ByteRange r) {
  const index::PassageInfo& p = idx.passages()[passage];
  const index::DocInfo& d = idx.docs()[p.doc];
  const core::Utf16Range t = text_u16(idx, passage, r);
  if (p.field == index::Field::kTitle) return {r, t, t};
  const core::ByteRange s = d.u16_to_source.to_source(core::ByteRange{t.begin_u16, t.end_u16});
  return {d.to_input.to_source(r), {s.begin_byte, s.end_byte}, t};
}

}  // namespace loupe::search
