#include "perceptron.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <iterator>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "extract/entities/tagger_model.h"

namespace loupe::ner {
namespace {
constexpr int L = entities::kTaggerLabels;
constexpr std::size_t kTransitions = L * L + 2 * L;
}  // namespace

Perceptron::Perceptron(int bits, float margin)
    : w_((std::size_t{1} << bits) * L, 0),
      u_(w_.size(), 0),
      t_(kTransitions, 0),
      tu_(kTransitions, 0),
      margin_(margin) {}

void Perceptron::decode(const std::vector<float>& w, const std::vector<float>& t,
                        const entities::FeatureRows& f, std::vector<std::uint8_t>& labels,
                        const std::vector<std::uint8_t>* gold, float margin) {
  const std::size_t n = f.size();
  labels.assign(n, 0);
  if (n == 0) return;
  constexpr float kNo = -std::numeric_limits<float>::infinity();
  std::vector<float> score(n * L, 0), best(n * L, kNo);
  std::vector<std::uint8_t> back(n * L, 0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::uint32_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
      const float* row = &w[static_cast<std::size_t>(f.ids[k]) * L];
      for (int l = 0; l < L; ++l) score[i * L + l] += row[l];
    }
  if (gold)
    for (std::size_t i = 0; i < n; ++i)
      for (int l = 0; l < L; ++l) score[i * L + l] += l == (*gold)[i] ? 0 : margin;
  for (int l = 0; l < L; ++l)
    if (entities::tagger_transition_allowed(-1, l)) best[l] = t[L * L + l] + score[l];
  for (std::size_t i = 1; i < n; ++i)
    for (int l = 0; l < L; ++l) {
      float top = kNo;
      for (int p = 0; p < L; ++p) {
        if (best[(i - 1) * L + p] == kNo || !entities::tagger_transition_allowed(p, l)) continue;
        const float v = best[(i - 1) * L + p] + t[p * L + l];
        if (v > top) top = v, back[i * L + l] = static_cast<std::uint8_t>(p);
      }
      if (top != kNo) best[i * L + l] = top + score[i * L + l];
    }
  float top = kNo;
  for (int l = 0; l < L; ++l) {
    if (best[(n - 1) * L + l] == kNo || !entities::tagger_transition_allowed(l, L)) continue;
    const float v = best[(n - 1) * L + l] + t[L * L + L + l];
    if (v > top) top = v, labels[n - 1] = static_cast<std::uint8_t>(l);
  }
  for (std::size_t i = n - 1; i > 0; --i) labels[i - 1] = back[i * L + labels[i]];
}

void Perceptron::bump(std::size_t index, float delta, bool transition) {
  std::vector<float>& w = transition ? t_ : w_;
  if (!transition && !allowed_.empty() && !allowed_[index]) return;
  std::vector<double>& u = transition ? tu_ : u_;
  w[index] += delta;
  u[index] += step_ * delta;
}

void Perceptron::update(const entities::FeatureRows& f, const std::vector<std::uint8_t>& gold,
                        const std::vector<std::uint8_t>& found) {
  const std::size_t n = gold.size();
  for (std::size_t i = 0; i < n; ++i) {
    const int g = gold[i], p = found[i];
    if (g != p)
      for (std::uint32_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
        bump(static_cast<std::size_t>(f.ids[k]) * L + g, 1, false);
        bump(static_cast<std::size_t>(f.ids[k]) * L + p, -1, false);
      }
    const int gp = i ? gold[i - 1] : -1, pp = i ? found[i - 1] : -1;
    if (g == p && gp == pp) continue;
    bump(gp < 0 ? L * L + g : gp * L + g, 1, true);
    bump(pp < 0 ? L * L + p : pp * L + p, -1, true);
  }
  if (gold[n - 1] != found[n - 1]) {
    bump(L * L + L + gold[n - 1], 1, true);
    bump(L * L + L + found[n - 1], -1, true);
  }
}

std::size_t Perceptron::epoch(const std::vector<TrainSequence>& data, std::mt19937& rng) {
  std::vector<std::size_t> order(data.size());
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<std::uint8_t> found;
  std::size_t errors = 0;
  for (std::size_t s : order) {
    const TrainSequence& seq = data[s];
    if (seq.gold.empty()) continue;
    decode(w_, t_, seq.features, found, margin_ > 0 ? &seq.gold : nullptr, margin_);
    for (std::size_t i = 0; i < found.size(); ++i) errors += found[i] != seq.gold[i];
    if (found != seq.gold) update(seq.features, seq.gold, found);
    step_ += 1;
  }
  return errors;
}

void Perceptron::averaged(std::vector<float>& weights, std::vector<float>& transitions) const {
  const double c = step_;
  weights.resize(w_.size());
  for (std::size_t i = 0; i < w_.size(); ++i) weights[i] = static_cast<float>(w_[i] - u_[i] / c);
  transitions.resize(t_.size());
  for (std::size_t i = 0; i < t_.size(); ++i)
    transitions[i] = static_cast<float>(t_[i] - tu_[i] / c);
}

// Scale so that the `clip` quantile of the non-zero |weights| maps to 127.
float quantize_scale(const std::vector<float>& w, double clip) {
  std::vector<float> mags;
  for (float x : w)
    if (x != 0) mags.push_back(std::fabs(x));
  if (mags.empty()) return 1;
  const std::size_t k = std::min(mags.size() - 1, static_cast<std::size_t>(clip * mags.size()));
  std::nth_element(mags.begin(), mags.begin() + k, mags.end());
  return 127.0f / std::max(mags[k], 1e-6f);
}

std::vector<std::uint8_t> model_weight_mask(const std::string& path, int bits) {
  std::ifstream in(path, std::ios::binary);
  const std::string b((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::size_t p = 4 + 3 + 4 + kTransitions * 2;  // header (tagger_model.h)
  auto byte = [&]() -> std::uint8_t {
    if (p >= b.size()) throw std::runtime_error("truncated model " + path);
    return static_cast<std::uint8_t>(b[p++]);
  };
  std::vector<std::uint8_t> mask((std::size_t{1} << bits) * L, 0);
  std::uint32_t rows = 0, bucket = 0;
  for (int k = 0; k < 4; ++k) rows |= static_cast<std::uint32_t>(byte()) << (8 * k);
  for (std::uint32_t r = 0; r < rows; ++r) {
    std::uint32_t delta = 0;
    for (int shift = 0;; shift += 7) {
      const std::uint8_t c = byte();
      delta |= static_cast<std::uint32_t>(c & 0x7F) << shift;
      if (!(c & 0x80)) break;
    }
    bucket += delta;
    const unsigned labels = byte() | (byte() << 8);
    for (int l = 0; l < L; ++l)
      if (labels & (1u << l)) byte(), mask.at(std::size_t{bucket} * L + l) = 1;
  }
  return mask;
}

// Zeroes every row but the `keep` of largest L1 norm: a model within its size budget loses
// the features that move scores least.
void keep_strongest_rows(std::vector<float>& w, std::size_t keep) {
  constexpr int L = entities::kTaggerLabels;
  std::vector<float> norm(w.size() / L, 0);
  for (std::size_t b = 0; b < norm.size(); ++b)
    for (int l = 0; l < L; ++l) norm[b] += std::fabs(w[b * L + l]);
  std::vector<float> sorted = norm;
  if (keep >= sorted.size()) return;
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(keep), sorted.end(),
                   std::greater<>());
  const float threshold = sorted[keep];
  for (std::size_t b = 0; b < norm.size(); ++b)
    if (norm[b] <= threshold)
      for (int l = 0; l < L; ++l) w[b * L + l] = 0;
}

}  // namespace loupe::ner
