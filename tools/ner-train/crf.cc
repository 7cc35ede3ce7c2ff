#include "crf.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "extract/entities/tagger_model.h"

namespace loupe::ner {
namespace {
constexpr int L = entities::kTaggerLabels;
constexpr std::size_t kTransitions = L * L + 2 * L;
}  // namespace

CrfTrainer::CrfTrainer(int bits, CrfOptions options)
    : o_(options),
      w_((std::size_t{1} << bits) * L, 0),
      q_(o_.l1 > 0 ? w_.size() : 0, 0),
      last_(o_.l2 > 0 ? w_.size() : 0, 0),
      log_keep_(1, 0),
      u_(o_.average_from > 0 ? w_.size() : 0, 0),
      tu_(o_.average_from > 0 ? kTransitions : 0, 0),
      t_(kTransitions, 0) {}

void CrfTrainer::touch(std::size_t index, float gradient) {
  if (!allowed_.empty() && !allowed_[index]) return;
  float& w = w_[index];
  const float before = w;
  if (!last_.empty()) {  // the L2 decay of the steps since this weight was last seen
    w *= static_cast<float>(std::exp(log_keep_[step_] - log_keep_[last_[index]]));
    last_[index] = step_;
  }
  w += static_cast<float>(eta_) * gradient;
  if (!q_.empty()) clip_l1(index);
  // The change counts in the mean from this step on (the perceptron's averaging trick).
  if (!u_.empty() && total_steps_ >= average_start_)
    u_[index] += static_cast<double>(total_steps_ - average_start_) * (w - before);
}

void CrfTrainer::clip_l1(std::size_t index) {
  float& w = w_[index];
  // Cumulative L1 penalty: the weight takes at most the penalty it could have received so far
  // (penalty_), and is clipped at 0 rather than crossing it.
  const float z = w, u = static_cast<float>(penalty_);
  float& q = q_[index];
  if (w > 0)
    w = std::max(0.0f, w - (u + q));
  else if (w < 0)
    w = std::min(0.0f, w + (u - q));
  q += w - z;
}

double CrfTrainer::learn(const TrainSequence& seq) {
  const entities::FeatureRows& f = seq.features;
  const std::size_t n = seq.gold.size();
  emit_.assign(n * L, 0), alpha_.assign(n * L, 0), beta_.assign(n * L, 0), norm_.assign(n, 1);
  double trans[L * L], start[L], end[L];
  for (int p = 0; p < L; ++p)
    for (int l = 0; l < L; ++l)
      trans[p * L + l] = entities::tagger_transition_allowed(p, l) ? std::exp(t_[p * L + l]) : 0;
  for (int l = 0; l < L; ++l) {
    start[l] = entities::tagger_transition_allowed(-1, l) ? std::exp(t_[L * L + l]) : 0;
    end[l] = entities::tagger_transition_allowed(l, L) ? std::exp(t_[L * L + L + l]) : 0;
  }
  // Emissions, shifted by each token's largest score (log Z adds the shifts back).
  double log_z = 0, gold = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double s[L] = {};
    for (std::uint32_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
      if (f.ids[k] == skip_) continue;
      const float* row = &w_[static_cast<std::size_t>(f.ids[k]) * L];
      for (int l = 0; l < L; ++l) s[l] += row[l];
    }
    const double top = *std::max_element(s, s + L);
    for (int l = 0; l < L; ++l) emit_[i * L + l] = std::exp(s[l] - top);
    log_z += top;
    gold += s[seq.gold[i]];
  }
  // Forward, normalized per token; backward scaled so that alpha * beta sums to 1 per token.
  for (std::size_t i = 0; i < n; ++i) {
    double sum = 0;
    for (int l = 0; l < L; ++l) {
      double in = 0;
      if (i == 0)
        in = start[l];
      else
        for (int p = 0; p < L; ++p) in += alpha_[(i - 1) * L + p] * trans[p * L + l];
      sum += alpha_[i * L + l] = in * emit_[i * L + l];
    }
    norm_[i] = sum > 0 ? sum : 1;
    for (int l = 0; l < L; ++l) alpha_[i * L + l] /= norm_[i];
    log_z += std::log(norm_[i]);
  }
  double closing = 0;
  for (int l = 0; l < L; ++l) closing += alpha_[(n - 1) * L + l] * end[l];
  if (closing <= 0) closing = 1;
  log_z += std::log(closing);
  for (int l = 0; l < L; ++l) beta_[(n - 1) * L + l] = end[l] / closing;
  for (std::size_t i = n - 1; i > 0; --i) {
    double after[L];
    for (int l = 0; l < L; ++l) after[l] = emit_[i * L + l] * beta_[i * L + l] / norm_[i];
    for (int p = 0; p < L; ++p) {
      double b = 0;
      for (int l = 0; l < L; ++l) b += trans[p * L + l] * after[l];
      beta_[(i - 1) * L + p] = b;
    }
  }
  // Gold path's transitions.
  gold += t_[L * L + seq.gold[0]] + t_[L * L + L + seq.gold[n - 1]];
  for (std::size_t i = 1; i < n; ++i) gold += t_[seq.gold[i - 1] * L + seq.gold[i]];
  // Transition gradient (empirical - expected), from the marginals before any weight moves.
  double grad_t[kTransitions] = {};
  grad_t[L * L + seq.gold[0]] += 1;
  grad_t[L * L + L + seq.gold[n - 1]] += 1;
  for (int l = 0; l < L; ++l) {
    grad_t[L * L + l] -= alpha_[l] * beta_[l];
    grad_t[L * L + L + l] -= alpha_[(n - 1) * L + l] * beta_[(n - 1) * L + l];
  }
  for (std::size_t i = 1; i < n; ++i) {
    grad_t[seq.gold[i - 1] * L + seq.gold[i]] += 1;
    for (int p = 0; p < L; ++p)
      for (int l = 0; l < L; ++l)
        if (trans[p * L + l] > 0)
          grad_t[p * L + l] -= alpha_[(i - 1) * L + p] * trans[p * L + l] * emit_[i * L + l] *
                               beta_[i * L + l] / norm_[i];
  }
  // Emission gradient per token: the gold label's indicator less each label's marginal.
  for (std::size_t i = 0; i < n; ++i) {
    float g[L];
    for (int l = 0; l < L; ++l)
      g[l] = static_cast<float>((l == seq.gold[i]) - alpha_[i * L + l] * beta_[i * L + l]);
    for (std::uint32_t k = f.offsets[i]; k < f.offsets[i + 1]; ++k) {
      if (f.ids[k] == skip_) continue;
      const std::size_t row = static_cast<std::size_t>(f.ids[k]) * L;
      for (int l = 0; l < L; ++l) touch(row + l, g[l]);
    }
  }
  for (std::size_t k = 0; k < kTransitions; ++k) {
    t_[k] += static_cast<float>(eta_ * grad_t[k]);
    if (!tu_.empty() && total_steps_ >= average_start_)
      tu_[k] += static_cast<double>(total_steps_ - average_start_) * eta_ * grad_t[k];
  }
  return log_z - gold;
}

std::size_t CrfTrainer::epoch(const std::vector<TrainSequence>& data, std::mt19937& rng) {
  std::vector<std::size_t> order;
  for (std::size_t s = 0; s < data.size(); ++s)
    if (!data[s].gold.empty()) order.push_back(s);
  std::shuffle(order.begin(), order.end(), rng);
  if (++epochs_ == o_.average_from) average_start_ = total_steps_;
  const double count = static_cast<double>(std::max<std::size_t>(order.size(), 1));
  std::size_t errors = 0;
  double loss = 0;
  for (std::size_t s : order) {
    // Rate eta0 * decay^(sequences seen / sequences per epoch): smooth within the epoch.
    eta_ = o_.eta * std::pow(o_.decay, static_cast<double>(total_steps_) / count);
    penalty_ += eta_ * o_.l1 / count;
    if (!last_.empty()) {
      log_keep_.push_back(log_keep_.back() + std::log1p(-std::min(0.5, eta_ * o_.l2 / count)));
      step_ = static_cast<std::uint32_t>(log_keep_.size() - 1);
    }
    loss += learn(data[s]);
    // Token errors of the marginals before the update (argmax per token).
    const TrainSequence& seq = data[s];
    for (std::size_t i = 0; i < seq.gold.size(); ++i) {
      int best = 0;
      for (int l = 1; l < L; ++l)
        if (alpha_[i * L + l] * beta_[i * L + l] > alpha_[i * L + best] * beta_[i * L + best])
          best = l;
      errors += best != seq.gold[i];
    }
    ++total_steps_;
  }
  std::fprintf(stderr, "crf: rate %.4f, mean loss %.4f per sequence\n", eta_, loss / count);
  return errors;
}

void CrfTrainer::weights(std::vector<float>& weights, std::vector<float>& transitions) {
  if (!last_.empty())
    for (std::size_t k = 0; k < w_.size(); ++k)
      if (w_[k] != 0) {
        w_[k] *= static_cast<float>(std::exp(log_keep_[step_] - log_keep_[last_[k]]));
        last_[k] = step_;
      }
  weights = w_;
  transitions = t_;
  if (u_.empty() || total_steps_ <= average_start_) return;
  const double c = static_cast<double>(total_steps_ - average_start_);
  for (std::size_t k = 0; k < w_.size(); ++k)
    if (u_[k] != 0) weights[k] = static_cast<float>(w_[k] - u_[k] / c);  // else w_[k] all along
  for (std::size_t k = 0; k < t_.size(); ++k)
    transitions[k] = static_cast<float>(t_[k] - tu_[k] / c);
}

}  // namespace loupe::ner
