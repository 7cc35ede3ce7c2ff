// The document's label history (tagger_history.h): a word's earlier labels become features of
// its later occurrences, only for a model trained with them (TaggerModel::history).
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "extract/entities/lexicon.h"
#include "extract/entities/name_key.h"
#include "extract/entities/tagger_feature_hash.h"
#include "extract/entities/tagger_features.h"
#include "extract/entities/tagger_history.h"
#include "extract/entities/tagger_model.h"
#include "extract/entities/tagger_tokens.h"

using namespace loupe::entities;

namespace {

constexpr int L = kTaggerLabels;

std::string dense_bytes(int bits, bool history) {
  std::mt19937 random(7);
  std::uniform_real_distribution<float> real(-12, 12);
  std::vector<float> w((std::size_t{1} << bits) * L), t(L * L + 2 * L, 0);
  for (float& x : w) x = real(random);
  return write_tagger_model(bits, 10, w, t, nullptr, history);
}

}  // namespace

TEST_CASE("History: the votes of a word's earlier labels", "[entities][tagger]") {
  using tagger_hash::feature;
  TaggerHistory h;
  const std::uint64_t keys[] = {11, 0, 12, 11};
  const std::uint8_t labels[] = {static_cast<std::uint8_t>(tagger_label(EntityType::kPerson, 3)),
                                 static_cast<std::uint8_t>(tagger_label(EntityType::kOrg, 3)), 0,
                                 static_cast<std::uint8_t>(tagger_label(EntityType::kLoc, 0))};
  std::vector<std::uint64_t> out;
  h.features(11, out);
  CHECK(out.empty());  // nothing recorded yet
  h.record(keys, labels, 4);
  h.features(0, out);
  CHECK(out.empty());  // key 0: not a capitalized word
  h.features(11, out);  // PERSON once, LOC once: the first best, both seen
  CHECK(out == std::vector<std::uint64_t>{feature(tagger_hash::kHistory, 1),
                                          feature(tagger_hash::kHistorySeen, 2 | 8)});
  out.clear();
  h.features(12, out);  // O
  CHECK(out == std::vector<std::uint64_t>{feature(tagger_hash::kHistory, 0),
                                          feature(tagger_hash::kHistorySeen, 1)});
  h.clear();
  out.clear();
  h.features(11, out);
  CHECK(out.empty());
}

TEST_CASE("History: the model flag, written and read", "[entities][tagger]") {
  CHECK(TaggerModel::parse(dense_bytes(8, true)).value().history());
  CHECK_FALSE(TaggerModel::parse(dense_bytes(8, false)).value().history());
  std::string bytes = dense_bytes(8, true);
  bytes.pop_back();  // the flags byte missing
  CHECK_FALSE(TaggerModel::parse(bytes).ok());
  bytes.push_back(2);  // an unknown flag
  CHECK_FALSE(TaggerModel::parse(bytes).ok());
}

TEST_CASE("History: a later occurrence scores its word's earlier labels", "[entities][tagger]") {
  NameKeyer keyer;
  const Lexicon lexicon(keyer);
  const std::string text = "Ayer Kupchan llegó.\n\nKupchan dijo que no.";
  const TaggerTokens tokens = tag_tokens(text);
  REQUIRE(tokens.sequences.size() == 2);
  const TaggerModel with = TaggerModel::parse(dense_bytes(10, true)).value();
  const TaggerModel without = TaggerModel::parse(dense_bytes(10, false)).value();
  std::vector<std::uint8_t> labels(tokens.sequences[0].end - tokens.sequences[0].begin, 0);
  labels[1] = static_cast<std::uint8_t>(tagger_label(EntityType::kPerson, 3));  // Kupchan
  auto second = [&](const TaggerModel& model, TaggerFeatures& f) {
    std::vector<std::int32_t> scores;
    f.document(text, tokens);
    f.score(text, tokens, tokens.sequences[0], model, scores);
    f.record(labels);
    f.score(text, tokens, tokens.sequences[1], model, scores);
    return scores;
  };
  TaggerFeatures a(&lexicon, &keyer, 0), b(&lexicon, &keyer, 0);
  const std::vector<std::int32_t> h = second(with, a), plain = second(without, b);
  // The same weights: only the history's two features of `Kupchan` (token 0) differ.
  const int shift = 64 - with.bits();
  std::uint32_t ids[2];
  const std::uint64_t hashes[] = {tagger_hash::feature(tagger_hash::kHistory, 1),
                                  tagger_hash::feature(tagger_hash::kHistorySeen, 2)};
  for (int k = 0; k < 2; ++k)
    ids[k] = static_cast<std::uint32_t>((hashes[k] * tagger_hash::kSeed) >> shift);
  std::vector<std::int32_t> expected = plain;
  with.add_rows(ids, 2, expected.data());
  CHECK(h == expected);
  // extract() sees the same history: its features summed give score()'s numbers.
  FeatureRows rows;
  a.set_bits(with.bits());
  a.extract(text, tokens, tokens.sequences[1], rows);
  std::vector<std::int32_t> summed(rows.size() * L, 0);
  for (std::size_t i = 0; i < rows.size(); ++i)
    with.add_rows(rows.ids.data() + rows.offsets[i], rows.offsets[i + 1] - rows.offsets[i],
                  &summed[i * L]);
  CHECK(summed == h);
}
