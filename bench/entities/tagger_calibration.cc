// loupe_bench_calibration: whether the tagger's span confidences read as probabilities (that
// the span and its type are exactly right), per language, on the dev files of
// ../shared/data/ner (or $LOUPE_NER_DIR); prints SKIP when the data are absent.
// Per language: the temperature with the lowest log loss on the even documents of its dev
// files (a grid), then on the odd documents, at that temperature and at the model's own
// (entity_models.cc): Brier score, log loss, expected calibration error and a reliability table
// (10 bins: spans, mean confidence, share exactly right); beside them the confidence before
// the forward-backward marginals (the per-token margin against every label, through 1/(1+e^-m/4)).
// Usage: loupe_bench_calibration [lang...]   (default: en es ru uk ko)
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/language.h"
#include "extract/entities/entity_models.h"
#include "extract/entities/entity_tagger.h"
#include "ner_data.h"

namespace {

namespace ent = loupe::entities;
constexpr int L = ent::kTaggerLabels;

// One decoded sequence: its emission scores and Viterbi path.
struct Decoded {
  std::size_t doc = 0;
  ent::TokenSequence seq;
  std::vector<std::int32_t> scores;
  std::vector<std::uint8_t> labels;
};

struct Outcome {
  float confidence;
  bool right;
};

struct Calibration {
  std::size_t n = 0, right = 0;
  double brier = 0, log_loss = 0, ece = 0;
  std::size_t bin_n[10] = {}, bin_right[10] = {};
  double bin_conf[10] = {};
};

Calibration measure(const std::vector<Outcome>& outcomes) {
  Calibration c;
  for (const Outcome& o : outcomes) {
    const double p = std::clamp(static_cast<double>(o.confidence), 1e-6, 1 - 1e-6);
    ++c.n, c.right += o.right;
    c.brier += (p - o.right) * (p - o.right);
    c.log_loss -= o.right ? std::log(p) : std::log(1 - p);
    const int bin = std::clamp(static_cast<int>(p * 10), 0, 9);
    ++c.bin_n[bin], c.bin_right[bin] += o.right, c.bin_conf[bin] += o.confidence;
  }
  if (c.n == 0) return c;
  c.brier /= c.n, c.log_loss /= c.n;
  for (int b = 0; b < 10; ++b)
    if (c.bin_n[b]) c.ece += std::abs(c.bin_conf[b] - static_cast<double>(c.bin_right[b])) / c.n;
  return c;
}

void print(const char* what, const Calibration& c, bool table) {
  std::printf("  %-34s spans %5zu right %5.1f%%  Brier %.4f  log loss %.4f  ECE %.4f\n", what, c.n,
              c.n ? 100.0 * c.right / c.n : 0.0, c.brier, c.log_loss, c.ece);
  if (!table) return;
  for (int b = 0; b < 10; ++b)
    if (c.bin_n[b])
      std::printf("    [%.1f, %.1f)  spans %5zu  mean confidence %.3f  right %.3f\n", b / 10.0,
                  (b + 1) / 10.0, c.bin_n[b], c.bin_conf[b] / c.bin_n[b],
                  static_cast<double>(c.bin_right[b]) / c.bin_n[b]);
}

// The confidence before the marginals, for comparison: per token, its label's emission score
// over the best other label's, allowed or not (weight units), the span's mean through a logistic.
std::vector<float> old_margins(const ent::TaggerModel& model, const Decoded& d) {
  std::vector<float> out(d.labels.size());
  for (std::size_t i = 0; i < d.labels.size(); ++i) {
    std::int32_t other = INT32_MIN;
    for (int l = 0; l < L; ++l)
      if (l != d.labels[i]) other = std::max(other, d.scores[i * L + l]);
    out[i] = static_cast<float>(d.scores[i * L + d.labels[i]] - other) / model.scale();
  }
  return out;
}

class LanguageRun {
 public:
  LanguageRun(const ent::TaggerModel& model, std::vector<loupe::ner::NerDoc> docs)
      : model_(model), docs_(std::move(docs)) {
    ent::TaggerFeatures features(&lexicon_, &keyer_, 0);
    for (std::size_t k = 0; k < docs_.size(); ++k) {
      tokens_.push_back(ent::tag_tokens(docs_[k].text));
      features.document(docs_[k].text, tokens_[k]);
      for (const ent::TokenSequence& seq : tokens_[k].sequences) {
        Decoded& d = decoded_.emplace_back();
        d.doc = k, d.seq = seq;
        features.score(docs_[k].text, tokens_[k], seq, model_, d.scores);
        std::vector<float> unused;
        model_.decode_scores(d.scores.data(), seq.end - seq.begin, d.labels, unused);
      }
    }
  }
  // The spans of the documents of parity `half` (0 even, 1 odd, 2 all) with their confidences
  // at `temperature` (<= 0: the confidence of before).
  std::vector<Outcome> outcomes(int half, float temperature) const {
    std::vector<Outcome> out;
    std::vector<float> conf;
    std::vector<ent::TaggedSpan> spans;
    for (const Decoded& d : decoded_) {
      if (half < 2 && static_cast<int>(d.doc % 2) != half) continue;
      const std::size_t n = d.labels.size();
      if (temperature > 0) {
        model_.span_confidences(d.scores.data(), n, d.labels.data(), temperature, conf);
      } else {
        conf = old_margins(model_, d);
      }
      spans.clear();
      ent::spans_from_labels(tokens_[d.doc], d.seq, d.labels, conf, spans);
      for (const ent::TaggedSpan& s : spans) {
        float c = s.confidence;
        if (temperature <= 0) c = 1.0f / (1.0f + std::exp(-s.confidence / 4.0f));
        const auto& gold = docs_[d.doc].spans;
        const bool right = std::any_of(gold.begin(), gold.end(), [&](const auto& g) {
          return g.bytes == s.bytes && g.type == s.type;
        });
        out.push_back({c, right});
      }
    }
    return out;
  }

 private:
  ent::NameKeyer keyer_;
  ent::Lexicon lexicon_{keyer_};
  const ent::TaggerModel& model_;
  std::vector<loupe::ner::NerDoc> docs_;
  std::vector<ent::TaggerTokens> tokens_;
  std::vector<Decoded> decoded_;
};

void run_language(const std::filesystem::path& dir, const std::string& lang) {
  const ent::TaggerModel* model = ent::entity_model(loupe::core::language_from_code(lang));
  if (!model) {
    std::printf("%s: no model\n", lang.c_str());
    return;
  }
  std::vector<loupe::ner::NerDoc> docs;
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir / lang))
    if (e.path().string().ends_with("-dev.jsonl")) names.push_back(e.path().string());
  std::sort(names.begin(), names.end());
  for (const std::string& f : names)
    for (auto& d : loupe::ner::read_ner_file(f)) docs.push_back(std::move(d));
  const LanguageRun run(*model, std::move(docs));
  float best_t = 1;
  double best = INFINITY;
  for (float t = 0.25f; t <= 64; t *= 1.0905077f) {  // 2^(1/8)
    const double loss = measure(run.outcomes(0, t)).log_loss;
    if (loss < best) best = loss, best_t = t;
  }
  std::printf("%s (%zu dev files): temperature fitted on the even documents %.2f (model's %.2f)\n",
              lang.c_str(), names.size(), best_t, model->temperature());
  char what[64];
  std::snprintf(what, sizeof what, "odd documents, fitted %.2f", best_t);
  print(what, measure(run.outcomes(1, best_t)), false);
  std::snprintf(what, sizeof what, "odd documents, model's %.2f", model->temperature());
  print(what, measure(run.outcomes(1, model->temperature())), true);
  print("odd documents, margins (before)", measure(run.outcomes(1, -1)), true);
  std::printf("  all documents, fitted on all: ");
  best = INFINITY;
  for (float t = 0.25f; t <= 64; t *= 1.0905077f) {
    const double loss = measure(run.outcomes(2, t)).log_loss;
    if (loss < best) best = loss, best_t = t;
  }
  std::printf("%.2f\n", best_t);
}

}  // namespace

int main(int argc, char** argv) {
  const char* env = std::getenv("LOUPE_NER_DIR");
  const std::filesystem::path dir = env ? env : "../shared/data/ner";
  if (!std::filesystem::is_directory(dir)) {
    std::printf("SKIP: %s not found (the NER dev files live beside the clone)\n", dir.c_str());
    return 0;
  }
  std::vector<std::string> langs(argv + 1, argv + argc);
  if (langs.empty()) langs = {"en", "es", "ru", "uk", "ko"};
  try {
    for (const std::string& lang : langs) run_language(dir, lang);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "loupe_bench_calibration: %s\n", e.what());
    return 1;
  }
  return 0;
}
