// loupe_bench_ner: exact span + type P/R/F1 per language, corpus and type on the dev files of
// ../shared/data/ner (or $LOUPE_NER_DIR), for the tagger alone (the language's model on the
// whole text) and for the product path (EntityIndex, one index per document: spans, then
// linking; a mention takes its entity's type, or ORG where the tagger read a place so).
// Prints SKIP when the data are absent.
// Usage: loupe_bench_ner [lang...]   (default: en es ru uk ko)
//        loupe_bench_ner --sentences [FILE]   (default bench/entities/sentences.json): our own
//        written sentences through the product, surface + type, per language and type
// NER_MIN_CONFIDENCE=C: the product with EntityIndex::set_min_confidence(C) (0: every entity).
// NER_PLACES_LOC=1: gold ORG spans that the lexicon lists as places are scored as LOC (the
// product's convention; KMOU and CoNLL-2002 make a country acting as an agent ORG).
// Korean files also print "product, ours": the product against the gold with the product's
// two conventions applied (korean_conventions below), beside the figure as published.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "../../tests/support/entity_sentences.h"
#include "core/language.h"
#include "extract/entities/entity_index.h"
#include "extract/entities/entity_models.h"
#include "extract/entities/entity_tagger.h"
#include "ner_data.h"

namespace {

using loupe::ner::GoldSpan;

std::vector<GoldSpan> product_spans(const std::string& text) {
  loupe::entities::EntityIndex index;
  if (const char* c = std::getenv("NER_MIN_CONFIDENCE")) index.set_min_confidence(std::stof(c));
  index.add_document("doc", text);
  std::vector<GoldSpan> out;
  for (const auto& m : index.mentions()) out.push_back({m.bytes, m.type});
  return out;
}

// NER_ERRORS=1: each false positive (+) and miss (-) of the tagger with its type, for reading
// errors; NER_ERRORS=product: the product's; NER_ERRORS=ours (Korean): the product's against
// the gold under the product's conventions.
void print_errors(const loupe::ner::NerDoc& doc, const std::vector<GoldSpan>& found) {
  auto same = [](const GoldSpan& a, const GoldSpan& b) {
    return a.bytes == b.bytes && a.type == b.type;
  };
  // A unit of one sentence (the Korean sets) is shown after the span, to read the error in place.
  const std::string context = doc.text.size() < 400 ? "   | " + doc.text : "";
  // NER_CONTEXT=N: the N bytes either side of every span (to the nearest character), one line.
  const char* around = std::getenv("NER_CONTEXT");
  const std::size_t width = around ? std::strtoul(around, nullptr, 10) : 0;
  auto near = [&](const GoldSpan& s) {
    if (!width) return context;
    std::size_t b = s.bytes.begin_byte > width ? s.bytes.begin_byte - width : 0;
    std::size_t e = std::min(doc.text.size(), std::size_t{s.bytes.end_byte} + width);
    while (b > 0 && (doc.text[b] & 0xC0) == 0x80) --b;
    while (e < doc.text.size() && (doc.text[e] & 0xC0) == 0x80) ++e;
    std::string line = doc.text.substr(b, e - b);
    std::replace(line.begin(), line.end(), '\n', '/');
    return "   | " + line;
  };
  auto show = [&](char sign, const GoldSpan& s) {
    std::printf("%c %-6s %s%s\n", sign, loupe::entities::entity_type_name(s.type),
                doc.text.substr(s.bytes.begin_byte, s.bytes.size()).c_str(), near(s).c_str());
  };
  for (const GoldSpan& f : found)
    if (std::none_of(doc.spans.begin(), doc.spans.end(),
                     [&](const GoldSpan& g) { return same(f, g); }))
      show('+', f);
  for (const GoldSpan& g : doc.spans)
    if (std::none_of(found.begin(), found.end(), [&](const GoldSpan& f) { return same(f, g); }))
      show('-', g);
}

// The Korean sets' conventions where they differ from the product's, mapped to the product's
// (decided per set in bench/entities/KOREAN.md, "Korean conventions"): a country or city the
// lexicon lists is LOC, also where KMOU, KMOU EXOBRAIN and (rarely) KLUE tag it ORG for its
// role, but a country as a clause's subject (`미국은`) is ORG; a LOC span of several places is one
// span per place (KLUE marks a whole address, KMOU and KLP-2016 each place), by the product's own
// rule (korean_place_parts). The spans' text is not looked at otherwise: no answer of a dev file is
// written here.
std::vector<loupe::ner::NerDoc> korean_conventions(std::vector<loupe::ner::NerDoc> docs,
                                                   const loupe::entities::Lexicon& lexicon,
                                                   loupe::entities::NameKeyer& keyer) {
  loupe::ner::listed_places_as_loc(docs, lexicon, keyer);
  loupe::ner::korean_country_subjects_as_org(docs, lexicon);
  loupe::ner::split_korean_places(docs, lexicon);
  return docs;
}

void evaluate(const std::filesystem::path& file, loupe::core::Language lang) {
  std::vector<loupe::ner::NerDoc> docs = loupe::ner::read_ner_file(file.string());
  const auto start = std::chrono::steady_clock::now();
  const loupe::entities::TaggerModel* model = loupe::entities::entity_model(lang);
  const double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (model)
    std::printf("%s model: %zu rows, first use %.1f ms (read + parse; 0 once loaded)\n",
                std::string(loupe::core::language_code(lang)).c_str(), model->rows(), load_ms);
  loupe::entities::NameKeyer keyer;
  const loupe::entities::Lexicon lexicon(keyer);
  // Scored against the convention "a place the lexicon lists is LOC" (NER_PLACES_LOC=1).
  if (const char* v = std::getenv("NER_PLACES_LOC"); v && *v && *v != '0')
    std::printf("%zu gold ORG spans the lexicon lists as places scored as LOC\n",
                loupe::ner::listed_places_as_loc(docs, lexicon, keyer));
  loupe::entities::EntityTagger tagger(&lexicon, &keyer);
  const bool korean = lang == loupe::core::Language::kKo;
  const std::vector<loupe::ner::NerDoc> ours =
      korean ? korean_conventions(docs, lexicon, keyer) : std::vector<loupe::ner::NerDoc>{};
  loupe::ner::NerScore alone, product, product_ours;
  const char* errors = std::getenv("NER_ERRORS");  // "product": the product's errors instead
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const loupe::ner::NerDoc& doc = docs[d];
    if (model) {
      std::vector<GoldSpan> found;
      for (const auto& s : tagger.tag(doc.text, *model)) found.push_back({s.bytes, s.type});
      alone.add(doc.spans, found);
      if (errors && std::string(errors) != "product" && std::string(errors) != "ours")
        print_errors(doc, found);
    }
    const std::vector<GoldSpan> found = product_spans(doc.text);
    if (errors && std::string(errors) == "product") print_errors(doc, found);
    if (errors && std::string(errors) == "ours" && korean) print_errors(ours[d], found);
    product.add(doc.spans, found);
    if (korean) product_ours.add(ours[d].spans, found);
  }
  const std::string name = file.filename().string();
  if (model) alone.print(stdout, name + " tagger", true);
  product.print(stdout, name + " product", true);
  if (korean) product_ours.print(stdout, name + " product, ours", true);
}

}  // namespace

int sentences_main(const std::string& path) {
  for (const auto& [lang, sentences] : loupe::test::load_sentences(path)) {
    const loupe::test::SentenceScore s = loupe::test::score_sentences(sentences);
    const char* names[] = {"PERSON", "ORG", "LOC", "ALL"};
    for (int t : {3, 0, 1, 2})
      std::printf("sentences %-2s %-6s P %5.1f R %5.1f F1 %5.1f  (gold %zu)\n", lang.c_str(),
                  names[t], s.precision(t), s.recall(t), s.f1(t), s.tp[t] + s.fn[t]);
    if (std::getenv("NER_ERRORS"))
      for (const std::string& e : s.errors) std::printf("  %s\n", e.c_str());
  }
  return 0;
}

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--sentences") try {
      return sentences_main(argc > 2 ? argv[2] : "bench/entities/sentences.json");
    } catch (const std::exception& e) {
      std::fprintf(stderr, "loupe_bench_ner: %s\n", e.what());
      return 1;
    }
  const char* env = std::getenv("LOUPE_NER_DIR");
  const std::filesystem::path dir = env ? env : "../shared/data/ner";
  if (!std::filesystem::is_directory(dir)) {
    std::printf("SKIP: %s not found (the NER dev files live beside the clone)\n", dir.c_str());
    return 0;
  }
  std::vector<std::string> langs;
  for (int i = 1; i < argc; ++i) langs.push_back(argv[i]);
  if (langs.empty()) langs = {"en", "es", "ru", "uk", "ko"};
  try {
    for (const std::string& lang : langs) {
      std::vector<std::filesystem::path> files;
      for (const auto& e : std::filesystem::directory_iterator(dir / lang))
        if (e.path().string().ends_with("-dev.jsonl")) files.push_back(e.path());
      std::sort(files.begin(), files.end());
      for (const auto& f : files) evaluate(f, loupe::core::language_from_code(lang));
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "loupe_bench_ner: %s\n", e.what());
    return 1;
  }
  return 0;
}
