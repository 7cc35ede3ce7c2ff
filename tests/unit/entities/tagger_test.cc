// The sequence tagger's parts: tokens and their offsets, BILOU transitions, the model file
// (round trip and every corrupt-input path), label runs to spans, model registration.
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
#include "extract/entities/tagger_tokens.h"

using namespace loupe::entities;

namespace {

std::vector<std::string> token_texts(const std::string& text) {
  std::vector<std::string> out;
  for (const TaggerToken& t : tag_tokens(text).tokens)
    out.push_back(text.substr(t.bytes.begin_byte, t.bytes.size()));
  return out;
}

// A model whose only non-zero weights are given: {bucket, label, weight}.
struct Weight {
  std::uint32_t bucket;
  int label;
  float value;
};
std::string model_bytes(int bits, const std::vector<Weight>& weights) {
  std::vector<float> w((std::size_t{1} << bits) * kTaggerLabels, 0);
  for (const Weight& x : weights) w[x.bucket * kTaggerLabels + x.label] = x.value;
  const std::vector<float> transitions(kTaggerLabels * kTaggerLabels + 2 * kTaggerLabels, 0);
  return write_tagger_model(bits, 10, w, transitions);
}

}  // namespace

TEST_CASE("Tagger tokens: words, acronyms, punctuation, Hangul syllables", "[entities][tagger]") {
  CHECK(token_texts("EE. UU. y EE.UU.") == std::vector<std::string>{"EE. UU.", "y", "EE.UU."});
  CHECK(token_texts("The U.S. and Нью-Йорк (AT&T), O'Brien 3.5% Putin's") ==
        std::vector<std::string>{"The", "U.S.", "and", "Нью-Йорк", "(", "AT&T", ")", ",", "O'Brien",
                                 "3.5", "%", "Putin", "'s"});
  const std::string text = "NATO의 푸틴은";
  const TaggerTokens t = tag_tokens(text);
  REQUIRE(t.tokens.size() == 5);  // NATO 의 푸 틴 은
  CHECK(text.substr(t.tokens[1].bytes.begin_byte, 3) == "의");
  const TaggerToken& pu = t.tokens[2];
  CHECK(text.substr(pu.word.begin_byte, pu.word.size()) == "푸틴은");
  CHECK(text.substr(pu.word.begin_byte, pu.stem_end_byte - pu.word.begin_byte) == "푸틴");
  CHECK(pu.syllable == 0);
  CHECK(t.tokens[4].last_syllable);
}

TEST_CASE("Tagger sequences break at blank lines and sentence ends, not after Mr.",
          "[entities][tagger]") {
  const std::string text = "Mr. Smith left. Then\nhe came.\n\nNew one";
  const TaggerTokens t = tag_tokens(text);
  std::vector<std::string> firsts;
  for (const TokenSequence& s : t.sequences)
    firsts.push_back(
        text.substr(t.tokens[s.begin].bytes.begin_byte, t.tokens[s.begin].bytes.size()));
  CHECK(firsts == std::vector<std::string>{"Mr", "Then", "New"});
  for (const TaggerToken& k : t.tokens) CHECK(k.bytes.end_byte <= text.size());
}

TEST_CASE("BILOU transitions", "[entities][tagger]") {
  const int b_per = tagger_label(EntityType::kPerson, 0),
            i_per = tagger_label(EntityType::kPerson, 1);
  const int l_per = tagger_label(EntityType::kPerson, 2), u_loc = tagger_label(EntityType::kLoc, 3);
  const int l_org = tagger_label(EntityType::kOrg, 2);
  CHECK(tagger_transition_allowed(-1, b_per));
  CHECK_FALSE(tagger_transition_allowed(-1, i_per));
  CHECK(tagger_transition_allowed(b_per, i_per));
  CHECK(tagger_transition_allowed(i_per, l_per));
  CHECK_FALSE(tagger_transition_allowed(b_per, l_org));
  CHECK_FALSE(tagger_transition_allowed(b_per, 0));
  CHECK_FALSE(tagger_transition_allowed(b_per, kTaggerLabels));  // open span at the end
  CHECK(tagger_transition_allowed(l_per, u_loc));
  CHECK(tagger_transition_allowed(0, kTaggerLabels));
}

TEST_CASE("Model file: round trip, decode, and corrupt input is an error", "[entities][tagger]") {
  // The bias feature of every token votes U-LOC: each token is a one-word place.
  const std::string text = "Alpha beta";
  const TaggerTokens tokens = tag_tokens(text);
  TaggerFeatures features(nullptr, nullptr, 10);
  FeatureRows rows;
  features.document(text, tokens);
  features.extract(text, tokens, tokens.sequences[0], rows);
  const int u_loc = tagger_label(EntityType::kLoc, 3);
  const std::string bytes = model_bytes(10, {{rows.ids[rows.offsets[0]], u_loc, 5.0f}});
  auto model = TaggerModel::parse(bytes);
  REQUIRE(model.ok());
  CHECK(model.value().rows() == 1);
  EntityTagger tagger(nullptr, nullptr);
  const std::vector<TaggedSpan> spans = tagger.tag(text, model.value());
  REQUIRE(spans.size() == 2);
  CHECK(text.substr(spans[1].bytes.begin_byte, spans[1].bytes.size()) == "beta");
  CHECK(spans[1].type == EntityType::kLoc);
  CHECK(spans[1].confidence > 0.5f);

  CHECK_FALSE(TaggerModel::parse("").ok());
  CHECK_FALSE(TaggerModel::parse("LNEX" + bytes.substr(4)).ok());
  CHECK_FALSE(TaggerModel::parse(bytes.substr(0, bytes.size() - 1)).ok());
  CHECK_FALSE(TaggerModel::parse(bytes + "x").ok());
  std::string bad_bits = bytes;
  bad_bits[5] = 40;
  CHECK_FALSE(TaggerModel::parse(bad_bits).ok());
  for (std::size_t cut = 0; cut < bytes.size(); ++cut)
    CHECK_FALSE(TaggerModel::parse(bytes.substr(0, cut)).ok());
}

// The decoder's rank lookup and unrolled BILOU Viterbi against a plain reference: emissions
// summed from the quantized weights, every allowed transition scanned (ties to the lowest
// label), on random models whose buckets fill whole 64-bucket blocks, the first and the last.
TEST_CASE("Decode equals a plain Viterbi over the allowed transitions", "[entities][tagger]") {
  constexpr int L = kTaggerLabels, bits = 9;
  std::mt19937 random(7);
  for (int round = 0; round < 40; ++round) {
    // Odd rounds: weights in -1, 0, 1, so that paths tie and the lowest label must win.
    std::uniform_real_distribution<float> real(-3, 3);
    auto value = [&] { return round % 2 ? static_cast<float>(random() % 3) - 1 : real(random); };
    std::vector<float> w((std::size_t{1} << bits) * L, 0), t(L * L + 2 * L);
    for (std::size_t b = 0; b < (std::size_t{1} << bits); ++b)
      if (b < 64 || b + 1 == (std::size_t{1} << bits) || random() % 3 == 0)
        for (int l = 0; l < L; ++l) w[b * L + l] = random() % 4 ? value() : 0;
    for (float& x : t) x = value();
    auto model = TaggerModel::parse(write_tagger_model(bits, 10, w, t));
    REQUIRE(model.ok());
    auto q = [](float x, long limit) { return std::clamp(std::lround(x * 10), -limit, limit); };
    FeatureRows rows;
    rows.offsets = {0};
    const std::size_t n = 1 + random() % 12;
    std::vector<std::int64_t> emit(n * L, 0);
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t k = random() % 6; k > 0; --k) {
        const std::uint32_t id = random() % (1u << bits);
        rows.ids.push_back(id);
        for (int l = 0; l < L; ++l) emit[i * L + l] += q(w[id * L + l], 127);
      }
      rows.offsets.push_back(static_cast<std::uint32_t>(rows.ids.size()));
    }
    std::vector<std::int64_t> best(n * L, INT64_MIN);
    std::vector<int> back(n * L, 0);
    for (int l = 0; l < L; ++l)
      if (tagger_transition_allowed(-1, l)) best[l] = q(t[L * L + l], 32767) + emit[l];
    for (std::size_t i = 1; i < n; ++i)
      for (int l = 0; l < L; ++l)
        for (int p = 0; p < L; ++p) {
          if (!tagger_transition_allowed(p, l) || best[(i - 1) * L + p] == INT64_MIN) continue;
          const std::int64_t v = best[(i - 1) * L + p] + q(t[p * L + l], 32767) + emit[i * L + l];
          if (v > best[i * L + l]) best[i * L + l] = v, back[i * L + l] = p;
        }
    std::vector<std::uint8_t> expected(n, 0);
    std::int64_t top = INT64_MIN;
    for (int l = 0; l < L; ++l) {
      if (best[(n - 1) * L + l] == INT64_MIN || !tagger_transition_allowed(l, L)) continue;
      const std::int64_t v = best[(n - 1) * L + l] + q(t[L * L + L + l], 32767);
      if (v > top) top = v, expected[n - 1] = static_cast<std::uint8_t>(l);
    }
    for (std::size_t i = n - 1; i > 0; --i)
      expected[i - 1] = static_cast<std::uint8_t>(back[i * L + expected[i]]);
    std::vector<std::uint8_t> labels;
    std::vector<float> margin;
    model.value().decode(rows, labels, margin);
    CHECK(labels == expected);
  }
}

TEST_CASE("Label runs become spans; broken runs are skipped", "[entities][tagger]") {
  const std::string text = "a b c d";
  const TaggerTokens tokens = tag_tokens(text);
  const auto b = static_cast<std::uint8_t>(tagger_label(EntityType::kOrg, 0));
  const auto l = static_cast<std::uint8_t>(tagger_label(EntityType::kOrg, 2));
  const auto i = static_cast<std::uint8_t>(tagger_label(EntityType::kOrg, 1));
  std::vector<TaggedSpan> out;
  spans_from_labels(tokens, tokens.sequences[0], {b, l, b, i}, std::vector<float>(4, 0.6f), out);
  REQUIRE(out.size() == 1);
  CHECK(text.substr(out[0].bytes.begin_byte, out[0].bytes.size()) == "a b");
  CHECK(out[0].confidence == Approx(0.6f));
}

TEST_CASE("Registering a model: unknown language and bad bytes are errors", "[entities][tagger]") {
  CHECK(load_entity_model("fr", model_bytes(10, {})).code() ==
        loupe::core::StatusCode::kInvalidArgument);
  CHECK(load_entity_model("en", "LNER").code() == loupe::core::StatusCode::kInvalidData);
}

TEST_CASE("Paragraph languages choose the models", "[entities][tagger]") {
  const std::string text =
      "Президент России выступил в Москве с большой речью.\n\n"
      "The minister spoke in London about the new trade agreement.\n\n"
      "푸틴 대통령은 모스크바에서 연설했다.";
  const std::vector<ParagraphLanguage> p = paragraph_languages(text);
  REQUIRE(p.size() == 3);
  CHECK(p[0].lang == loupe::core::Language::kRu);
  CHECK(p[1].lang == loupe::core::Language::kEn);
  CHECK(p[2].lang == loupe::core::Language::kKo);
  CHECK(p[2].end_byte == text.size());
}

// A headline of Latin names around a few Russian words, in a Russian document, is read with
// the Russian model (its weak guess is the document's language), not the English one.
TEST_CASE("A mixed-script headline keeps the document's language", "[entities][tagger]") {
  const std::string text =
      "Microsoft-Research ищет партнёра Amazon\n\n"
      "Компания объявила о новом соглашении с крупным партнёром в Москве.\n\n"
      "Руководство компании рассказало журналистам о планах на следующий год.";
  const std::vector<ParagraphLanguage> p = paragraph_languages(text);
  REQUIRE(p.size() == 3);
  CHECK(p[0].lang == loupe::core::Language::kRu);
  CHECK(p[1].lang == loupe::core::Language::kRu);
}

TEST_CASE("A span loses a quote mark it does not close or did not open, and marks around it",
          "[entities][tagger]") {
  auto trimmed = [](const std::string& text, const std::string& span) {
    loupe::core::ByteRange r{text.find(span), text.find(span) + span.size()};
    return trim_quotes(text, r) ? text.substr(r.begin_byte, r.size()) : "";
  };
  const std::string es = "Lo publicó el diario \"La Voz del Sur\", y la revista \"Mirador\".";
  CHECK(trimmed(es, "\"La Voz del Sur") == "La Voz del Sur");
  CHECK(trimmed(es, "Sur\"") == "Sur");
  CHECK(trimmed(es, "\"Mirador\"") == "Mirador");  // the corpora mark the name inside
  CHECK(trimmed(es, "\"") == "");
  const std::string uk = "Директор ТОВ «Степові Вітри» та фірми „Ясен“ підписали угоду.";
  CHECK(trimmed(uk, "Степові Вітри»") == "Степові Вітри");
  CHECK(trimmed(uk, "«Степові Вітри") == "Степові Вітри");
  CHECK(trimmed(uk, "«Степові Вітри»") == "Степові Вітри");
  CHECK(trimmed(uk, "ТОВ «Степові Вітри»") == "ТОВ «Степові Вітри»");
  CHECK(trimmed(uk, "„Ясен“") == "Ясен");  // U+201C closes a German-style quote
  CHECK(trimmed(uk, "Ясен“") == "Ясен");
  const std::string bar = "Se vieron en el Bar \"Oasis\" de la plaza.";
  CHECK(trimmed(bar, "Bar \"Oasis\"") == "Bar \"Oasis\"");
  CHECK(trimmed(bar, "Oasis") == "Oasis");
  const std::string two = "Ganaron \"Uno\" y \"Dos\" el premio.";
  CHECK(trimmed(two, "\"Uno\" y \"Dos\"") == "\"Uno\" y \"Dos\"");  // two quotes: as tagged
}
