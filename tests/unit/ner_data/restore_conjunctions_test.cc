// The trainer's --conjunctions step (tools/ner-train/ner_data.h): CoNLL-2002's period for `y`
// inside a name becomes `y` again, the spans after it move, and initials keep their periods.
// Written texts, not corpus text.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ner_data.h"

using loupe::entities::EntityType;
using loupe::ner::NerDoc;

namespace {

std::string span_text(const NerDoc& d, std::size_t i) {
  return d.text.substr(d.spans[i].bytes.begin_byte, d.spans[i].bytes.size());
}

}  // namespace

TEST_CASE("restore_conjunctions: a period inside a name becomes y, later spans move",
          "[ner_data]") {
  NerDoc d;
  d.text = "La Junta de Castilla. León y J. L. Pérez visitaron Burgos. Ayer.";
  const auto at = [&](const std::string& s) { return d.text.find(s); };
  d.spans = {{{at("Junta"), at(" y J.")}, EntityType::kOrg},
             {{at("J. L."), at(" visitaron")}, EntityType::kPerson},
             {{at("Burgos"), at(". Ayer")}, EntityType::kLoc}};
  std::vector<NerDoc> docs = {d};
  CHECK(loupe::ner::restore_conjunctions(docs) == 1);
  const NerDoc& out = docs[0];
  CHECK(out.text == "La Junta de Castilla y León y J. L. Pérez visitaron Burgos. Ayer.");
  CHECK(span_text(out, 0) == "Junta de Castilla y León");
  CHECK(span_text(out, 1) == "J. L. Pérez");  // initials are no conjunction
  CHECK(span_text(out, 2) == "Burgos");       // a sentence end outside a span stays
}

TEST_CASE("restore_conjunctions: a text without such a period is left as it is", "[ner_data]") {
  NerDoc d;
  d.text = "El At. Madrid ganó. Luego habló Ana.";
  const std::size_t ana = d.text.find("Ana");
  d.spans = {{{3, 13}, EntityType::kOrg}, {{ana, ana + 3}, EntityType::kPerson}};
  std::vector<NerDoc> docs = {d};
  CHECK(loupe::ner::restore_conjunctions(docs) == 0);
  CHECK(docs[0].text == d.text);
  CHECK(span_text(docs[0], 0) == "At. Madrid");
  CHECK(span_text(docs[0], 1) == "Ana");
}
