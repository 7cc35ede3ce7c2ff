#include "extract/entities/entity_cooccurrence.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace loupe::entities {
namespace {

// Co-occurrence groups (sentences or paragraphs) as runs of `places`, sorted by place;
// of[a]: the runs holding entity a.
struct Place {
  std::uint64_t where;
  std::uint32_t id;
};
struct PlaceGroups {
  std::vector<Place> places;
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  std::vector<std::vector<std::uint32_t>> of;
};

PlaceGroups group_places(std::vector<Place> places, std::size_t n_entities) {
  PlaceGroups g;
  std::sort(places.begin(), places.end(), [](const Place& x, const Place& y) {
    return x.where != y.where ? x.where < y.where : x.id < y.id;
  });
  places.erase(std::unique(places.begin(), places.end(),
                           [](const Place& x, const Place& y) {
                             return x.where == y.where && x.id == y.id;
                           }),
               places.end());
  g.of.resize(n_entities);
  for (std::size_t b = 0; b < places.size();) {
    std::size_t e = b;
    while (e < places.size() && places[e].where == places[b].where) ++e;
    for (std::size_t k = b; k < e; ++k)
      g.of[places[k].id].push_back(static_cast<std::uint32_t>(g.runs.size()));
    g.runs.emplace_back(b, e);
    b = e;
  }
  g.places = std::move(places);
  return g;
}

}  // namespace

// Co-occurrence within a sentence and within a paragraph: the distinct entities of each
// sentence (paragraph); then, for each entity, the others of its groups counted in a dense
// array (a map or a sorted list of all pairs cost more than the linking: paragraphs of PDF
// text hold dozens of entities).
void count_cooccurrences(const std::vector<LinkRecord>& recs,
                         const std::vector<std::uint32_t>& entity_of,
                         std::vector<Entity>& entities) {
  std::vector<Place> in_sentence, in_paragraph;
  for (std::size_t i = 0; i < recs.size(); ++i) {
    if (entity_of[i] == kNoEntity) continue;  // not reported
    const LinkRecord& r = recs[i];
    in_sentence.push_back({(std::uint64_t(r.doc) << 32) | r.cand.sentence, entity_of[i]});
    in_paragraph.push_back({(std::uint64_t(r.doc) << 32) | r.cand.paragraph, entity_of[i]});
  }
  const std::size_t n_entities = entities.size();
  const PlaceGroups sentences = group_places(std::move(in_sentence), n_entities);
  const PlaceGroups paragraphs = group_places(std::move(in_paragraph), n_entities);
  std::vector<std::uint32_t> sent(n_entities), para(n_entities), touched;
  for (std::uint32_t a = 0; a < n_entities; ++a) {
    auto count = [&](const PlaceGroups& g, std::vector<std::uint32_t>& counter) {
      for (std::uint32_t run : g.of[a])
        for (std::size_t k = g.runs[run].first; k < g.runs[run].second; ++k) {
          const std::uint32_t b = g.places[k].id;
          if (b == a) continue;
          if (sent[b] == 0 && para[b] == 0) touched.push_back(b);
          ++counter[b];
        }
    };
    count(sentences, sent);
    count(paragraphs, para);
    std::sort(touched.begin(), touched.end());
    for (std::uint32_t b : touched)
      entities[a].cooccurs.push_back({b, sent[b], para[b]}), sent[b] = para[b] = 0;
    touched.clear();
  }
  for (Entity& e : entities) {
    std::stable_sort(
        e.cooccurs.begin(), e.cooccurs.end(), [](const CoOccurrence& a, const CoOccurrence& b) {
          return std::tie(a.sentences, a.paragraphs) > std::tie(b.sentences, b.paragraphs);
        });
    if (e.cooccurs.size() > 20) e.cooccurs.resize(20);
  }
}

}  // namespace loupe::entities
