// The tagger's span confidences (TaggerModel::span_confidences): the forward-backward marginal
// of each decoded span over the allowed BILOU lattice, checked against every path enumerated,
// and the case the per-token margin got wrong (a one-token place whose B label outscored its U
// label in isolation, though no following O allows B). Scores are made up here; the last case
// runs the shipped models on sentences written for this test.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "extract/entities/entity_models.h"
#include "extract/entities/entity_tagger.h"
#include "extract/entities/tagger_model.h"

using namespace loupe::entities;

namespace {

constexpr int L = kTaggerLabels;
constexpr float kScale = 10;  // quantization: a score of 10 is one weight unit

// A model with one row (so it decodes) and the given transitions (weight units).
TaggerModel model_with(const std::vector<float>& transitions) {
  std::vector<float> w((std::size_t{1} << 8) * L, 0);
  w[0] = 1;
  auto m = TaggerModel::parse(write_tagger_model(8, kScale, w, transitions));
  REQUIRE(m.ok());
  return std::move(m.value());
}

std::vector<float> no_transitions() { return std::vector<float>(L * L + 2 * L, 0); }

// The probability of every allowed path, enumerated, and the mass of the paths holding the
// span [i, j] with the labels of `path` there.
double brute_span(const TaggerModel& m, const std::vector<float>& tr,
                  const std::vector<std::int32_t>& s, std::size_t n,
                  const std::vector<std::uint8_t>& path, std::size_t i, std::size_t j, double t) {
  std::vector<int> y(n, 0);
  double total = 0, span = 0;
  const double inv = 1.0 / t;
  while (true) {
    bool ok = tagger_transition_allowed(-1, y[0]) && tagger_transition_allowed(y[n - 1], L);
    for (std::size_t k = 1; k < n && ok; ++k) ok = tagger_transition_allowed(y[k - 1], y[k]);
    if (ok) {
      // Quantized as the file holds them: round(weight * scale) / scale.
      auto q = [](float x) { return std::round(x * kScale) / kScale; };
      double score = q(tr[L * L + y[0]]) + q(tr[L * L + L + y[n - 1]]);
      for (std::size_t k = 0; k < n; ++k) score += s[k * L + y[k]] / kScale;
      for (std::size_t k = 1; k < n; ++k) score += q(tr[y[k - 1] * L + y[k]]);
      const double p = std::exp(score * inv);
      total += p;
      bool same = true;
      for (std::size_t k = i; k <= j; ++k) same = same && y[k] == path[k];
      if (same) span += p;
    }
    std::size_t k = 0;
    while (k < n && ++y[k] == L) y[k++] = 0;
    if (k == n) break;
  }
  (void)m;
  return span / total;
}

}  // namespace

TEST_CASE("Span confidences are the marginals of the allowed paths", "[entities][tagger]") {
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> weight(-3, 3);
  std::vector<float> tr = no_transitions();
  for (float& x : tr) x = weight(rng);
  const TaggerModel m = model_with(tr);
  // Rounds 6 on: 5 tokens whose first and last lean to O, so that spans sit inside the
  // sequence (the lattice runs only from the first span to the last: its cut ends are checked).
  for (int round = 0; round < 12; ++round) {
    const std::size_t n = round < 6 ? 4 : 5;
    std::vector<std::int32_t> s(n * L);
    for (auto& x : s) x = static_cast<std::int32_t>(weight(rng) * kScale * 2);
    if (round >= 6) s[0] += 40, s[(n - 1) * L] += 40;
    std::vector<std::uint8_t> labels;
    std::vector<float> conf;
    m.decode_scores(s.data(), n, labels, conf);
    for (double t : {0.5, 1.0, 3.0}) {
      m.span_confidences(s.data(), n, labels.data(), static_cast<float>(t), conf);
      for (std::size_t i = 0; i < n; ++i) {
        std::size_t j = i;
        if (labels[i] != 0 && label_place(labels[i]) == 0)
          while (label_place(labels[j]) != 2) ++j;
        if (labels[i] == 0) {  // O tokens are not read: left at 0, the lattice not run there
          CHECK(conf[i] == 0);
          continue;
        }
        const double want = brute_span(m, tr, s, n, labels, i, j, t);
        for (std::size_t k = i; k <= j; ++k) CHECK(conf[k] == Approx(want).margin(1e-5));
        i = j;
      }
    }
  }
}

TEST_CASE("Span confidences of models used in turn are each model's own", "[entities][tagger]") {
  // The factors are kept per thread for a few (model, temperature) pairs: more models than
  // that, asked in an order that revisits each, must each give their own marginals (a factor
  // table handed to the wrong model, or kept across temperatures, fails here).
  std::mt19937 rng(29);
  std::uniform_real_distribution<float> weight(-3, 3);
  constexpr int kModels = 9;
  std::vector<std::vector<float>> trs;
  std::vector<TaggerModel> models;
  for (int k = 0; k < kModels; ++k) {
    trs.push_back(no_transitions());
    for (float& x : trs.back()) x = weight(rng);
    models.push_back(model_with(trs.back()));
  }
  int spans = 0;
  for (int round = 0; round < 40; ++round) {
    const int k = (round * 4) % kModels;  // 0 4 8 3 7 2 6 1 5 0 ...
    const double t = round % 3 == 0 ? 2.0 : 1.0;
    const std::size_t n = 4;
    std::vector<std::int32_t> s(n * L);
    for (auto& x : s) x = static_cast<std::int32_t>(weight(rng) * kScale * 2);
    std::vector<std::uint8_t> labels;
    std::vector<float> conf;
    models[k].decode_scores(s.data(), n, labels, conf);
    models[k].span_confidences(s.data(), n, labels.data(), static_cast<float>(t), conf);
    for (std::size_t i = 0; i < n; ++i) {
      if (labels[i] == 0) continue;
      std::size_t j = i;
      if (label_place(labels[i]) == 0)
        while (label_place(labels[j]) != 2) ++j;
      ++spans;
      const double want = brute_span(models[k], trs[k], s, n, labels, i, j, t);
      for (std::size_t q = i; q <= j; ++q) CHECK(conf[q] == Approx(want).margin(1e-5));
      i = j;
    }
  }
  CHECK(spans > 0);
}

TEST_CASE("Per-type span probabilities are the marginals of the same extent with each type",
          "[entities][tagger]") {
  std::mt19937 rng(13);
  std::uniform_real_distribution<float> weight(-3, 3);
  std::vector<float> tr = no_transitions();
  for (float& x : tr) x = weight(rng);
  const TaggerModel m = model_with(tr);
  int spans = 0;
  for (int round = 0; round < 8; ++round) {
    const std::size_t n = 4;
    std::vector<std::int32_t> s(n * L);
    for (auto& x : s) x = static_cast<std::int32_t>(weight(rng) * kScale * 2);
    std::vector<std::uint8_t> labels;
    std::vector<float> conf, by_type;
    m.decode_scores(s.data(), n, labels, conf, &by_type);
    REQUIRE(by_type.size() == n * 3);
    for (std::size_t i = 0; i < n; ++i) {
      if (labels[i] == 0) {
        for (int t = 0; t < 3; ++t) CHECK(by_type[i * 3 + t] == 0.0f);
        continue;
      }
      std::size_t j = i;
      if (label_place(labels[i]) == 0)
        while (label_place(labels[j]) != 2) ++j;
      ++spans;
      CHECK(by_type[i * 3 + static_cast<int>(label_type(labels[i]))] == conf[i]);
      for (int t = 0; t < 3; ++t) {
        std::vector<std::uint8_t> as_t = labels;
        for (std::size_t k = i; k <= j; ++k)
          as_t[k] = static_cast<std::uint8_t>(
              tagger_label(static_cast<EntityType>(t), label_place(labels[k])));
        const double want = brute_span(m, tr, s, n, as_t, i, j, 1.0);
        for (std::size_t k = i; k <= j; ++k) CHECK(by_type[k * 3 + t] == Approx(want).margin(1e-5));
      }
      i = j;
    }
  }
  CHECK(spans > 0);  // the random scores gave spans to check
}

TEST_CASE("A one-token place Viterbi picks by a clear allowed margin is confident",
          "[entities][tagger]") {
  // Token 0 scores B-LOC 8 and U-LOC 6 (weight units); token 1 is surely O (6 over
  // everything). B-LOC at token 0 would need I/L-LOC at token 1, 6 units worse than O, so the
  // path U-LOC O wins every allowed alternative by 2 units or more. The margin against every
  // label read it as -2 (confidence 0.38 then); its probability is now high.
  const TaggerModel m = model_with(no_transitions());
  std::vector<std::int32_t> s(2 * L, 0);
  const int b_loc = tagger_label(EntityType::kLoc, 0), u_loc = tagger_label(EntityType::kLoc, 3);
  s[b_loc] = 80, s[u_loc] = 60;
  s[L + 0] = 60;
  std::vector<std::uint8_t> labels;
  std::vector<float> conf;
  m.decode_scores(s.data(), 2, labels, conf);
  REQUIRE(labels == std::vector<std::uint8_t>{static_cast<std::uint8_t>(u_loc), 0});
  CHECK(conf[0] > 0.8f);
  CHECK(conf[1] == 0);  // an O token: not computed
  // Close alternatives lower it: U-LOC 6 against U-PER 5.9 at token 0.
  s[tagger_label(EntityType::kPerson, 3)] = 59;
  m.decode_scores(s.data(), 2, labels, conf);
  CHECK(labels[0] == u_loc);
  CHECK(conf[0] < 0.6f);
  CHECK(conf[0] > 0.3f);
  // A hotter temperature flattens it.
  std::vector<float> hot;
  m.span_confidences(s.data(), 2, labels.data(), 4.0f, hot);
  CHECK(hot[0] < conf[0]);
}

TEST_CASE("Long sequences of extreme scores give confidences in [0, 1]", "[entities][tagger]") {
  // Scores hundreds of weight units apart, at the lowest temperature of the tests: a step's
  // normalizer reaches the floor and the backward values grow by its inverse (float overflowed
  // to inf, then NaN, on a real Ukrainian dev file).
  std::mt19937 rng(11);
  std::uniform_int_distribution<std::int32_t> score(-20000, 20000);
  std::vector<float> tr = no_transitions();
  for (std::size_t k = 0; k < tr.size(); ++k) tr[k] = (k % 3 == 0) ? -300.0f : 200.0f;
  const TaggerModel m = model_with(tr);
  const std::size_t n = 400;
  std::vector<std::int32_t> s(n * L);
  for (auto& x : s) x = score(rng);
  std::vector<std::uint8_t> labels;
  std::vector<float> conf;
  m.decode_scores(s.data(), n, labels, conf);
  for (float t : {0.5f, 1.0f, 30.0f}) {
    m.span_confidences(s.data(), n, labels.data(), t, conf);
    for (float c : conf) {
      CHECK(c >= 0.0f);
      CHECK(c <= 1.0f);
    }
  }
}

TEST_CASE("Spans take their tokens' confidence", "[entities][tagger]") {
  const std::string text = "a b c";
  const TaggerTokens tokens = tag_tokens(text);
  const auto b = static_cast<std::uint8_t>(tagger_label(EntityType::kOrg, 0));
  const auto l = static_cast<std::uint8_t>(tagger_label(EntityType::kOrg, 2));
  std::vector<TaggedSpan> out;
  spans_from_labels(tokens, tokens.sequences[0], {b, l, 0}, {0.75f, 0.75f, 0.9f}, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].confidence == Approx(0.75f));
}

TEST_CASE("The shipped models are sure of plain names in written sentences", "[entities][tagger]") {
  // 부산 before a particle: the place of the report that the margin read at ~0.
  NameKeyer keyer;
  const Lexicon lexicon(keyer);
  EntityTagger tagger(&lexicon, &keyer);
  struct Case {
    loupe::core::Language lang;
    std::string text, name;
    EntityType type;
  };
  const std::vector<Case> cases = {
      {loupe::core::Language::kKo, "어제 저녁 부산에서 출발한 배가 오늘 아침 항구에 들어왔다.",
       "부산", EntityType::kLoc},
      {loupe::core::Language::kEn, "Captain Maria Lopez sailed from Valencia to Genoa last week.",
       "Maria Lopez", EntityType::kPerson},
      {loupe::core::Language::kEn, "Captain Maria Lopez sailed from Valencia to Genoa last week.",
       "Valencia", EntityType::kLoc},
      {loupe::core::Language::kUk, "Капітан Марія Лопес вирушила з Одеси до Генуї минулого тижня.",
       "Одеси", EntityType::kLoc},
  };
  for (const Case& c : cases) {
    const TaggerModel* model = entity_model(c.lang);
    if (!model) continue;  // no model file: nothing to check here (tagger_test covers loading)
    INFO(c.text << " / " << c.name);
    float conf = -1;
    for (const TaggedSpan& s : tagger.tag(c.text, *model))
      if (c.text.substr(s.bytes.begin_byte, s.bytes.size()) == c.name && s.type == c.type)
        conf = s.confidence;
    CHECK(conf > 0.6f);
    CHECK(conf <= 1.0f);
  }
}
