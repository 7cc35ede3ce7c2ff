// The annotations file (the lists of key, entity and date pages) and the writer that cuts the
// annotations into pages (site_annotations.h; FORMAT.md, "Annotations").
#include <algorithm>

#include "site/payload_io.h"
#include "site/site_annotations.h"

namespace loupe::site {

using core::Status;
using index::put_varint;

Bytes encode_annotation_index(const AnnotationIndex& a) {
  Bytes p;
  put_varint(p, a.entities), put_varint(p, a.dates);
  put_varint(p, a.key_pages.size());
  std::string_view prev;
  for (const KeyPageRef& k : a.key_pages) {
    put_front_coded(p, k.first_key, prev), put_str(p, k.file);
    prev = k.first_key;
  }
  put_varint(p, a.entity_pages.size());
  for (const EntityPageRef& e : a.entity_pages) put_varint(p, e.first_id), put_str(p, e.file);
  put_varint(p, a.date_pages.size());
  for (const DatePageRef& d : a.date_pages)
    put_varint(p, d.first_lo), put_varint(p, d.last_hi), put_str(p, d.file);
  return p;
}

core::Result<AnnotationIndex> decode_annotation_index(std::string_view payload) {
  PayloadReader r(payload);
  AnnotationIndex a;
  const Status bad = invalid("malformed");
  std::uint32_t n = 0;
  if (!r.u32(a.entities) || !r.u32(a.dates) || !r.count(n)) return bad;
  a.key_pages.resize(n);
  std::string prev;
  for (KeyPageRef& k : a.key_pages) {
    if (!r.front_coded(prev, k.first_key) || !r.str(k.file)) return bad;
    if (!is_hashed_name(k.file, 'k')) return invalid("a file name is not one the writer makes");
    if (&k != &a.key_pages.front() && k.first_key <= prev) return invalid("pages out of order");
    prev = k.first_key;
  }
  if (!r.count(n)) return bad;
  a.entity_pages.resize(n);
  for (EntityPageRef& e : a.entity_pages) {
    if (!r.u32(e.first_id) || !r.str(e.file)) return bad;
    if (!is_hashed_name(e.file, 'e')) return invalid("a file name is not one the writer makes");
    const bool first = &e == &a.entity_pages.front();
    if (first ? e.first_id != 0 : e.first_id <= (&e - 1)->first_id || e.first_id >= a.entities)
      return invalid("pages out of order");
  }
  if (!r.count(n)) return bad;
  a.date_pages.resize(n);
  for (DatePageRef& d : a.date_pages) {
    if (!r.u32(d.first_lo) || !r.u32(d.last_hi) || !r.str(d.file)) return bad;
    if (!is_hashed_name(d.file, 'y')) return invalid("a file name is not one the writer makes");
    if (&d != &a.date_pages.front() && d.first_lo < (&d - 1)->first_lo)
      return invalid("pages out of order");
  }
  if (!r.at_end()) return invalid("bytes after the last page");
  if (a.entities > 0 && a.entity_pages.empty()) return invalid("no page for the entities");
  return a;
}

namespace {

using Sink = std::function<Status(const std::string&, const Bytes&)>;

// Writes a page and returns its name (prefix-<hash>.bin), adding its size to `bytes`.
core::Result<std::string> put_page(char prefix, std::string_view magic, const Bytes& payload,
                                   const Sink& sink, std::size_t& bytes) {
  const Bytes file = wrap_file(magic, payload);
  std::string name = content_name(std::string_view(&prefix, 1), file);
  if (Status s = sink(name, file); !s.ok()) return s;
  bytes += file.size();
  return name;
}

// Cuts items [0, n) into runs whose sizes (size(i), an estimate) stay near `limit`, never
// before an item that may not start a run (starts(i) false): calls page(begin, end) per run.
template <typename Size, typename Page>
Status cut_pages(std::size_t n, std::size_t limit, const Size& size, const Page& page,
                 const std::function<bool(std::size_t)>& starts = nullptr) {
  std::size_t begin = 0, bytes = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t s = size(i);
    if (i > begin && bytes + s > limit && (!starts || starts(i))) {
      if (Status st = page(begin, i); !st.ok()) return st;
      begin = i, bytes = 0;
    }
    bytes += s;
  }
  return n > begin ? page(begin, n) : Status();
}

}  // namespace

Status write_annotations(const SiteAnnotations& a, std::size_t page_bytes, const Sink& sink,
                         Manifest& manifest, std::size_t& annotation_bytes) {
  AnnotationIndex index;
  index.entities = static_cast<std::uint32_t>(a.entities.size());
  index.dates = static_cast<std::uint32_t>(a.dates.size());
  const std::vector<KeyRecord> keys = key_records(a);
  Status s = cut_pages(
      keys.size(), page_bytes,
      [&](std::size_t i) {
        const KeyRecord& k = keys[i];
        return k.key.size() + k.roman.size() + k.word_key.size() + k.skeleton.size() + 4;
      },
      [&](std::size_t b, std::size_t e) -> Status {
        const std::vector<KeyRecord> page(keys.begin() + b, keys.begin() + e);
        auto name = put_page('k', kKeyPageMagic, encode_key_page(page), sink, annotation_bytes);
        if (!name.ok()) return name.status();
        index.key_pages.push_back({keys[b].key, name.value()});
        return Status();
      },
      // A key's records stay in one page: a reader reads the one its key falls in.
      [&](std::size_t i) { return keys[i].key != keys[i - 1].key; });
  if (!s.ok()) return s;
  s = cut_pages(
      a.entities.size(), page_bytes,
      [&](std::size_t i) { return encode_entity_page(a.entities, i, i + 1).size(); },
      [&](std::size_t b, std::size_t e) -> Status {
        auto name = put_page('e', kEntityPageMagic, encode_entity_page(a.entities, b, e), sink,
                             annotation_bytes);
        if (!name.ok()) return name.status();
        index.entity_pages.push_back({static_cast<std::uint32_t>(b), name.value()});
        return Status();
      });
  if (!s.ok()) return s;
  std::vector<SiteDate> by_day = a.dates;  // a date: filter reads the pages its range overlaps
  std::stable_sort(by_day.begin(), by_day.end(),
                   [](const SiteDate& x, const SiteDate& y) { return x.lo < y.lo; });
  s = cut_pages(
      by_day.size(), page_bytes,
      [&](std::size_t i) { return encode_date_page({by_day[i]}).size(); },
      [&](std::size_t b, std::size_t e) -> Status {
        const std::vector<SiteDate> page(by_day.begin() + b, by_day.begin() + e);
        auto name = put_page('y', kDatePageMagic, encode_date_page(page), sink, annotation_bytes);
        if (!name.ok()) return name.status();
        std::uint32_t hi = 0;
        for (const SiteDate& d : page) hi = std::max(hi, d.hi);
        index.date_pages.push_back({page.front().lo, hi, name.value()});
        return Status();
      });
  if (!s.ok()) return s;
  auto name =
      put_page('a', kAnnotationsMagic, encode_annotation_index(index), sink, annotation_bytes);
  if (!name.ok()) return name.status();
  manifest.annotations_file = name.value();
  return Status();
}

}  // namespace loupe::site
