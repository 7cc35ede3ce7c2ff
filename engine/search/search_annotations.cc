// SearchAnnotations (search_annotations.h): dates and entities of the indexed documents, by
// passage, for the entity:/date: filters and the entity/year facets.
#include "search/search_annotations.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "core/json_writer.h"
#include "core/utf16_index.h"
#include "envelope/entities_envelope.h"
#include "extract/entities/entity_index.h"
#include "extract/entities/name_key.h"
#include "search/annotation_rules.h"

namespace loupe::search {

// The keys an entity's names (canonical and aliases) are compared by (resolve_entity).
struct SearchAnnotations::EntityKeys {
  std::vector<std::string> names;     // NameKeyer::lookup_key of each name
  std::vector<std::string> surnames;  // word_key of each name's last word
  std::vector<std::string> romans;    // romanized last word of each name
};

SearchAnnotations::SearchAnnotations(DateExtractorSource dates)
    : date_extractor_(std::move(dates)) {}
SearchAnnotations::~SearchAnnotations() = default;

void SearchAnnotations::forget(const std::string& doc_id) {
  doc_dates_.erase(doc_id);
  dates_dirty_ = entities_dirty_ = true;
}

void SearchAnnotations::clear() {
  doc_dates_.clear();
  dates_dirty_ = entities_dirty_ = true;
}

void SearchAnnotations::ensure_dates(const index::SearchIndex& idx) {
  if (!dates_dirty_ && dates_layout_ == idx.layout_version()) return;
  const dates::DateExtractor* extractor = date_extractor_ ? date_extractor_() : nullptr;
  dates_.clear();
  for (const index::DocInfo& d : idx.docs()) {
    if (!d.alive) continue;
    auto [it, fresh] = doc_dates_.try_emplace(d.id);
    if (fresh && extractor) {
      auto found = extractor->extract(d.text, "");  // the document's own reference date
      if (found.ok()) it->second.found = std::move(found.value());
      it->second.passages = annotation_dates(idx, d, it->second.found);
    }
    for (DatedPassage dp : it->second.passages)
      dates_.push_back((dp.passage += d.first_passage, dp));
  }
  dates_dirty_ = false;
  dates_layout_ = idx.layout_version();
}

void SearchAnnotations::ensure_entities(const index::SearchIndex& idx) {
  if (entities_dirty_) {
    // Linking is corpus-wide (case statistics, names found in one document looked for in all),
    // so a change of the document set re-runs it over every live document's normalized text.
    // TODO(#4): re-link from cached per-document mentions once extract/entities offers it.
    entities::EntityIndex linked;
    linked.set_min_confidence(0);  // every entity: the app lists them behind its quality default
    linked_docs_.clear();
    std::vector<std::uint32_t> slots;  // by linking number: the document's slot in idx now
    for (std::uint32_t i = 0; i < idx.docs().size(); ++i) {
      const index::DocInfo& d = idx.docs()[i];
      if (!d.alive) continue;
      linked.add_document(d.id, d.text);
      linked_docs_.push_back(d.id);
      slots.push_back(i);
    }
    mentions_.clear();
    linked_mentions_ = linked.mentions();
    linked_entities_ = linked.entities();
    for (const entities::Mention& m : linked.mentions()) {
      const std::optional<std::uint32_t> p =
          annotation_passage(idx, idx.docs()[slots[m.doc]], m.bytes.begin_byte);
      if (p) mentions_.push_back({m.doc, *p, m.entity});
    }
    if (!keyer_) keyer_ = std::make_unique<entities::NameKeyer>();
    entities_.clear();
    keys_.clear();
    for (const entities::Entity& e : linked.entities()) {
      EntityKeys k;
      for (AnnotationNameKeys& n : annotation_name_keys(e, *keyer_)) {
        k.names.push_back(std::move(n.lookup));
        k.surnames.push_back(std::move(n.surname));
        k.romans.push_back(std::move(n.roman));
      }
      if (entities_.size() <= e.id) entities_.resize(e.id + 1), keys_.resize(e.id + 1);
      entities_[e.id] = {e.id, e.canonical, e.type, 0};
      keys_[e.id] = std::move(k);
    }
    entities_dirty_ = false;
    entities_layout_ = ~0ull;
  }
  if (entities_layout_ == idx.layout_version()) return;
  passage_entities_.clear();
  std::vector<long> first(linked_docs_.size(), -1);
  for (std::size_t i = 0; i < linked_docs_.size(); ++i) {
    const long slot = idx.find_document(linked_docs_[i]);
    if (slot >= 0) first[i] = idx.docs()[slot].first_passage;
  }
  for (const EntityMention& m : mentions_) {
    if (first[m.doc] >= 0)
      passage_entities_.emplace_back(static_cast<std::uint32_t>(first[m.doc]) + m.passage,
                                     m.entity);
  }
  std::sort(passage_entities_.begin(), passage_entities_.end());
  passage_entities_.erase(std::unique(passage_entities_.begin(), passage_entities_.end()),
                          passage_entities_.end());
  entities_layout_ = idx.layout_version();
}

// A name denotes the entities with a name of the same lookup key (case, accents, Cyrillic
// case endings: Путина = Путин); failing that, the people with that surname; failing that,
// across scripts, a name whose last word romanizes the same (НАТО = NATO), or for people
// whose romanized surnames have the same consonant skeleton within one edit (the linking's
// own test: 푸틴 = Putin).
std::vector<std::uint32_t> SearchAnnotations::resolve_entity(const index::SearchIndex& idx,
                                                             std::string_view name) {
  ensure_entities(idx);
  const std::vector<std::string> words = annotation_words(name);
  std::vector<std::uint32_t> out;
  if (words.empty() || !keyer_) return out;
  const std::string key = keyer_->lookup_key(name);
  const std::string last = keyer_->word_key(words.back());
  const std::string roman = keyer_->romanize(words.back());
  const auto pick = [&](auto&& test) {
    for (std::uint32_t id = 0; id < keys_.size(); ++id) {
      for (std::size_t i = 0; i < keys_[id].names.size(); ++i) {
        if (test(entities_[id], keys_[id], i)) {
          out.push_back(id);
          break;
        }
      }
    }
    return !out.empty();
  };
  using entities::EntityType;
  if (pick([&](const auto&, const EntityKeys& k, std::size_t i) { return k.names[i] == key; }))
    return out;
  if (words.size() == 1 && pick([&](const EntityFacetEntry& e, const EntityKeys& k, std::size_t i) {
        return e.type == EntityType::kPerson && k.surnames[i] == last;
      }))
    return out;
  if (roman.empty()) return out;
  const std::string sk = entities::skeleton(roman);  // the query's, once (not per candidate)
  pick([&](const EntityFacetEntry& e, const EntityKeys& k, std::size_t i) {
    const std::string& r = k.romans[i];
    if (r.empty()) return false;
    if (r == roman) return true;
    return e.type == EntityType::kPerson && sk.size() >= 3 && sk == entities::skeleton(r) &&
           entities::romanized_distance(roman, r) <= 1;
  });
  return out;
}

std::vector<std::uint32_t> SearchAnnotations::passages(const index::SearchIndex& idx,
                                                       const query::QueryNode& node) {
  std::vector<std::uint32_t> out;
  if (node.kind == query::QueryNode::Kind::kDate) {
    query::DateFilterError error;
    const std::optional<query::DayRange> want = query::parse_date_filter(node.text, &error);
    if (!want) return out;  // the parser validated it
    ensure_dates(idx);
    for (const DatedPassage& d : dates_) {
      if (d.range.overlaps(*want) && (out.empty() || out.back() != d.passage))
        out.push_back(d.passage);
    }
  } else if (node.kind == query::QueryNode::Kind::kEntity) {
    const std::vector<std::uint32_t> ids = resolve_entity(idx, node.text);
    for (const auto& [p, e] : passage_entities_) {
      if (std::find(ids.begin(), ids.end(), e) != ids.end() && (out.empty() || out.back() != p))
        out.push_back(p);
    }
  }
  return out;
}

std::vector<SearchAnnotations::KeyedEntity> SearchAnnotations::keyed_entities(
    const index::SearchIndex& idx) {
  ensure_entities(idx);
  std::vector<KeyedEntity> out(entities_.size());
  for (std::uint32_t id = 0; id < entities_.size(); ++id)
    out[id] = {entities_[id], {}, keys_[id].names, keys_[id].surnames, keys_[id].romans, {}};
  for (const entities::Entity& e : linked_entities_) out[e.id].aliases = e.aliases;
  for (const auto& [p, e] : passage_entities_) out[e].passages.push_back(p);  // sorted by p
  return out;
}

std::vector<EntityFacetEntry> SearchAnnotations::entity_facet(
    const index::SearchIndex& idx, const std::vector<std::uint32_t>& hits, std::size_t limit) {
  ensure_entities(idx);
  std::vector<EntityFacetEntry> out;
  for (const auto& [id, n] :
       query::count_entities(passage_entities_, entities_.size(), hits, limit))
    out.push_back(entities_[id]), out.back().passages = n;
  return out;
}

std::vector<std::pair<int, std::uint32_t>> SearchAnnotations::year_facet(
    const index::SearchIndex& idx, const std::vector<std::uint32_t>& hits) {
  ensure_dates(idx);
  return query::count_years(dates_, hits);
}

std::vector<std::pair<int, std::uint32_t>> SearchAnnotations::month_facet(
    const index::SearchIndex& idx, const std::vector<std::uint32_t>& hits) {
  ensure_dates(idx);
  return query::count_months(dates_, hits);
}

void write_annotation_facets(core::JsonWriter& j, SearchAnnotations& a,
                             const index::SearchIndex& idx, const std::vector<std::uint32_t>& hits,
                             const AnnotationFacets& asked) {
  if (asked.entity) {
    j.key("entity").open('[');
    for (const EntityFacetEntry& e : a.entity_facet(idx, hits, asked.limit)) {
      j.open('{').key("id").num(e.id).key("canonical").str(e.canonical);
      j.key("type").str(entities::entity_type_name(e.type)).key("count").num(e.passages).close('}');
    }
    j.close(']');
  }
  if (asked.year) {
    j.key("year").open('{');
    for (const auto& [y, n] : a.year_facet(idx, hits)) j.key(std::to_string(y)).num(n);
    j.close('}');
  }
  if (asked.month) {
    j.key("month").open('{');
    char key[16];
    for (const auto& [m, n] : a.month_facet(idx, hits)) {
      std::snprintf(key, sizeof key, "%04d-%02d", m / 12, m % 12 + 1);
      j.key(key).num(n);
    }
    j.close('}');
  }
}

// Where ranges of one document's index text are in the caller's terms: input bytes and
// decoded-source UTF-16 through the document's maps; the surface is the index's (normalized)
// text, which the caller may re-slice from its own source by the UTF-16 range. Ranges asked in
// ascending order walk the text once (core::walk_utf16); one before the last starts again.
namespace {

class PlaceWalker {
 public:
  explicit PlaceWalker(const index::DocInfo& d) : d_(&d) {}
  envelope::MentionPlace at(core::ByteRange b) {
    if (b.begin_byte < pos_) pos_ = 0, u16_ = 0;
    const core::Utf16Walk to_begin = core::walk_utf16(d_->text, pos_, b.begin_byte);
    const core::Utf16Walk name = core::walk_utf16(d_->text, to_begin.end_byte, b.end_byte);
    const core::Utf16Range t{u16_ + to_begin.units, u16_ + to_begin.units + name.units};
    pos_ = name.end_byte, u16_ = t.end_u16;
    const core::ByteRange s = d_->u16_to_source.to_source(core::ByteRange{t.begin_u16, t.end_u16});
    return {d_->to_input.to_source(b),
            {s.begin_byte, s.end_byte},
            std::string_view(d_->text).substr(b.begin_byte, b.size())};
  }

 private:
  const index::DocInfo* d_;
  std::size_t pos_ = 0, u16_ = 0;  // a character boundary of d_->text and its UTF-16 offset
};

}  // namespace

std::string SearchAnnotations::entities_json(const index::SearchIndex& idx) {
  ensure_entities(idx);
  // Mentions come by document and in order: each document is looked up by id once.
  std::uint32_t last_doc = UINT32_MAX;
  std::optional<PlaceWalker> walk;
  return envelope::entities_envelope(
      linked_entities_, linked_mentions_, linked_docs_, [&](const entities::Mention& m) {
        if (m.doc != last_doc)
          walk.emplace(idx.docs()[idx.find_document(linked_docs_[m.doc])]), last_doc = m.doc;
        return walk->at(m.bytes);
      });
}

// In the index's document order; documents the extractor never saw (none: no extractor) have
// no dates.
std::string SearchAnnotations::dates_json(const index::SearchIndex& idx,
                                          const envelope::DatesPick& pick) {
  ensure_dates(idx);
  std::vector<envelope::DatedDocument> docs;
  std::vector<const index::DocInfo*> infos;
  for (const index::DocInfo& d : idx.docs()) {
    if (!d.alive) continue;
    docs.push_back({d.id, d.name, &doc_dates_.at(d.id).found});
    infos.push_back(&d);
  }
  std::size_t last = SIZE_MAX;
  std::optional<PlaceWalker> walk;
  return envelope::index_dates_envelope(docs, pick, [&](std::size_t i, core::ByteRange b) {
    if (i != last) walk.emplace(*infos[i]), last = i;
    return walk->at(b);
  });
}

}  // namespace loupe::search
