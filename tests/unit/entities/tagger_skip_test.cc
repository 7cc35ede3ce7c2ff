// Sequences that show no name by their form are not tagged (TaggerFeatures::may_hold_name,
// EntityTagger::tag): such a sequence gives no span, even under a model that would tag it;
// a sequence with a capitalized name, a digit, capitals inside a word or Hangul is tagged, and
// its spans are those of tagging every sequence (the features of the others do not change).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entities/entity_tagger.h"
#include "extract/entities/lexicon.h"
#include "extract/entities/name_key.h"
#include "extract/entities/tagger_features.h"
#include "extract/entities/tagger_model.h"
#include "support/random_tagger_model.h"

using namespace loupe::entities;

namespace {

NameKeyer& keyer() {
  static NameKeyer k;
  return k;
}
const Lexicon& lexicon() {
  static const Lexicon lex(keyer());
  return lex;
}

// What tagging every sequence gives (as EntityTagger::tag did before the skip), per sequence.
std::vector<std::vector<TaggedSpan>> every_sequence(const std::string& text,
                                                    const TaggerModel& model) {
  const TaggerTokens tokens = tag_tokens(text);
  TaggerFeatures features(&lexicon(), &keyer(), 0);
  features.document(text, tokens);
  std::vector<std::vector<TaggedSpan>> out;
  std::vector<std::int32_t> scores;
  std::vector<std::uint8_t> labels;
  std::vector<float> confidence, by_type;
  for (const TokenSequence& seq : tokens.sequences) {
    features.score(text, tokens, seq, model, scores);
    model.decode_scores(scores.data(), seq.end - seq.begin, labels, confidence, &by_type);
    std::vector<TaggedSpan> spans, kept;
    spans_from_labels(tokens, seq, labels, confidence, spans, &by_type);
    for (TaggedSpan& s : spans)
      if (trim_quotes(text, s.bytes)) kept.push_back(s);
    out.push_back(kept);
  }
  return out;
}

// may_hold_name() of each sequence of `text`.
std::vector<bool> may_hold(const std::string& text) {
  const TaggerTokens tokens = tag_tokens(text);
  TaggerFeatures features(&lexicon(), &keyer(), 0);
  features.document(text, tokens);
  std::vector<bool> out;
  for (const TokenSequence& seq : tokens.sequences)
    out.push_back(features.may_hold_name(tokens, seq));
  return out;
}

}  // namespace

TEST_CASE("A sequence with no name's form is not tagged", "[entities][tagger]") {
  const std::string text =
      "the cat sat on the mat, and nobody saw it.\n\n"
      "The dog sat on the mat too.\n\n"
      "Putin sat on the mat.\n\n"
      "then it rained again.";
  REQUIRE(may_hold(text) == std::vector<bool>{false, false, true, false});
  const TaggerModel model = TaggerModel::parse(loupe::test::random_tagger_model(3)).value();
  const auto reference = every_sequence(text, model);
  REQUIRE(reference.size() == 4);
  // The model tags lower-case words where it is asked to: the skipped sequences had spans.
  REQUIRE(!reference[0].empty());
  REQUIRE(!reference[2].empty());
  EntityTagger tagger(&lexicon(), &keyer());
  const std::vector<TaggedSpan> spans = tagger.tag(text, model);
  // Only the third sequence's spans, the same as when every sequence is tagged.
  REQUIRE(spans.size() == reference[2].size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    CHECK(spans[i].bytes == reference[2][i].bytes);
    CHECK(spans[i].type == reference[2][i].type);
    CHECK(spans[i].confidence == reference[2][i].confidence);
    for (int t = 0; t < 3; ++t) CHECK(spans[i].by_type[t] == reference[2][i].by_type[t]);
  }
}

TEST_CASE("Which sequences may hold a name", "[entities][tagger]") {
  // A capitalized word the lexicon lists as no name (`The`, `Але`) is no sign; others are.
  CHECK(may_hold("The dog barked at the cat.") == std::vector<bool>{false});
  CHECK(may_hold("Але ми пішли додому.") == std::vector<bool>{false});
  CHECK(may_hold("Дора пішла додому.") == std::vector<bool>{true});
  CHECK(may_hold("the dog barked at Rex.") == std::vector<bool>{true});
  CHECK(may_hold("she bought an iPhone.") == std::vector<bool>{true});  // a capital inside
  CHECK(may_hold("she bought the nato report.") == std::vector<bool>{false});
  CHECK(may_hold("she bought 3 cars.") == std::vector<bool>{true});  // a digit
  CHECK(may_hold("the NATO report.") == std::vector<bool>{true});
  CHECK(may_hold("정부는 발표했다.") == std::vector<bool>{true});  // Hangul: no case
  CHECK(may_hold("the 習近平 visit.") == std::vector<bool>{true});
  CHECK(may_hold("the visit of Ёлкин.") == std::vector<bool>{true});
  CHECK(may_hold("- , ; .") == std::vector<bool>{false});
}
