// The annotation files' codecs and writer (site_annotations.h; FORMAT.md, "Annotations").
#include "site/site_annotations.h"

#include <algorithm>
#include <tuple>

#include "site/payload_io.h"

namespace loupe::site {

using index::put_varint;

bool KeyRecord::operator<(const KeyRecord& o) const {
  return std::tie(key, entity, roman, word_key, skeleton) <
         std::tie(o.key, o.entity, o.roman, o.word_key, o.skeleton);
}

std::string key_of(char kind, std::string_view key) {
  std::string out(key);
  out.push_back('\0');
  out.push_back(kind);
  return out;
}

namespace {

// An empty key is kept ('n', 's': the engine compares it as any other), but for 'r': an empty
// roman matches nothing.
void add_records(std::vector<KeyRecord>& out, char kind, const std::vector<std::string>& keys,
                 std::uint32_t id) {
  for (const std::string& k : keys)
    if (kind != 'r' || !k.empty()) out.push_back({key_of(kind, k), id, {}, {}, {}});
}

}  // namespace

// Every key a query's name is compared by (search::SearchAnnotations::resolve_entity), each
// once, in key order.
std::vector<KeyRecord> key_records(const SiteAnnotations& a) {
  std::vector<KeyRecord> out;
  for (std::uint32_t id = 0; id < a.entities.size(); ++id) {
    const SiteEntity& e = a.entities[id];
    add_records(out, 'n', e.names, id);
    add_records(out, 's', e.surnames, id);
    add_records(out, 'r', e.romans, id);
    for (std::size_t i = 0; i < e.skeletons.size() && i < e.romans.size(); ++i)
      if (!e.skeletons[i].empty())
        out.push_back({key_of('k', e.skeletons[i]), id, e.romans[i], {}, {}});
  }
  for (const auto& [word, k] : a.words)
    if (!word.empty()) out.push_back({key_of('w', word), 0, k.roman, k.key, k.skeleton});
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end(),
                        [](const KeyRecord& x, const KeyRecord& y) { return !(x < y || y < x); }),
            out.end());
  return out;
}

Bytes encode_key_page(const std::vector<KeyRecord>& records) {
  Bytes p;
  put_varint(p, records.size());
  std::string_view prev;
  for (const KeyRecord& r : records) {
    put_front_coded(p, r.key, prev);
    prev = r.key;
    if (kind_of(r) == 'w') {
      put_str(p, r.word_key), put_str(p, r.roman), put_str(p, r.skeleton);
    } else {
      put_varint(p, r.entity);
      if (kind_of(r) == 'k') put_str(p, r.roman);
    }
  }
  return p;
}

core::Result<std::vector<KeyRecord>> decode_key_page(std::string_view payload) {
  PayloadReader r(payload);
  std::uint32_t n = 0;
  if (!r.count(n)) return invalid("malformed");
  std::vector<KeyRecord> out(n);
  std::string prev;
  for (KeyRecord& k : out) {
    if (!r.front_coded(prev, k.key) || k.key.size() < 2 || k.key[k.key.size() - 2] != '\0')
      return invalid("malformed");
    const char kind = kind_of(k);
    bool ok = true;
    if (kind == 'w') {
      ok = r.str(k.word_key) && r.str(k.roman) && r.str(k.skeleton);
    } else if (kind == 'n' || kind == 's' || kind == 'r' || kind == 'k') {
      ok = r.u32(k.entity) && (kind != 'k' || r.str(k.roman));
    } else {
      return invalid("a key of no known kind");
    }
    if (!ok) return invalid("malformed");
    if (k.key < prev) return invalid("keys out of order");
    prev = k.key;
  }
  if (!r.at_end()) return invalid("bytes after the last key");
  return out;
}

namespace {

// A passage's record as a chunk entry's (chunk_fragment_format.cc): `document − doc_base << 1
// | kind changed`, then the byte `lang | field << 4` if it differs from `kind` (0x100 at the
// first record: always written). An entity's passages mostly stay in a document and a kind.
void put_record(Bytes& p, const ChunkEntry& e, std::uint32_t doc_base, std::uint32_t& kind) {
  const std::uint32_t k = static_cast<std::uint32_t>(e.lang) | static_cast<std::uint32_t>(e.field)
                                                                   << 4;
  put_varint(p, std::uint64_t{e.doc - doc_base} << 1 | (k != kind ? 1 : 0));
  if (k != kind) p.push_back(static_cast<std::uint8_t>(k));
  kind = k;
}

bool get_record(PayloadReader& r, ChunkEntry& e, std::uint32_t doc_base, std::uint32_t documents,
                std::uint32_t& kind) {
  std::uint64_t v = 0;
  if (!r.u64(v)) return false;
  if ((v & 1) && !r.byte(kind)) return false;
  if (kind > 0xFF || std::uint64_t{doc_base} + (v >> 1) >= documents)
    return false;  // 0x100: no kind yet
  if ((kind & 0xF) > static_cast<std::uint32_t>(core::Language::kUk) ||
      (kind >> 4) >= index::kFieldCount)
    return false;
  e.doc = static_cast<std::uint32_t>(doc_base + (v >> 1)), e.norm = 0;
  e.lang = static_cast<core::Language>(kind & 0xF);
  e.field = static_cast<index::Field>(kind >> 4);
  return true;
}

}  // namespace

Bytes encode_entity_page(const std::vector<SiteEntity>& entities, std::size_t begin,
                         std::size_t end) {
  Bytes p;
  put_varint(p, end - begin);
  for (std::size_t i = begin; i < end; ++i) {
    const SiteEntity& e = entities[i];
    put_str(p, e.canonical), put_str(p, e.type), put_str(p, e.key);
    put_varint(p, e.passages.size());
    std::uint32_t last = 0, doc = 0, kind = 0x100;
    for (std::size_t k = 0; k < e.passages.size(); ++k) {
      put_varint(p, e.passages[k] - (k ? last + 1 : 0)), last = e.passages[k];
      const ChunkEntry rec = k < e.records.size() ? e.records[k] : ChunkEntry{doc};
      put_record(p, rec, doc, kind), doc = rec.doc;  // documents ascend with the passages
    }
  }
  return p;
}

// Passages ascending and below `passages` (the manifest's count), their documents ascending.
core::Result<std::vector<SiteEntity>> decode_entity_page(std::string_view payload,
                                                         std::uint32_t passages,
                                                         std::uint32_t documents) {
  PayloadReader r(payload);
  std::uint32_t n = 0;
  if (!r.count(n)) return invalid("malformed");
  std::vector<SiteEntity> out(n);
  for (SiteEntity& e : out) {
    std::uint32_t count = 0;
    if (!r.str(e.canonical) || !r.str(e.type) || !r.str(e.key) || !r.count(count))
      return invalid("malformed");
    std::uint64_t next = 0;  // the least passage the next gap may give
    e.passages.resize(count);
    e.records.resize(count);
    std::uint32_t doc = 0, kind = 0x100;
    for (std::uint32_t k = 0; k < count; ++k) {
      std::uint32_t gap = 0;
      if (!r.u32(gap) || next + gap >= passages) return invalid("a passage out of range");
      e.passages[k] = static_cast<std::uint32_t>(next + gap);
      next = std::uint64_t{e.passages[k]} + 1;
      if (!get_record(r, e.records[k], doc, documents, kind)) return invalid("a passage's record");
      doc = e.records[k].doc;
    }
  }
  if (!r.at_end()) return invalid("bytes after the last entity");
  return out;
}

Bytes encode_date_page(const std::vector<SiteDate>& dates) {
  Bytes p;
  put_varint(p, dates.size());
  std::uint32_t kind = 0x100;
  for (const SiteDate& d : dates) {
    put_varint(p, d.passage), put_record(p, d.record, 0, kind);
    put_varint(p, d.lo), put_varint(p, d.hi - d.lo);
    put_varint(p, static_cast<std::uint64_t>(d.month + 1) << 1 | (d.countable ? 1 : 0));
  }
  return p;
}

core::Result<std::vector<SiteDate>> decode_date_page(std::string_view payload,
                                                     std::uint32_t passages,
                                                     std::uint32_t documents) {
  PayloadReader r(payload);
  std::uint32_t n = 0;
  if (!r.count(n)) return invalid("malformed");
  std::vector<SiteDate> out(n);
  std::uint32_t kind = 0x100;
  for (SiteDate& d : out) {
    std::uint32_t span = 0, flags = 0;
    if (!r.u32(d.passage)) return invalid("malformed");
    if (!get_record(r, d.record, 0, documents, kind)) return invalid("a passage's record");
    if (!r.u32(d.lo) || !r.u32(span) || !r.u32(flags)) return invalid("malformed");
    if (d.passage >= passages || span > 99991231u - std::min(d.lo, 99991231u) ||
        flags >> 1 > 0x7FFFFFFFu)
      return invalid("a date out of range");
    d.hi = d.lo + span;
    d.countable = flags & 1;
    d.month = static_cast<int>(flags >> 1) - 1;
  }
  if (!r.at_end()) return invalid("bytes after the last date");
  return out;
}

}  // namespace loupe::site
