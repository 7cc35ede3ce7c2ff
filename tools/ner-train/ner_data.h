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

// Exact span + type counts per type (PERSON, ORG, LOC).
struct NerScore {
  std::array<std::size_t, 3> tp{}, fp{}, fn{};
  void add(const std::vector<GoldSpan>& gold, const std::vector<GoldSpan>& found);
  double f1() const;  // micro-average over the three types, in percent
  // "ALL P R F1 | PERSON P R F1 | ..." on one line (per type on more lines with `detail`).
  void print(std::FILE* out, const std::string& name, bool detail) const;
};

}  // namespace loupe::ner
