// Entities below the minimum confidence are left out (entity_confidence.cc): a group is kept
// when one of its mentions reaches it, when the lexicon lists it, or when it lies in a
// paragraph holding Hangul; min 0 keeps all. Records built by hand so the rule alone is tested;
// then the same through EntityIndex on a sentence written for this test.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entities/entity_index.h"
#include "extract/entities/entity_models.h"

using loupe::entities::Candidate;
using loupe::entities::LinkRecord;
using loupe::entities::ScannedText;
using loupe::entities::Script;
using loupe::entities::UnionFind;

namespace {

LinkRecord record(float confidence, std::uint32_t paragraph, int known = -1) {
  LinkRecord r;
  r.cand.confidence = confidence;
  r.cand.paragraph = paragraph;
  r.cand.known = known;
  return r;
}

}  // namespace

TEST_CASE("Entity confidence: a group is kept when one mention is confident enough", "[entities]") {
  // Paragraph 1 of the document holds a Hangul word.
  ScannedText scan;
  scan.paragraph_count = 3;
  loupe::entities::Word hangul;
  hangul.script = Script::kHangul;
  hangul.paragraph = 1;
  scan.words.push_back(hangul);
  const std::vector<ScannedText> scans = {scan};
  // Groups: {0, 1} (0.2 and 0.7), {2} (0.3), {3} (0.1, listed), {4} (0.2 in paragraph 1).
  const std::vector<LinkRecord> recs = {record(0.2f, 0), record(0.7f, 2), record(0.3f, 0),
                                        record(0.1f, 0, 7), record(0.2f, 1)};
  UnionFind groups(recs.size());
  groups.unite(0, 1);
  CHECK(loupe::entities::confident_groups(recs, groups, scans, 0.4f) ==
        std::vector<bool>{true, true, false, true, true});
  CHECK(loupe::entities::confident_groups(recs, groups, scans, 0.8f) ==
        std::vector<bool>{false, false, false, true, true});
  CHECK(loupe::entities::confident_groups(recs, groups, scans, 0) ==
        std::vector<bool>(recs.size(), true));
}

TEST_CASE("Entity confidence: EntityIndex leaves out doubtful entities unless asked for all",
          "[entities][tagger]") {
  if (!loupe::entities::has_entity_model(loupe::core::Language::kEs)) {
    WARN("no Spanish model: skipped");
    return;
  }
  // The tagger reads `Orbaneja` as a place with a confidence near 0.3 (an unknown village).
  const std::string text = "Les presentaron el Manifiesto Norte en la Feria Vieja de Orbaneja.\n";
  loupe::entities::EntityIndex all;
  all.set_min_confidence(0);
  all.add_document("t", text);
  loupe::entities::EntityIndex index;  // the default minimum
  index.add_document("t", text);
  // Every entity the default keeps is among all of them, and each kept one has a mention at
  // or above the minimum; those left out have none.
  std::size_t left_out = 0;
  for (const auto& e : all.entities()) {
    float best = 0;
    for (const auto& m : all.mentions())
      if (m.entity == e.id) best = std::max(best, m.confidence);
    bool kept = false;
    for (const auto& k : index.entities()) kept = kept || k.canonical == e.canonical;
    CHECK(kept == (best >= loupe::entities::kDefaultMinConfidence));
    left_out += kept ? 0 : 1;
  }
  CHECK(left_out >= 1);
  CHECK(index.entities().size() + left_out == all.entities().size());
}
