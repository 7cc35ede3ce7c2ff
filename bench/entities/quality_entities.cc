// loupe_bench_quality_entities: the entities the product finds in libraries of dev documents
// (../shared/data/ner, or $LOUPE_NER_DIR; 20 documents of one dev file per library), as JSON
// lines with what the app's quality default reads (web/src/app/entity-quality.js: canonical,
// aliases, mention_count, documents, confidence_mean, confidence_max) and how many of their
// mentions are exactly right (gold span and type). bench/entities/quality-default.mjs scores
// the default's choices on them. Prints SKIP when the data are absent.
// Usage: loupe_bench_quality_entities OUT.jsonl [lang...]   (default: en es ru uk ko)
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/json_writer.h"
#include "core/language.h"
#include "extract/entities/entity_index.h"
#include "ner_data.h"

namespace {

constexpr std::size_t kLibrary = 20;

void write_library(std::FILE* out, const std::string& lang, const std::string& library,
                   const std::vector<loupe::ner::NerDoc>& docs, std::size_t from, std::size_t to) {
  loupe::entities::EntityIndex index;
  index.set_min_confidence(0);  // every entity, as the app's library index lists them
  for (std::size_t d = from; d < to; ++d) index.add_document(docs[d].id, docs[d].text);
  struct Seen {
    std::size_t n = 0, right = 0;
    double sum = 0, max = 0;
    std::set<std::uint32_t> docs;
  };
  std::vector<Seen> seen(index.entities().size());
  for (const auto& m : index.mentions()) {
    Seen& s = seen[m.entity];
    const auto& gold = docs[from + m.doc].spans;
    s.right += std::any_of(gold.begin(), gold.end(),
                           [&](const auto& g) { return g.bytes == m.bytes && g.type == m.type; });
    ++s.n, s.sum += m.confidence, s.max = std::max(s.max, static_cast<double>(m.confidence));
    s.docs.insert(m.doc);
  }
  for (const auto& e : index.entities()) {
    const Seen& s = seen[e.id];
    loupe::core::JsonWriter w;
    w.open('{').key("lang").str(lang).key("library").str(library);
    w.key("id").num(e.id).key("canonical").str(e.canonical).key("aliases").open('[');
    for (const std::string& a : e.aliases) w.str(a);
    w.close(']').key("mention_count").num(s.n).key("documents").open('[');
    for (std::uint32_t d : s.docs) w.num(d);
    w.close(']').key("confidence_mean").real(s.n ? s.sum / s.n : 0);
    w.key("confidence_max").real(s.max).key("right").num(s.right).close('}');
    std::fprintf(out, "%s\n", w.take().c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: loupe_bench_quality_entities OUT.jsonl [lang...]\n");
    return 2;
  }
  const char* env = std::getenv("LOUPE_NER_DIR");
  const std::filesystem::path dir = env ? env : "../shared/data/ner";
  if (!std::filesystem::is_directory(dir)) {
    std::printf("SKIP: %s not found (the NER dev files live beside the clone)\n", dir.c_str());
    return 0;
  }
  std::vector<std::string> langs(argv + 2, argv + argc);
  if (langs.empty()) langs = {"en", "es", "ru", "uk", "ko"};
  std::FILE* out = std::fopen(argv[1], "wb");
  if (!out) return 1;
  try {
    for (const std::string& lang : langs) {
      std::vector<std::string> files;
      for (const auto& e : std::filesystem::directory_iterator(dir / lang))
        if (e.path().string().ends_with("-dev.jsonl")) files.push_back(e.path().string());
      std::sort(files.begin(), files.end());
      for (const std::string& f : files) {
        const std::vector<loupe::ner::NerDoc> docs = loupe::ner::read_ner_file(f);
        for (std::size_t from = 0; from < docs.size(); from += kLibrary)
          write_library(out, lang,
                        std::filesystem::path(f).stem().string() + "/" + std::to_string(from), docs,
                        from, std::min(docs.size(), from + kLibrary));
      }
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "loupe_bench_quality_entities: %s\n", e.what());
    return 1;
  }
  std::fclose(out);
  return 0;
}
