// read_annotations and merge_annotations (site_annotation_merge.h).
#include "site/site_annotation_merge.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "site/payload_io.h"

namespace loupe::site {
namespace {

using core::Status;

void add_unique(std::vector<std::string>& to, const std::string& s) {
  if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
}

// The keys of key pages back onto their entities ('w' records into the words).
Status take_keys(const std::vector<KeyRecord>& records, SiteAnnotations& a,
                 std::map<std::pair<std::uint32_t, std::string>, std::string>& skeletons) {
  for (const KeyRecord& r : records) {
    const std::string key = r.key.substr(0, r.key.size() - 2);  // without the 0 and the kind
    if (kind_of(r) == 'w') {
      a.words.emplace_back(key, SiteWordKeys{r.word_key, r.roman, r.skeleton});
      continue;
    }
    if (r.entity >= a.entities.size()) return invalid("a key names no entity");
    SiteEntity& e = a.entities[r.entity];
    switch (kind_of(r)) {
      case 'n':
        add_unique(e.names, key);
        break;
      case 's':
        add_unique(e.surnames, key);
        break;
      case 'r':
        add_unique(e.romans, key);
        break;
      default:  // 'k' (decode_key_page knows no other)
        skeletons[{r.entity, r.roman}] = key;
    }
  }
  return Status();
}

}  // namespace

core::Result<SiteAnnotations> read_annotations(const AnnotationReader::FetchPayload& fetch,
                                               const std::string& file, std::uint32_t passages,
                                               std::uint32_t documents) {
  SiteAnnotations a;
  if (file.empty()) return a;
  auto payload = fetch(kAnnotationsMagic, file);
  if (!payload.ok()) return payload.status();
  auto index = decode_annotation_index(payload.value());
  if (!index.ok()) return invalid(file + ": " + index.status().message());
  for (const EntityPageRef& ref : index.value().entity_pages) {
    auto p = fetch(kEntityPageMagic, ref.file);
    if (!p.ok()) return p.status();
    auto page = decode_entity_page(p.value(), passages, documents);
    if (!page.ok()) return invalid(ref.file + ": " + page.status().message());
    if (ref.first_id != a.entities.size()) return invalid(ref.file + ": entities out of order");
    for (SiteEntity& e : page.value()) a.entities.push_back(std::move(e));
  }
  if (a.entities.size() != index.value().entities) return invalid(file + ": entities missing");
  std::map<std::pair<std::uint32_t, std::string>, std::string> skeletons;  // (id, roman)
  for (const KeyPageRef& ref : index.value().key_pages) {
    auto p = fetch(kKeyPageMagic, ref.file);
    if (!p.ok()) return p.status();
    auto page = decode_key_page(p.value());
    if (!page.ok()) return invalid(ref.file + ": " + page.status().message());
    if (Status s = take_keys(page.value(), a, skeletons); !s.ok())
      return invalid(ref.file + ": " + s.message());
  }
  for (std::uint32_t id = 0; id < a.entities.size(); ++id) {
    SiteEntity& e = a.entities[id];
    for (const std::string& r : e.romans) {
      const auto it = skeletons.find({id, r});
      e.skeletons.push_back(it == skeletons.end() ? std::string() : it->second);
    }
  }
  for (const DatePageRef& ref : index.value().date_pages) {
    auto p = fetch(kDatePageMagic, ref.file);
    if (!p.ok()) return p.status();
    auto page = decode_date_page(p.value(), passages, documents);
    if (!page.ok()) return invalid(ref.file + ": " + page.status().message());
    a.dates.insert(a.dates.end(), page.value().begin(), page.value().end());
  }
  std::stable_sort(a.dates.begin(), a.dates.end(),
                   [](const SiteDate& x, const SiteDate& y) { return x.passage < y.passage; });
  return a;
}

void AnnotationJoiner::add(SiteAnnotations part, std::uint32_t first_passage,
                           std::uint32_t first_doc) {
  // Joined with an earlier one's entity of the same key; within one, the linking's entities
  // stay apart, as one run wrote them (a merge of one part is that part).
  std::unordered_map<std::string, std::uint32_t> part_keys;
  std::unordered_map<std::uint32_t, std::size_t> grown;  // joined entity -> its passages before
  for (SiteEntity& e : part.entities) {
    for (std::uint32_t& p : e.passages) p += first_passage;
    e.records.resize(e.passages.size());  // none yet in annotate_site's batches
    for (ChunkEntry& r : e.records) r.doc += first_doc;
    const auto it = by_key_.find(e.key);
    if (it == by_key_.end()) {
      part_keys.emplace(e.key, static_cast<std::uint32_t>(joined_.entities.size()));
      joined_.entities.push_back(std::move(e));
      continue;
    }
    SiteEntity& to = joined_.entities[it->second];
    for (const std::string& n : e.names) add_unique(to.names, n);
    for (const std::string& s : e.surnames) add_unique(to.surnames, s);
    for (std::size_t i = 0; i < e.romans.size(); ++i) {
      if (std::find(to.romans.begin(), to.romans.end(), e.romans[i]) != to.romans.end()) continue;
      to.romans.push_back(e.romans[i]), to.skeletons.push_back(e.skeletons[i]);
    }
    grown.emplace(it->second, to.passages.size());
    to.passages.insert(to.passages.end(), e.passages.begin(), e.passages.end());
    to.records.insert(to.records.end(), e.records.begin(), e.records.end());
  }
  // Entities of one key within this one joined the same earlier entity: their passages
  // interleave (and may repeat). All follow the earlier ones (parts and batches come in passage
  // order): sorting what this one added keeps the list ascending, as the pages store it.
  for (const auto& [id, from] : grown) {
    SiteEntity& e = joined_.entities[id];
    std::vector<std::pair<std::uint32_t, ChunkEntry>> added;  // a passage with its record
    for (std::size_t i = from; i < e.passages.size(); ++i)
      added.emplace_back(e.passages[i], e.records[i]);
    std::sort(added.begin(), added.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    e.passages.resize(from), e.records.resize(from);
    for (const auto& [p, r] : added) {
      if (!e.passages.empty() && e.passages.back() == p) continue;  // a passage's record is one
      e.passages.push_back(p), e.records.push_back(r);
    }
  }
  by_key_.insert(part_keys.begin(), part_keys.end());
  for (SiteDate d : part.dates) {
    d.passage += first_passage, d.record.doc += first_doc;
    joined_.dates.push_back(d);
  }
  for (auto& [w, k] : part.words)
    if (words_.insert(w).second) joined_.words.emplace_back(w, std::move(k));
}

Status merge_annotations(const std::vector<AnnotatedPart>& parts, std::size_t page_bytes,
                         const FileSink& sink, Manifest& manifest, std::size_t& bytes) {
  if (std::all_of(parts.begin(), parts.end(), [](const auto& p) { return p.file.empty(); }))
    return Status();
  AnnotationJoiner joiner;
  for (const AnnotatedPart& part : parts) {
    const AnnotationReader::FetchPayload fetch =
        [&part](std::string_view magic, const std::string& name) -> core::Result<std::string> {
      auto b = (*part.fetch)(name);
      if (!b.ok()) return Status(b.status().code(), part.label + ": cannot fetch " + name);
      auto p = unwrap_file(magic, b.value(), part.label + ": " + name);
      if (!p.ok()) return p.status();
      return std::string(p.value());
    };
    auto a = read_annotations(fetch, part.file, part.passages, part.documents);
    if (!a.ok()) return Status(a.status().code(), part.label + ": " + a.status().message());
    joiner.add(std::move(a.value()), part.first_passage, part.first_doc);
  }
  return write_annotations(joiner.take(), page_bytes, sink, manifest, bytes);
}

}  // namespace loupe::site
