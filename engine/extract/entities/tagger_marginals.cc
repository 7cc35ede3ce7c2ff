// TaggerModel::span_confidences: how sure the tagger is of each span Viterbi chose, as the
// marginal probability of that span (its extent and type) under a softmax over the allowed
// label paths. A per-token margin against every label, allowed or not, read a U-LOC that beat
// every allowed alternative as unsure whenever B-LOC (which no following O allows) scored
// higher in isolation: correct mentions came out near 0.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "extract/entities/tagger_model.h"

namespace loupe::entities {
namespace {

constexpr int L = kTaggerLabels;
// exp() arguments are kept above this: a factor of e^-40 is no chance at all (scores are
// hundreds of weight units apart before it), and a step's products stay far inside double's
// range.
constexpr float kFloor = -40;

// e^x for x <= 0 (from kFloor): 2^(integer part) by the exponent bits, times 2^(fraction) by a
// degree-6 polynomial (relative error ~1e-7); a third of std::exp's instructions, and these are
// 13 per token.
float factor(float x) {
  const float t = std::max(x, kFloor) * 1.44269504f;  // log2(e)
  int whole = static_cast<int>(t);                    // toward 0; t <= 0: adjust down
  whole -= static_cast<float>(whole) > t;
  const float f = t - static_cast<float>(whole);  // [0, 1)
  float p = 1.5353362e-4f;
  for (float c : {1.3398874e-3f, 9.6184374e-3f, 5.5503325e-2f, 2.4022648e-1f, 6.9314720e-1f, 1.0f})
    p = p * f + c;
  const std::uint32_t bits = static_cast<std::uint32_t>(whole + 127) << 23;  // whole >= -58
  float two;
  std::memcpy(&two, &bits, 4);
  return p * two;
}

// The allowed moves (prev, next) between tokens: 61 of the 169 pairs.
struct Moves {
  int count = 0;
  std::uint8_t prev[L * L], next[L * L];
  Moves() {
    for (int l = 0; l < L; ++l)
      for (int p = 0; p < L; ++p)
        if (tagger_transition_allowed(p, l)) prev[count] = p, next[count] = l, ++count;
  }
};

// A model's transitions as factors at one temperature, each group shifted by its largest
// allowed value: every path takes one start, n - 1 moves and one end, so the shifts cancel in
// the normalization. Kept per thread for the last model and temperature (documents are
// tagged sequence by sequence with one model: no recomputation per sequence).
struct Factors {
  std::uint64_t model = 0;
  float temperature = 0;
  float move[L * L] = {}, start[L] = {}, end[L] = {};  // move: by the index in Moves
  float full[L * L] = {};                              // [prev * L + next], 0 if not allowed
};

// Per-sequence work space (scaled forward-backward, normalized per step).
struct Lattice {
  // Double: a step's normalizer can be e^-80 (an unlikely label forced by the path's
  // neighbours) and the backward values grow by its inverse; float overflowed on real text.
  std::vector<double> emit, alpha, beta, norm;  // [n * L], [n * L], [n * L], [n]
};

// Fills f for transitions t ([prev * L + next], then start[L], end[L]) at 1 / inv units.
void fill_factors(const std::vector<std::int32_t>& t, const Moves& moves, float inv, Factors& f) {
  std::int32_t top_move = INT32_MIN, top_start = INT32_MIN, top_end = INT32_MIN;
  for (int k = 0; k < moves.count; ++k)
    top_move = std::max(top_move, t[moves.prev[k] * L + moves.next[k]]);
  for (int l = 0; l < L; ++l) {
    if (tagger_transition_allowed(-1, l)) top_start = std::max(top_start, t[L * L + l]);
    if (tagger_transition_allowed(l, L)) top_end = std::max(top_end, t[L * L + L + l]);
  }
  for (int k = 0; k < moves.count; ++k) {
    const int at = moves.prev[k] * L + moves.next[k];
    f.full[at] = f.move[k] = factor(static_cast<float>(t[at] - top_move) * inv);
  }
  for (int l = 0; l < L; ++l) {
    f.start[l] = tagger_transition_allowed(-1, l)
                     ? factor(static_cast<float>(t[L * L + l] - top_start) * inv)
                     : 0;
    f.end[l] = tagger_transition_allowed(l, L)
                   ? factor(static_cast<float>(t[L * L + L + l] - top_end) * inv)
                   : 0;
  }
}

// Forward: alpha[i] is the distribution of token i's label given tokens 0..i.
void run_forward(const Moves& moves, const Factors& f, std::size_t n, Lattice& lat) {
  const double* emit = lat.emit.data();
  double* alpha = lat.alpha.data();
  double* norm = lat.norm.data();
  auto normalize = [&](std::size_t i) {
    double sum = 0;
    for (int l = 0; l < L; ++l) sum += alpha[i * L + l];
    norm[i] = sum > 0 ? sum : 1;  // > 0 always: the best label's emission factor is 1
    const double r = 1.0 / norm[i];
    for (int l = 0; l < L; ++l) alpha[i * L + l] *= r;
  };
  for (int l = 0; l < L; ++l) alpha[l] = f.start[l] * emit[l];
  normalize(0);
  for (std::size_t i = 1; i < n; ++i) {
    double in[L] = {};
    const double* before = alpha + (i - 1) * L;
    for (int k = 0; k < moves.count; ++k) in[moves.next[k]] += before[moves.prev[k]] * f.move[k];
    for (int l = 0; l < L; ++l) alpha[i * L + l] = in[l] * emit[i * L + l];
    normalize(i);
  }
}

// Backward, scaled so that sum over l of alpha[i][l] * beta[i][l] is 1 at every token.
void run_backward(const Moves& moves, const Factors& f, std::size_t n, Lattice& lat) {
  const double* emit = lat.emit.data();
  const double* alpha = lat.alpha.data();
  const double* norm = lat.norm.data();
  double* beta = lat.beta.data();
  double closing = 0;
  for (int l = 0; l < L; ++l) closing += alpha[(n - 1) * L + l] * f.end[l];
  if (closing <= 0) closing = 1;
  for (int l = 0; l < L; ++l) beta[(n - 1) * L + l] = f.end[l] / closing;
  for (std::size_t i = n - 1; i > 0; --i) {
    double after[L], back[L] = {};
    for (int l = 0; l < L; ++l) after[l] = emit[i * L + l] * beta[i * L + l] / norm[i];
    for (int k = 0; k < moves.count; ++k) back[moves.prev[k]] += f.move[k] * after[moves.next[k]];
    for (int p = 0; p < L; ++p) beta[(i - 1) * L + p] = back[p];
  }
}

}  // namespace

void TaggerModel::span_confidences(const std::int32_t* scores, std::size_t n,
                                   const std::uint8_t* labels, float temperature,
                                   std::vector<float>& out, std::vector<float>* by_type) const {
  out.assign(n, 0);
  if (by_type) by_type->assign(n * 3, 0);
  if (n == 0 || transitions_.size() < static_cast<std::size_t>(L) * (L + 2) || temperature <= 0)
    return;
  static const Moves moves;
  const float inv = 1.0f / (scale_ * temperature);
  static thread_local Factors f;
  if (f.model != id_ || f.temperature != temperature) {
    f.model = id_, f.temperature = temperature;
    fill_factors(transitions_, moves, inv, f);
  }
  static thread_local Lattice lat;
  lat.emit.resize(n * L), lat.alpha.resize(n * L), lat.beta.resize(n * L), lat.norm.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::int32_t top = *std::max_element(scores + i * L, scores + i * L + L);
    for (int l = 0; l < L; ++l)
      lat.emit[i * L + l] = factor(static_cast<float>(scores[i * L + l] - top) * inv);
  }
  run_forward(moves, f, n, lat);
  run_backward(moves, f, n, lat);
  const double* emit = lat.emit.data();
  const double* alpha = lat.alpha.data();
  const double* beta = lat.beta.data();
  const double* norm = lat.norm.data();
  // A span i..j of the path: alpha at its first token, its moves and emissions, beta at its
  // last token. An O token: the marginal of O there.
  for (std::size_t i = 0; i < n; ++i) {
    const int first = labels[i];
    std::size_t j = i;
    if (first != 0 && label_place(first) == 0)
      while (j + 1 < n && labels[j + 1] != 0 && label_place(labels[j + 1]) != 0 &&
             label_place(labels[j + 1]) != 3 && label_place(labels[j]) != 2)
        ++j;
    // The path's labels over i..j with the type of the span replaced by `type` (-1: as is).
    auto span_probability = [&](int type) {
      auto at = [&](std::size_t k) {
        return type < 0 ? labels[k]
                        : tagger_label(static_cast<EntityType>(type), label_place(labels[k]));
      };
      double p = alpha[i * L + at(i)];
      for (std::size_t k = i + 1; k <= j; ++k)
        p *= f.full[at(k - 1) * L + at(k)] * emit[k * L + at(k)] / norm[k];
      p *= beta[j * L + at(j)];
      return p > 0 ? static_cast<float>(std::min(p, 1.0)) : 0;  // NaN: 0
    };
    const float conf = span_probability(-1);
    for (std::size_t k = i; k <= j; ++k) out[k] = conf;
    // The same extent with each type (an O token: none): what the linking's type vote reads.
    if (by_type && first != 0)
      for (int t = 0; t < 3; ++t) {
        const float pt = t == static_cast<int>(label_type(first)) ? conf : span_probability(t);
        for (std::size_t k = i; k <= j; ++k) (*by_type)[k * 3 + t] = pt;
      }
    i = j;
  }
}

}  // namespace loupe::entities
