// TaggerFeatures::score (one-word features summed once per word) against the plain path: the
// model's rows of every extract() feature added per token. Equal scores, exactly, on a dense
// random model where every bucket has weights for every label, so that a feature missing or
// counted twice changes a score.
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
#include "extract/entities/tagger_word_table.h"

using namespace loupe::entities;

namespace {

constexpr int L = kTaggerLabels;

TaggerModel dense_model(int bits, unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<float> real(-12, 12);
  std::vector<float> w((std::size_t{1} << bits) * L), t(L * L + 2 * L, 0);
  for (float& x : w) x = real(random);
  return TaggerModel::parse(write_tagger_model(bits, 10, w, t)).value();
}

std::vector<std::int32_t> plain_scores(TaggerFeatures& features, const std::string& text,
                                       const TaggerTokens& tokens, TokenSequence seq,
                                       const TaggerModel& model) {
  FeatureRows rows;
  features.set_bits(model.bits());
  features.extract(text, tokens, seq, rows);
  std::vector<std::int32_t> out(rows.size() * L, 0);
  for (std::size_t i = 0; i < rows.size(); ++i)
    model.add_rows(rows.ids.data() + rows.offsets[i], rows.offsets[i + 1] - rows.offsets[i],
                   &out[i * L]);
  return out;
}

// Every sequence of `text` scored both ways; `models` alternate by sequence (one document's
// paragraphs in two languages share the per-word sums' table).
void check_text(const std::string& text, const Lexicon* lexicon, NameKeyer* keyer,
                const std::vector<const TaggerModel*>& models) {
  const TaggerTokens tokens = tag_tokens(text);
  TaggerFeatures fast(lexicon, keyer, 0), plain(lexicon, keyer, 0);
  fast.document(text, tokens);
  plain.document(text, tokens);
  std::vector<std::int32_t> scores;
  std::size_t k = 0, compared = 0;
  for (int pass = 0; pass < 2; ++pass)  // the second pass finds every word in the table
    for (const TokenSequence& seq : tokens.sequences) {
      const TaggerModel& model = *models[k++ % models.size()];
      fast.score(text, tokens, seq, model, scores);
      CHECK(scores == plain_scores(plain, text, tokens, seq, model));
      compared += scores.size() / L;
    }
  CHECK(compared == 2 * tokens.tokens.size());
}

const char* const kTexts[] = {
    "Angela Merkel met Emmanuel Macron in Paris on Monday, and Merkel left early.\n\n"
    "MERKEL AND MACRON SIGN THE NEW TREATY IN BERLIN\n\n"
    "The U.S. delegation said 3.5% of O'Brien's votes came from \"New York\" and EE. UU. too.",
    "«Газпром» подписал договор с компанией «Роснефть» в Москве. Президент России Владимир "
    "Путин приехал в Киев; Путина встретили в Києві. Нью-Йорк",
    "NATO의 사무총장은 서울에서 푸틴 대통령을 만났다. 김정은 위원장이 평양에서 말했다.\n"
    "Samsung과 LG는 서울대학교에서 발표했다 Seoul 2024",
    "A",
    "x. Y",
    "- (Mr. Smith) -",
};

}  // namespace

TEST_CASE("Scores per word equal the sums of extract()'s features", "[entities][tagger]") {
  NameKeyer keyer;
  const Lexicon lexicon(keyer);
  const TaggerModel small = dense_model(10, 1), large = dense_model(12, 2);
  for (const char* text : kTexts) {
    INFO(text);
    check_text(text, &lexicon, &keyer, {&small});
    check_text(text, &lexicon, &keyer, {&small, &large});
    check_text(text, nullptr, nullptr, {&large});
  }
}

TEST_CASE("Per-word sums count the lexicon's features", "[entities][tagger]") {
  // A model whose only weights are those of one word's features: the sums must carry them.
  NameKeyer keyer;
  const Lexicon lexicon(keyer);
  const std::string text = "Yesterday Paris and Berlin signed; Paris agreed.";
  const TaggerTokens tokens = tag_tokens(text);
  TaggerFeatures features(&lexicon, &keyer, 10);
  features.document(text, tokens);
  FeatureRows rows;
  features.extract(text, tokens, tokens.sequences[0], rows);
  std::vector<float> w((std::size_t{1} << 10) * L, 0), t(L * L + 2 * L, 0);
  for (std::uint32_t k = rows.offsets[1]; k < rows.offsets[2]; ++k) w[rows.ids[k] * L + 4] += 1;
  const TaggerModel model = TaggerModel::parse(write_tagger_model(10, 10, w, t)).value();
  std::vector<std::int32_t> scores;
  features.score(text, tokens, tokens.sequences[0], model, scores);
  CHECK(scores[1 * L + 4] > 0);  // "Paris" at token 1
  CHECK(scores == plain_scores(features, text, tokens, tokens.sequences[0], model));
}

TEST_CASE("Per-word sums kept across documents, models and a full table stay exact",
          "[entities][tagger]") {
  // One TaggerFeatures over every text twice (its word table kept from document to document),
  // each sequence scored by more models than the table has slots, once with the table's
  // default bound and once with a bound that empties it at every document.
  NameKeyer keyer;
  const Lexicon lexicon(keyer);
  std::vector<TaggerModel> models;
  for (unsigned seed = 0; seed < kTaggerModelSlots + 1; ++seed)
    models.push_back(dense_model(10, 10 + seed));
  TaggerWordTable& table = TaggerWordTable::of(&lexicon, &keyer);
  for (const std::size_t bound : {kTaggerWordTableBytes, std::size_t{0}}) {
    table.set_max_bytes(bound);
    TaggerFeatures fast(&lexicon, &keyer, 0), plain(&lexicon, &keyer, 0);
    std::vector<std::int32_t> scores;
    std::size_t k = 0;
    for (int round = 0; round < 2; ++round)
      for (const char* text : kTexts) {
        INFO(text);
        const TaggerTokens tokens = tag_tokens(text);
        fast.document(text, tokens);
        plain.document(text, tokens);
        for (const TokenSequence& seq : tokens.sequences)
          for (int again = 0; again < kTaggerModelSlots + 2; ++again) {  // slots taken over
            const TaggerModel& model = models[k++ % models.size()];
            fast.score(text, tokens, seq, model, scores);
            CHECK(scores == plain_scores(plain, text, tokens, seq, model));
          }
      }
    if (bound == 0) CHECK(table.size() < 200);  // emptied at each document
  }
  table.set_max_bytes(kTaggerWordTableBytes);
}
