// Word classes in a tagger model (version 2): written and read back, used by score() exactly
// as extract() uses them, and absent from a version 1 model.
#include "extract/entities/tagger_word_classes.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "extract/entities/lexicon.h"
#include "extract/entities/name_key.h"
#include "extract/entities/tagger_features.h"
#include "extract/entities/tagger_model.h"
#include "extract/entities/tagger_tokens.h"

using namespace loupe::entities;

namespace {

constexpr int L = kTaggerLabels;

std::vector<float> dense_weights(int bits, unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<float> real(-12, 12);
  std::vector<float> w((std::size_t{1} << bits) * L);
  for (float& x : w) x = real(random);
  return w;
}

// Classes for every word of `text` (by its key), numbered in order of appearance.
WordClasses classes_of(const std::string& text, TaggerFeatures& features) {
  const TaggerTokens tokens = tag_tokens(text);
  features.document(text, tokens);
  std::vector<std::pair<std::uint32_t, std::uint16_t>> entries;
  FeatureRows rows;
  for (const TokenSequence& seq : tokens.sequences) {
    features.extract(text, tokens, seq, rows);
    for (const auto& info : features.token_info()) {
      const auto n = static_cast<std::uint16_t>(entries.size());
      entries.push_back({WordClasses::short_key(info.key),
                         static_cast<std::uint16_t>((n % 5) | ((n % 3) << 10))});
    }
  }
  return WordClasses(std::move(entries));
}

}  // namespace

TEST_CASE("Word classes are written into the model and read back", "[entities][tagger]") {
  const WordClasses classes({{70000, 3}, {5, 1027}, {4000000000u, 9}});
  std::vector<float> w((std::size_t{1} << 10) * L, 0), t(L * L + 2 * L, 0);
  w[7 * L + 2] = 1;
  const auto with = TaggerModel::parse(write_tagger_model(10, 10, w, t, &classes));
  REQUIRE(with.ok());
  REQUIRE(with.value().word_classes() != nullptr);
  CHECK(with.value().word_classes()->find(std::uint64_t{70000} << 32) == 3);
  CHECK(with.value().word_classes()->find(std::uint64_t{5} << 32) == 1027);
  CHECK(with.value().word_classes()->find(std::uint64_t{4000000000u} << 32) == 9);
  CHECK(with.value().word_classes()->find(std::uint64_t{6} << 32) == -1);
  const auto without = TaggerModel::parse(write_tagger_model(10, 10, w, t));
  REQUIRE(without.ok());
  CHECK(without.value().word_classes() == nullptr);
  // A cut class list is an error, not a shorter list.
  std::string bytes = write_tagger_model(10, 10, w, t, &classes);
  bytes.pop_back();
  CHECK_FALSE(TaggerModel::parse(bytes).ok());
}

TEST_CASE("score() uses the model's word classes as extract() does", "[entities][tagger]") {
  NameKeyer keyer;
  const Lexicon lexicon(keyer);
  const std::string text =
      "Ana Romero visitó Valladolid y Zaragoza con el Real Madrid.\n\n"
      "«Газпром» подписал договор в Москве. Samsung과 LG는 서울에서 발표했다";
  TaggerFeatures plain(&lexicon, &keyer, 10), fast(&lexicon, &keyer, 0);
  const WordClasses classes = classes_of(text, plain);
  REQUIRE(classes.size() > 10);
  const std::vector<float> w = dense_weights(10, 3), t(L * L + 2 * L, 0);
  const TaggerModel model = TaggerModel::parse(write_tagger_model(10, 10, w, t, &classes)).value();
  const TaggerModel no_classes = TaggerModel::parse(write_tagger_model(10, 10, w, t)).value();
  const TaggerTokens tokens = tag_tokens(text);
  plain.set_word_classes(model.word_classes());
  plain.document(text, tokens);
  fast.document(text, tokens);
  std::vector<std::int32_t> scores, without;
  FeatureRows rows;
  bool changed = false;
  for (const TokenSequence& seq : tokens.sequences) {
    plain.extract(text, tokens, seq, rows);
    std::vector<std::int32_t> expected(rows.size() * L, 0);
    for (std::size_t i = 0; i < rows.size(); ++i)
      model.add_rows(rows.ids.data() + rows.offsets[i], rows.offsets[i + 1] - rows.offsets[i],
                     &expected[i * L]);
    fast.score(text, tokens, seq, model, scores);
    CHECK(scores == expected);
    fast.score(text, tokens, seq, no_classes, without);
    changed = changed || without != scores;
  }
  CHECK(changed);  // the classes are features: the same weights score otherwise without them
}
