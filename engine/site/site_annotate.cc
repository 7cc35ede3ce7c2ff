// annotate_site and native_entity_keyer (site_annotate.h).
#include "site/site_annotate.h"

#include <algorithm>
#include <memory>
#include <set>

#include "extract/dates/date_extractor.h"
#include "extract/entities/lexicon.h"
#include "extract/entities/name_key.h"
#include "extract/entities/name_match.h"
#include "search/search_annotations.h"

namespace loupe::site {
namespace {

std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> out;
  for (std::size_t p = 0; p < name.size();) {
    std::size_t e = name.find_first_of(" \n\t", p);
    if (e == std::string_view::npos) e = name.size();
    if (e > p) out.emplace_back(name.substr(p, e - p));
    p = e + 1;
  }
  return out;
}

SiteWordKeys keys_of(entities::NameKeyer& keyer, std::string_view word) {
  SiteWordKeys k{keyer.word_key(word), keyer.romanize(word), {}};
  k.skeleton = entities::skeleton(k.roman);
  return k;
}

// The entity as the site stores it: 's' keys and skeletons for people only (resolve_entity's
// surname and near-spelling steps ask for a person), every name's words keyed for a reader
// with no keyer.
SiteEntity site_entity(const search::SearchAnnotations::KeyedEntity& e,
                       entities::NameKeyer& keyer) {
  const bool person = e.entry.type == entities::EntityType::kPerson;
  SiteEntity s;
  s.canonical = e.entry.canonical;
  s.type = entities::entity_type_name(e.entry.type);
  s.key = s.type + ":" + keyer.lookup_key(e.entry.canonical);
  s.names = e.names;
  if (person) s.surnames = e.surnames;
  for (const std::string& r : e.romans) {
    if (r.empty()) continue;
    s.romans.push_back(r);
    const std::string sk = entities::skeleton(r);
    s.skeletons.push_back(person && sk.size() >= 3 ? sk : std::string());
  }
  s.passages = e.passages;
  return s;
}

}  // namespace

core::Result<SiteAnnotations> annotate_site(const index::SearchIndex& idx) {
  if (idx.dead_passages() > 0)
    return core::Status(core::StatusCode::kInvalidArgument, "compact the index first");
  auto extractor = dates::DateExtractor::create();
  const dates::DateExtractor* dates = extractor.ok() ? extractor.value().get() : nullptr;
  search::SearchAnnotations found([dates] { return dates; });
  SiteAnnotations out;
  entities::NameKeyer keyer;
  std::set<std::string> words;
  for (const auto& e : found.keyed_entities(idx)) {
    out.entities.push_back(site_entity(e, keyer));
    std::vector<std::string> names = e.aliases;
    names.push_back(e.entry.canonical);
    for (const std::string& name : names)
      for (const std::string& w : words_of(name)) words.insert(w);
  }
  for (const std::string& w : words) out.words.emplace_back(w, keys_of(keyer, w));
  for (const auto& d : found.dated_passages(idx))
    out.dates.push_back({d.passage, d.range.lo, d.range.hi, d.countable, d.month});
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
