// The annotated corpora of ../shared/data/ner (one JSON document a line: text, spans with
// code-point offsets) as byte spans, and exact span + type scoring.
// E.g. read_ner_file("en/conll2003-dev.jsonl") -> docs with spans [begin_byte, end_byte, type].
#pragma once
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "core/byte_range.h"
#include "extract/entities/lexicon.h"

namespace loupe::ner {

struct GoldSpan {
  core::ByteRange bytes;
  entities::EntityType type = entities::EntityType::kPerson;
};

struct NerDoc {
  std::string id, text;
  std::vector<GoldSpan> spans;  // sorted, not overlapping
};

// Reads a .jsonl file; an unreadable file or a bad line is an error (thrown: tools only).
std::vector<NerDoc> read_ner_file(const std::string& path);

// Gold ORG spans that the lexicon lists whole as a place (a country or city named for its role:
// KMOU's `한국` ORG, CoNLL-2002's `España` ORG) become LOC: the lexicon's type, which the
// product gives every mention of a listed name anyway. Returns how many changed.
std::size_t listed_places_as_loc(std::vector<NerDoc>& docs, const entities::Lexicon& lexicon,
                                 entities::NameKeyer& keyer);

// factRuEval's convention for organizations, name parts only: a gold ORG span with a quoted
// name (Collection5's `ОАО "Газпром"`, `ФК "Тамбов"`) keeps only the text inside the quotes.
// Returns how many changed.
std::size_t org_names_only(std::vector<NerDoc>& docs);

// factRuEval's convention for an organization named with its place: one ORG span (`МИД России`,
// `Госдепартамента США`; factRuEval train has no ORG span followed by a LOC span), where
// Collection5 marks ORG `МИД` + LOC `России` (731 pairs in train). A gold ORG span followed by
// one space and a LOC span becomes one ORG span over both. Returns how many merged.
std::size_t org_with_following_place(std::vector<NerDoc>& docs);

// factRuEval's convention for a name with a bracketed part (an acronym, the Latin spelling): two
// spans, as CoNLL marks them too (`Форума стран-экспортеров газа (ФСЭГ)` -> the name + `ФСЭГ`),
// where Collection5 marks one (352 training spans). Returns how many split.
std::size_t split_bracketed(std::vector<NerDoc>& docs);

// The product's mention type for a Korean subject, or a side of a game, that the lexicon lists as
// a country (`미국은 ... 밝혔다`, `폴란드를 3-1로 격파`: ORG, entity_index.cc) applied to gold
// spans that another convention made LOC (for the bench's "ours" figures, after
// listed_places_as_loc). Returns how many changed.
std::size_t korean_country_subjects_as_org(std::vector<NerDoc>& docs,
                                           const entities::Lexicon& lexicon);

// Korean LOC spans of several places become one span per place (`미국 텍사스주` -> 미국 +
// 텍사스주; entities::korean_place_parts, the product's rule): KMOU and KLP-2016 mark each place
// of an address apart, KLUE the whole address. Returns the spans added.
std::size_t split_korean_places(std::vector<NerDoc>& docs, const entities::Lexicon& lexicon);

// CoNLL-2002 writes a period for the conjunction inside names (`Junta de Castilla. León`,
// `Departamento de Transportes. Obras Públicas`: 216 training spans hold `. `, most of them
// initials), so a model trained on it splits real text's `Castilla y León` in two. A `. ` inside
// a gold span after a word of three letters or more with a lower-case letter (no initial or
// abbreviation: `J. L.`, `At. Madrid`) becomes ` y `; every later offset of the document moves
// by one byte. Returns how many were restored.
std::size_t restore_conjunctions(std::vector<NerDoc>& docs);

// Exact span + type counts per type (PERSON, ORG, LOC).
struct NerScore {
  std::array<std::size_t, 3> tp{}, fp{}, fn{};
  void add(const std::vector<GoldSpan>& gold, const std::vector<GoldSpan>& found);
  double f1() const;  // micro-average over the three types, in percent
  // "ALL P R F1 | PERSON P R F1 | ..." on one line (per type on more lines with `detail`).
  void print(std::FILE* out, const std::string& name, bool detail) const;
};

}  // namespace loupe::ner
