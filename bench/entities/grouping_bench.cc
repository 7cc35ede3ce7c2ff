// Grouping of mentions into entities, measured (issue 16).
//  1. The grouping gold (tests/golden/entities/grouping, documents we wrote): B-cubed and
//     pairwise scores of the linking of the gold mentions (the linking alone), then of the
//     mentions the finder found (end to end, over the gold mentions it found at their exact
//     bytes), and the system entities that mix gold entities.
//  2. The real corpus (../shared/corpus), which has no grouping gold: entities holding two
//     different gazetteer places, and the largest groups with their aliases, to read by eye.
// Usage: loupe_bench_grouping [GOLD_DIR [CORPUS_DIR]]   (defaults: the two above, from the
// repository root).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "../../tests/support/grouping_gold.h"
#include "extract/entities/entity_index.h"
#include "extract/entities/lexicon.h"

namespace fs = std::filesystem;
using loupe::entities::EntityIndex;
using loupe::entities::EntityType;
using loupe::test::GoldDocument;

namespace {

std::string read_file(const fs::path& p) {
  std::string out;
  if (FILE* f = std::fopen(p.c_str(), "rb")) {
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
    std::fclose(f);
  }
  return out;
}

std::vector<fs::path> txt_files(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

EntityType type_of(const std::string& t) {
  return t == "PER" ? EntityType::kPerson : t == "ORG" ? EntityType::kOrg : EntityType::kLoc;
}

void print_scores(const char* what, const loupe::test::GroupingScores& s, std::size_t of) {
  std::printf("%-34s mentions %3zu/%zu  B3 P %.3f R %.3f F1 %.3f  pairwise P %.3f R %.3f\n", what,
              s.mentions, of, s.b3_precision, s.b3_recall, s.b3_f1, s.pair_precision,
              s.pair_recall);
}

// The gazetteer place (lexicon entry of type LOC) a surface names, or -1.
int gazetteer_place(std::string_view surface) {
  static loupe::entities::NameKeyer keyer;
  static const loupe::entities::Lexicon lexicon(keyer);
  int known = lexicon.find_korean(surface);
  if (known < 0) known = lexicon.find_name(keyer.lookup_key(surface));
  return known >= 0 && lexicon.entity(known).type == EntityType::kLoc ? known : -1;
}

// Entities of `index` holding two different gazetteer places, each printed; returns how many.
std::size_t gazetteer_merges(EntityIndex& index) {
  std::map<std::uint32_t, std::set<int>> places;  // entity -> gazetteer places
  std::map<std::uint32_t, std::set<std::string>> surfaces;
  for (const auto& m : index.mentions()) {
    const std::string s(index.surface(m));
    if (const int known = gazetteer_place(s); known >= 0) {
      places[m.entity].insert(known);
      surfaces[m.entity].insert(s);
    }
  }
  std::size_t merged = 0;
  for (const auto& [e, keys] : places)
    if (keys.size() > 1) {
      ++merged;
      std::printf("  two gazetteer places in \"%s\":", index.entities()[e].canonical.c_str());
      for (const auto& s : surfaces[e]) std::printf(" %s", s.c_str());
      std::printf("\n");
    }
  return merged;
}

// The finder's (the tagger's) side: gold mentions not found at their exact bytes (with what
// was found over them) and those found with another type (the type of the entity the mention
// ended in, so a wrong merge across types shows here too).
void finder_errors(EntityIndex& index, const std::vector<GoldDocument>& docs) {
  const auto& mentions = index.mentions();
  for (std::uint32_t d = 0; d < docs.size(); ++d)
    for (const auto& g : docs[d].mentions) {
      const std::string gold_surface = docs[d].text.substr(g.begin, g.end - g.begin);
      std::string over;
      bool exact = false;
      for (const auto& m : mentions) {
        if (m.doc != d || m.bytes.end_byte <= g.begin || m.bytes.begin_byte >= g.end) continue;
        const char* type = loupe::entities::entity_type_name(m.type);
        if (m.bytes.begin_byte == g.begin && m.bytes.end_byte == g.end) {
          exact = true;
          if (type[0] != g.type[0])
            std::printf("  type: %s \"%s\" %s, found %s (confidence %.2f)\n", docs[d].name.c_str(),
                        gold_surface.c_str(), g.type.c_str(), type, m.confidence);
          break;
        }
        char conf[16];
        std::snprintf(conf, sizeof conf, " %.2f", m.confidence);
        over += " [" + std::string(index.surface(m)) + " " + type + conf + "]";
      }
      if (!exact)
        std::printf("  missed: %s \"%s\" %s, found over it:%s\n", docs[d].name.c_str(),
                    gold_surface.c_str(), g.type.c_str(), over.empty() ? " nothing" : over.c_str());
    }
}

// "(0.87)": the confidence of the mention of `index` at exactly these bytes.
std::string confidence_of(EntityIndex& index, std::uint32_t doc, std::uint32_t begin,
                          std::uint32_t end) {
  for (const auto& m : index.mentions())
    if (m.doc == doc && m.bytes.begin_byte == begin && m.bytes.end_byte == end) {
      char out[16];
      std::snprintf(out, sizeof out, "(%.2f)", m.confidence);
      return out;
    }
  return "";
}

// Scores the entities `index` gave the gold mentions it has at their exact bytes; prints the
// gold entities split over several system entities and the system entities that mix gold ones.
void score(const char* what, EntityIndex& index, const std::vector<GoldDocument>& docs) {
  std::map<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>, std::uint32_t> at;
  for (const auto& m : index.mentions())
    at[{m.doc, m.bytes.begin_byte, m.bytes.end_byte}] = m.entity;
  std::vector<std::string> gold;
  std::vector<std::uint32_t> system;
  std::map<std::uint32_t, std::map<std::string, std::set<std::string>>> mixed;
  std::size_t total = 0;
  for (std::uint32_t d = 0; d < docs.size(); ++d)
    for (const auto& m : docs[d].mentions) {
      ++total;
      auto it = at.find({d, m.begin, m.end});
      if (it == at.end()) continue;
      gold.push_back(m.entity);
      system.push_back(it->second);
      mixed[it->second][m.entity].insert(docs[d].text.substr(m.begin, m.end - m.begin) +
                                         confidence_of(index, d, m.begin, m.end));
    }
  print_scores(what, loupe::test::score_grouping(gold, system), total);
  std::map<std::string, std::map<std::uint32_t, std::set<std::string>>> split;
  for (const auto& [entity, ids] : mixed)
    for (const auto& [id, surfaces] : ids) split[id][entity] = surfaces;
  for (const auto& [id, entities] : split) {
    if (entities.size() < 2) continue;
    std::printf("  split: %s:", id.c_str());
    for (const auto& [entity, surfaces] : entities) {
      std::printf(" {");
      for (const auto& s : surfaces) std::printf(" %s", s.c_str());
      std::printf(" }");
    }
    std::printf("\n");
  }
  for (const auto& [entity, ids] : mixed) {
    if (ids.size() < 2) continue;
    std::printf("  mixed: \"%s\":", index.entities()[entity].canonical.c_str());
    for (const auto& [id, surfaces] : ids) {
      std::printf(" %s{", id.c_str());
      for (const auto& s : surfaces) std::printf(" %s", s.c_str());
      std::printf(" }");
    }
    std::printf("\n");
  }
  const std::size_t merges = gazetteer_merges(index);
  std::printf("  entities holding two gazetteer places: %zu\n", merges);
}

void gold_figures(const fs::path& dir) {
  std::vector<GoldDocument> docs;
  for (const fs::path& f : txt_files(dir)) {
    std::string error;
    auto doc = loupe::test::parse_grouping_gold(f.stem().string(), read_file(f), &error);
    if (!doc) {
      std::fprintf(stderr, "%s\n", error.c_str());
      std::exit(1);
    }
    docs.push_back(std::move(*doc));
  }
  std::size_t mentions = 0;
  std::set<std::string> ids;
  for (const GoldDocument& d : docs)
    for (const auto& m : d.mentions) ++mentions, ids.insert(m.entity);
  std::printf("grouping gold: %zu documents, %zu mentions, %zu entities (%s)\n", docs.size(),
              mentions, ids.size(), dir.c_str());
  EntityIndex given, found;
  for (const GoldDocument& d : docs) {
    const std::uint32_t id = given.add_document(d.name, d.text);
    std::vector<loupe::entities::GivenMention> given_mentions;
    for (const auto& m : d.mentions) given_mentions.push_back({{m.begin, m.end}, type_of(m.type)});
    given.set_given_mentions(id, std::move(given_mentions));
    found.add_document(d.name, d.text);
  }
  score("gold mentions (linking alone)", given, docs);
  score("found mentions (end to end)", found, docs);
  std::printf("the finder's side (tagger spans, and entity types, against the gold):\n");
  finder_errors(found, docs);
}

// Entities of the real corpus holding two different gazetteer entries of places, and the
// largest groups.
void corpus_figures(const fs::path& dir) {
  const std::vector<fs::path> files = txt_files(dir);
  if (files.empty()) {
    std::printf("\ncorpus: SKIPPED, no documents in %s\n", dir.c_str());
    return;
  }
  EntityIndex index;
  for (const fs::path& f : files) index.add_document(f.stem().string(), read_file(f));
  const auto& entities = index.entities();
  const std::size_t merged = gazetteer_merges(index);
  std::printf(
      "\ncorpus: %zu documents, %zu mentions, %zu entities; entities holding two "
      "gazetteer places: %zu\n",
      files.size(), index.mentions().size(), entities.size(), merged);
  std::vector<const loupe::entities::Entity*> by_aliases;
  for (const auto& e : entities) by_aliases.push_back(&e);
  std::stable_sort(by_aliases.begin(), by_aliases.end(),
                   [](auto* a, auto* b) { return a->aliases.size() > b->aliases.size(); });
  std::printf("entities with the most distinct surfaces:\n");
  for (std::size_t i = 0; i < by_aliases.size() && i < 25; ++i) {
    const auto& e = *by_aliases[i];
    std::printf("  %-6s %-28s %3u mentions:", loupe::entities::entity_type_name(e.type),
                e.canonical.c_str(), e.mention_count);
    for (std::size_t a = 0; a < e.aliases.size() && a < 12; ++a)
      std::printf(" %s |", e.aliases[a].c_str());
    std::printf("\n");
  }
}

}  // namespace

int main(int argc, char** argv) {
  gold_figures(argc > 1 ? argv[1] : "tests/golden/entities/grouping");
  corpus_figures(argc > 2 ? argv[2] : "../shared/corpus");
  return 0;
}
