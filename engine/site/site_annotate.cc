// annotate_site and native_entity_keyer (site_annotate.h).
#include "site/site_annotate.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <set>

#include "envelope/dates_envelope.h"
#include "extract/dates/date_extractor.h"
#include "extract/entities/entity_index.h"
#include "extract/entities/lexicon.h"
#include "extract/entities/name_key.h"
#include "extract/entities/name_match.h"
#include "query/filter_date.h"
#include "search/annotation_rules.h"
#include "site/site_annotation_merge.h"

namespace loupe::site {
namespace {

SiteWordKeys keys_of(entities::NameKeyer& keyer, std::string_view word) {
  SiteWordKeys k{keyer.word_key(word), keyer.romanize(word), {}};
  k.skeleton = entities::skeleton(k.roman);
  return k;
}

// The dated passages of document `d` (site numbers), as the date: filter reads them.
void add_dates(const index::SearchIndex& idx, const index::DocInfo& d,
               const dates::DateExtractor& extractor, std::vector<SiteDate>& out) {
  auto found = extractor.extract(d.text, "");  // the document's own reference date
  if (!found.ok()) return;
  for (const query::DatedPassage& dp : search::annotation_dates(idx, d, found.value()))
    out.push_back(  // the record is filled in by annotate_site, for every date at once
        {d.first_passage + dp.passage, dp.range.lo, dp.range.hi, dp.countable, dp.month, {}});
}

// The entity as the site stores it, with the keys resolve_entity compares: of each name
// (aliases, then the canonical) its lookup key, its last word's word key and romanization;
// 's' keys and skeletons for people only (resolve_entity's surname and near-spelling steps ask
// for a person).
SiteEntity site_entity(const entities::Entity& e, entities::NameKeyer& keyer) {
  const bool person = e.type == entities::EntityType::kPerson;
  SiteEntity s;
  s.canonical = e.canonical;
  s.type = entities::entity_type_name(e.type);
  s.key = s.type + ":" + keyer.lookup_key(e.canonical);
  for (search::AnnotationNameKeys& n : search::annotation_name_keys(e, keyer)) {
    s.names.push_back(std::move(n.lookup));
    if (person) s.surnames.push_back(std::move(n.surname));
    if (n.roman.empty()) continue;
    std::string sk = entities::skeleton(n.roman);
    s.skeletons.push_back(person && sk.size() >= 3 ? std::move(sk) : std::string());
    s.romans.push_back(std::move(n.roman));
  }
  return s;
}

// Documents [begin, end) of `idx` linked together: their entities (passages in site numbers)
// and the words of their names.
SiteAnnotations link_batch(const index::SearchIndex& idx, std::size_t begin, std::size_t end,
                           entities::NameKeyer& keyer) {
  entities::EntityIndex linked;
  linked.set_min_confidence(0);    // every entity, as the library's index lists them
  std::vector<std::size_t> slots;  // by linking number: the document's slot in idx
  for (std::size_t i = begin; i < end; ++i) {
    if (!idx.docs()[i].alive) continue;
    linked.add_document(idx.docs()[i].id, idx.docs()[i].text);
    slots.push_back(i);
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> mentioned;  // (passage, entity)
  for (const entities::Mention& m : linked.mentions()) {
    const index::DocInfo& d = idx.docs()[slots[m.doc]];
    if (auto p = search::annotation_passage(idx, d, m.bytes.begin_byte))
      mentioned.emplace_back(d.first_passage + *p, m.entity);
  }
  std::sort(mentioned.begin(), mentioned.end());
  mentioned.erase(std::unique(mentioned.begin(), mentioned.end()), mentioned.end());
  SiteAnnotations out;
  std::set<std::string> words;
  out.entities.resize(linked.entities().size());
  for (const entities::Entity& e : linked.entities()) {
    out.entities[e.id] = site_entity(e, keyer);  // ids are 0..n-1 (EntityIndex numbers them)
    std::vector<std::string> names = e.aliases;
    names.push_back(e.canonical);
    for (const std::string& name : names)
      for (const std::string& w : search::annotation_words(name)) words.insert(w);
  }
  for (const auto& [p, e] : mentioned) out.entities[e].passages.push_back(p);  // ascending
  for (const std::string& w : words) out.words.emplace_back(w, keys_of(keyer, w));
  return out;
}

}  // namespace

core::Result<SiteAnnotations> annotate_site(const index::SearchIndex& idx,
                                            const AnnotateOptions& options, AnnotateStats* stats) {
  if (idx.dead_passages() > 0)
    return core::Status(core::StatusCode::kInvalidArgument, "compact the index first");
  auto extractor = dates::DateExtractor::create();
  const dates::DateExtractor* date_extractor = extractor.ok() ? extractor.value().get() : nullptr;
  entities::NameKeyer keyer;
  AnnotationJoiner joined;
  AnnotateStats counted;
  std::vector<SiteDate> dates;
  const std::size_t limit = options.batch_text_bytes ? options.batch_text_bytes : SIZE_MAX;
  for (std::size_t begin = 0; begin < idx.docs().size();) {
    std::size_t end = begin, text = 0;
    for (; end < idx.docs().size(); ++end) {
      const std::size_t size = idx.docs()[end].alive ? idx.docs()[end].text.size() : 0;
      if (end > begin && text + size > limit) break;
      text += size;
    }
    joined.add(link_batch(idx, begin, end, keyer), 0, 0);
    ++counted.batches, counted.peak_text_bytes = std::max(counted.peak_text_bytes, text);
    if (date_extractor) {
      for (std::size_t i = begin; i < end; ++i)
        if (idx.docs()[i].alive) add_dates(idx, idx.docs()[i], *date_extractor, dates);
    }
    begin = end;
  }
  SiteAnnotations out = joined.take();
  out.dates = std::move(dates);
  // Each passage's document, language and field: a lone entity: or date: filter lists its
  // passages from the pages alone (annotation_passage gives body passages; the field is stored
  // anyway).
  const auto record = [&idx](std::uint32_t p) {
    const index::PassageInfo& info = idx.passages()[p];
    return ChunkEntry{info.doc, 0, info.lang, info.field};
  };
  for (SiteEntity& e : out.entities) {
    e.records.clear();
    for (std::uint32_t p : e.passages) e.records.push_back(record(p));
  }
  for (SiteDate& d : out.dates) d.record = record(d.passage);
  if (stats) *stats = counted;
  return out;
}

EntityKeyer native_entity_keyer() {
  // Made on the first entity: name (its transliterators take tens of milliseconds to build).
  auto keyer = std::make_shared<std::unique_ptr<entities::NameKeyer>>();
  EntityKeyer k;
  k.word = [keyer](std::string_view word) {
    if (!*keyer) *keyer = std::make_unique<entities::NameKeyer>();
    return WordKeying{true, keys_of(**keyer, word)};
  };
  k.near = [](std::string_view a, std::string_view b) {
    return entities::romanized_distance(a, b) <= 1;
  };
  return k;
}

}  // namespace loupe::site
