// TaggerModel::span_confidences: how sure the tagger is of each span Viterbi chose, as the
// marginal probability of that span (its extent and type) under a softmax over the allowed
// label paths. A per-token margin against every label, allowed or not, read a U-LOC that beat
// every allowed alternative as unsure whenever B-LOC (which no following O allows) scored
// higher in isolation: correct mentions came out near 0.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "extract/entities/tagger_model.h"

namespace loupe::entities {
namespace {

constexpr int L = kTaggerLabels;
// exp() arguments are kept above this: a factor of e^-300 is no chance at all, and the
// products of a step (a normalized alpha >= 1/13, a transition, an emission) stay in range.
constexpr double kFloor = -300;

double factor(double x) { return std::exp(std::max(x, kFloor)); }

// Per-sequence work space (scaled forward-backward, Rabiner's normalization per step).
struct Lattice {
  std::vector<double> emit, alpha, beta, norm;  // [n * L], [n * L], [n * L], [n]
};

}  // namespace

void TaggerModel::span_confidences(const std::int32_t* scores, std::size_t n,
                                   const std::uint8_t* labels, float temperature,
                                   std::vector<float>& out) const {
  out.assign(n, 0);
  if (n == 0 || transitions_.size() < static_cast<std::size_t>(L) * (L + 2) || temperature <= 0)
    return;
  const double inv = 1.0 / (static_cast<double>(scale_) * temperature);
  // Transitions as factors, each group shifted by its largest allowed value: every path takes
  // one start, n - 1 moves and one end, so the shifts cancel in the normalization.
  double move[L][L], start[L], end[L];
  std::int32_t top_move = INT32_MIN, top_start = INT32_MIN, top_end = INT32_MIN;
  for (int p = 0; p < L; ++p) {
    for (int l = 0; l < L; ++l)
      if (tagger_transition_allowed(p, l)) top_move = std::max(top_move, transitions_[p * L + l]);
    if (tagger_transition_allowed(-1, p)) top_start = std::max(top_start, transitions_[L * L + p]);
    if (tagger_transition_allowed(p, L)) top_end = std::max(top_end, transitions_[L * L + L + p]);
  }
  for (int p = 0; p < L; ++p) {
    for (int l = 0; l < L; ++l)
      move[p][l] = tagger_transition_allowed(p, l)
                       ? factor((transitions_[p * L + l] - static_cast<double>(top_move)) * inv)
                       : 0;
    start[p] = tagger_transition_allowed(-1, p)
                   ? factor((transitions_[L * L + p] - static_cast<double>(top_start)) * inv)
                   : 0;
    end[p] = tagger_transition_allowed(p, L)
                 ? factor((transitions_[L * L + L + p] - static_cast<double>(top_end)) * inv)
                 : 0;
  }
  static thread_local Lattice lat;
  lat.emit.resize(n * L), lat.alpha.resize(n * L), lat.beta.resize(n * L), lat.norm.resize(n);
  double* emit = lat.emit.data();
  double* alpha = lat.alpha.data();
  double* beta = lat.beta.data();
  double* norm = lat.norm.data();
  for (std::size_t i = 0; i < n; ++i) {
    const std::int32_t top = *std::max_element(scores + i * L, scores + i * L + L);
    for (int l = 0; l < L; ++l)
      emit[i * L + l] = factor((scores[i * L + l] - static_cast<double>(top)) * inv);
  }
  // Forward: alpha[i] is the distribution of token i's label given tokens 0..i.
  for (std::size_t i = 0; i < n; ++i) {
    double sum = 0;
    for (int l = 0; l < L; ++l) {
      double in = 0;
      if (i == 0) {
        in = start[l];
      } else {
        for (int p = 0; p < L; ++p) in += alpha[(i - 1) * L + p] * move[p][l];
      }
      alpha[i * L + l] = in * emit[i * L + l];
      sum += alpha[i * L + l];
    }
    norm[i] = sum > 0 ? sum : 1;  // > 0 always: the best label's emission factor is 1
    for (int l = 0; l < L; ++l) alpha[i * L + l] /= norm[i];
  }
  // Backward, scaled so that sum over l of alpha[i][l] * beta[i][l] is 1 at every token.
  double closing = 0;
  for (int l = 0; l < L; ++l) closing += alpha[(n - 1) * L + l] * end[l];
  if (closing <= 0) closing = 1;
  for (int l = 0; l < L; ++l) beta[(n - 1) * L + l] = end[l] / closing;
  for (std::size_t i = n - 1; i > 0; --i)
    for (int p = 0; p < L; ++p) {
      double v = 0;
      for (int l = 0; l < L; ++l) v += move[p][l] * emit[i * L + l] * beta[i * L + l];
      beta[(i - 1) * L + p] = v / norm[i];
    }
  // A span i..j of the path: alpha at its first token, its moves and emissions, beta at its
  // last token. An O token: the marginal of O there.
  for (std::size_t i = 0; i < n; ++i) {
    const int first = labels[i];
    std::size_t j = i;
    if (first != 0 && label_place(first) == 0)
      while (j + 1 < n && labels[j + 1] != 0 && label_place(labels[j + 1]) != 0 &&
             label_place(labels[j + 1]) != 3 && label_place(labels[j]) != 2)
        ++j;
    double p = alpha[i * L + first];
    for (std::size_t k = i + 1; k <= j; ++k)
      p *= move[labels[k - 1]][labels[k]] * emit[k * L + labels[k]] / norm[k];
    p *= beta[j * L + labels[j]];
    const float conf = static_cast<float>(std::clamp(p, 0.0, 1.0));
    for (std::size_t k = i; k <= j; ++k) out[k] = conf;
    i = j;
  }
}

}  // namespace loupe::entities
