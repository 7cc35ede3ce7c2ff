// TaggerModel::span_confidences: how sure the tagger is of each span Viterbi chose, as the
// marginal probability of that span (its extent and type) under a softmax over the allowed
// label paths. A per-token margin against every label, allowed or not, read a U-LOC that beat
// every allowed alternative as unsure whenever B-LOC (which no following O allows) scored
// higher in isolation: correct mentions came out near 0.
// Cost (it was a quarter of an entities call): the lattice runs only where a span needs it
// (forward up to the last span, backward down to the first), emissions come from a table of
// factors per model and temperature, and the 61 allowed moves are unrolled by kind (7 x 7 out
// of closed labels, 2 into each I and L).
#include <algorithm>
#include <cmath>
#include <cstddef>
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
// Closed labels (O, L, U: what O, B and U may follow) and the labels that may follow them.
constexpr int kClosed[7] = {0, 3, 4, 7, 8, 11, 12};
constexpr int kAfterClosed[7] = {0, 1, 4, 5, 8, 9, 12};  // O, B and U of each type
// Emission tables longer than this (a hot temperature on a fine scale) are not kept.
constexpr std::size_t kMaxTable = 1 << 16;

// Two doubles, added and multiplied lane by lane (wasm SIMD, SSE2): each lane is the scalar
// computation of one output, in the same order, so the results are bit for bit the scalar ones
// (no fused multiply-add on either target).
typedef double Pair __attribute__((vector_size(16)));
Pair load(const double* p) {
  Pair v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
void store(double* p, Pair v) { std::memcpy(p, &v, sizeof v); }
Pair both(double x) { return Pair{x, x}; }

// e^x for x <= 0 (from kFloor): 2^(integer part) by the exponent bits, times 2^(fraction) by a
// degree-6 polynomial (relative error ~1e-7); a third of std::exp's instructions.
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

// A model's factors at one temperature, each transition group shifted by its largest allowed
// value: every path takes one start, n - 1 moves and one end, so the shifts cancel in the
// normalization. Kept per thread for the last model and temperature (documents are tagged
// sequence by sequence with one model: no recomputation per sequence).
struct Factors {
  std::uint64_t model = 0;
  float temperature = 0, inv = 0;
  float closed[7][7] = {};   // [k][j]: from kClosed[k] into kAfterClosed[j]
  float open[3][2][2] = {};  // [type][from B, I][into I, L]
  float start[L] = {}, end[L] = {};
  float full[L * L] = {};  // [prev * L + next], 0 if not allowed
  // The same factors as doubles (exact), laid out for two outputs at a time (Pair): forward
  // [k][j] and backward [j][k], padded to 8; open moves by (from B, from I) and (into I, into L).
  alignas(16) double closed_by_next[7][8] = {};             // [k][j] = closed[k][j]
  alignas(16) double closed_by_prev[7][8] = {};             // [j][k] = closed[k][j]
  alignas(16) double from_b[3][2] = {}, from_i[3][2] = {};  // [type][into I, L]
  alignas(16) double into_i[3][2] = {}, into_l[3][2] = {};  // [type][from B, I]
  // emit[d]: factor(-d * inv), d = top score - score, the last entry for every d beyond it
  // (then below kFloor); empty when it would exceed kMaxTable.
  std::vector<float> emit;
};

void fill_factors(const std::vector<std::int32_t>& t, float inv, Factors& f) {
  std::int32_t top_move = INT32_MIN, top_start = INT32_MIN, top_end = INT32_MIN;
  for (int p = 0; p < L; ++p)
    for (int l = 0; l < L; ++l)
      if (tagger_transition_allowed(p, l)) top_move = std::max(top_move, t[p * L + l]);
  for (int l = 0; l < L; ++l) {
    if (tagger_transition_allowed(-1, l)) top_start = std::max(top_start, t[L * L + l]);
    if (tagger_transition_allowed(l, L)) top_end = std::max(top_end, t[L * L + L + l]);
  }
  for (int p = 0; p < L; ++p)
    for (int l = 0; l < L; ++l)
      f.full[p * L + l] = tagger_transition_allowed(p, l)
                              ? factor(static_cast<float>(t[p * L + l] - top_move) * inv)
                              : 0;
  for (int k = 0; k < 7; ++k)
    for (int j = 0; j < 7; ++j) f.closed[k][j] = f.full[kClosed[k] * L + kAfterClosed[j]];
  for (int type = 0; type < 3; ++type)
    for (int from = 0; from < 2; ++from)
      for (int into = 0; into < 2; ++into)
        f.open[type][from][into] = f.full[(1 + 4 * type + from) * L + 2 + 4 * type + into];
  for (int k = 0; k < 7; ++k)
    for (int j = 0; j < 7; ++j) f.closed_by_next[k][j] = f.closed_by_prev[j][k] = f.closed[k][j];
  for (int type = 0; type < 3; ++type)
    for (int x = 0; x < 2; ++x) {
      f.from_b[type][x] = f.open[type][0][x], f.from_i[type][x] = f.open[type][1][x];
      f.into_i[type][x] = f.open[type][x][0], f.into_l[type][x] = f.open[type][x][1];
    }
  for (int l = 0; l < L; ++l) {
    f.start[l] = tagger_transition_allowed(-1, l)
                     ? factor(static_cast<float>(t[L * L + l] - top_start) * inv)
                     : 0;
    f.end[l] = tagger_transition_allowed(l, L)
                   ? factor(static_cast<float>(t[L * L + L + l] - top_end) * inv)
                   : 0;
  }
  // Float products are monotone: past the first d below kFloor every d is below it too.
  f.emit.clear();
  for (std::size_t d = 0; d <= kMaxTable; ++d) {
    const float x = static_cast<float>(-static_cast<double>(d)) * inv;
    f.emit.push_back(factor(x));
    if (x < kFloor) return;
  }
  f.emit.clear();
}

// The factors of a model at a temperature, kept per thread for the last kKeptFactors (model,
// temperature) pairs, the least recently used replaced: a document mixing languages (a Korean
// page with English bylines) switches models sequence by sequence, and refilling the emission
// table at each switch cost ~1.5 M instructions per call on the corpus. The same values.
constexpr std::size_t kKeptFactors = 6;
const Factors& factors_of(std::uint64_t model, float temperature, float scale,
                          const std::vector<std::int32_t>& transitions) {
  static thread_local std::vector<Factors> kept(kKeptFactors);
  static thread_local std::uint64_t used[kKeptFactors] = {}, clock = 0;
  std::size_t oldest = 0;
  for (std::size_t k = 0; k < kKeptFactors; ++k) {
    if (kept[k].model == model && kept[k].temperature == temperature) {
      used[k] = ++clock;
      return kept[k];
    }
    if (used[k] < used[oldest]) oldest = k;
  }
  Factors& f = kept[oldest];
  used[oldest] = ++clock;
  f.model = model, f.temperature = temperature, f.inv = 1.0f / (scale * temperature);
  fill_factors(transitions, f.inv, f);
  return f;
}

// Per-sequence work space (scaled forward-backward, normalized per step).
struct Lattice {
  // Double: a step's normalizer can be e^-80 (an unlikely label forced by the path's
  // neighbours) and the backward values grow by its inverse; float overflowed on real text.
  std::vector<double> emit, alpha, beta, norm;  // [n * L], [n * L], [n * L], [n]
};

// Emission factors of tokens [from, to), each token's best label at 1.
void fill_emissions(const Factors& f, const std::int32_t* scores, std::size_t from, std::size_t to,
                    double* emit) {
  const std::size_t last = f.emit.size() - 1;
  for (std::size_t i = from; i < to; ++i) {
    const std::int32_t* s = scores + i * L;
    std::int32_t top = s[0];
    for (int l = 1; l < L; ++l) top = std::max(top, s[l]);
    for (int l = 0; l < L; ++l) {
      if (f.emit.empty()) {
        emit[i * L + l] = factor(static_cast<float>(s[l] - top) * f.inv);
      } else {
        const auto d = static_cast<std::uint32_t>(top - s[l]);
        emit[i * L + l] = f.emit[std::min<std::size_t>(d, last)];
      }
    }
  }
}

// Forward over tokens [0, to): alpha[i] is the distribution of token i's label given tokens
// 0..i, norm[i] what it was divided by.
void run_forward(const Factors& f, std::size_t to, Lattice& lat) {
  const double* emit = lat.emit.data();
  double* alpha = lat.alpha.data();
  double* norm = lat.norm.data();
  auto normalize = [&](std::size_t i) {
    double sum = 0;
    for (int l = 0; l < L; ++l) sum += alpha[i * L + l];
    norm[i] = sum > 0 ? sum : 1;  // > 0 always: the best label's emission factor is 1
    const double r = 1.0 / norm[i];
    double* a = alpha + i * L;
    for (std::ptrdiff_t q = 0; q < 6; ++q) store(a + 2 * q, load(a + 2 * q) * both(r));
    a[12] *= r;
  };
  for (int l = 0; l < L; ++l) alpha[l] = f.start[l] * emit[l];
  normalize(0);
  for (std::size_t i = 1; i < to; ++i) {
    const double* before = alpha + (i - 1) * L;
    const double* e = emit + i * L;
    double* now = alpha + i * L;
    // Into O, B and U (kAfterClosed: 0 1 | 4 5 | 8 9 | 12) from the closed labels, two at a time:
    // in = c[0] * closed[0][j] + c[1] * closed[1][j] + ... in this order.
    Pair in[4];
    for (std::ptrdiff_t q = 0; q < 4; ++q)
      in[q] = both(before[kClosed[0]]) * load(&f.closed_by_next[0][2 * q]);
    for (int k = 1; k < 7; ++k) {
      const Pair c = both(before[kClosed[k]]);
      for (std::ptrdiff_t q = 0; q < 4; ++q) in[q] += c * load(&f.closed_by_next[k][2 * q]);
    }
    for (std::ptrdiff_t q = 0; q < 3; ++q)
      store(now + 4 * q, in[q] * load(e + 4 * q));  // O B, B U, B U
    now[12] = in[3][0] * e[12];
    for (std::ptrdiff_t t = 0; t < 3; ++t) {  // into I and L of each type, from its B and I
      const std::ptrdiff_t b = 1 + 4 * t;
      store(now + b + 1,
            (both(before[b]) * load(f.from_b[t]) + both(before[b + 1]) * load(f.from_i[t])) *
                load(e + b + 1));
    }
    normalize(i);
  }
}

// Backward over tokens [down_to, n), each step scaled to sum 1: beta[i] is proportional to the
// chance of tokens i+1.. given token i's label.
void run_backward(const Factors& f, std::size_t n, std::size_t down_to, Lattice& lat) {
  const double* emit = lat.emit.data();
  double* beta = lat.beta.data();
  auto normalize = [&](double* b) {
    double sum = 0;
    for (int l = 0; l < L; ++l) sum += b[l];
    const double r = sum > 0 ? 1.0 / sum : 1;
    for (std::ptrdiff_t q = 0; q < 6; ++q) store(b + 2 * q, load(b + 2 * q) * both(r));
    b[12] *= r;
  };
  for (int l = 0; l < L; ++l) beta[(n - 1) * L + l] = f.end[l];
  normalize(beta + (n - 1) * L);
  for (std::size_t i = n - 1; i > down_to; --i) {
    alignas(16) double after[14];
    for (std::ptrdiff_t q = 0; q < 6; ++q)
      store(after + 2 * q, load(emit + i * L + 2 * q) * load(beta + i * L + 2 * q));
    after[12] = emit[i * L + 12] * beta[i * L + 12];
    double* back = beta + (i - 1) * L;
    // Out of the closed labels (kClosed: 0 | 3 4 | 7 8 | 11 12), two at a time: sum =
    // closed[k][0] * after[kAfterClosed[0]] + closed[k][1] * after[...] + ... in this order.
    Pair sum[4];
    for (std::ptrdiff_t q = 0; q < 4; ++q)
      sum[q] = load(&f.closed_by_prev[0][2 * q]) * both(after[kAfterClosed[0]]);
    for (int j = 1; j < 7; ++j) {
      const Pair a = both(after[kAfterClosed[j]]);
      for (std::ptrdiff_t q = 0; q < 4; ++q) sum[q] += load(&f.closed_by_prev[j][2 * q]) * a;
    }
    for (std::ptrdiff_t q = 0; q < 4; ++q)
      for (int x = 0; x < 2 && 2 * q + x < 7; ++x) back[kClosed[2 * q + x]] = sum[q][x];
    for (int t = 0; t < 3; ++t) {  // out of B and I of each type, into its I and L
      const std::ptrdiff_t b = 1 + 4 * t;
      store(back + b,
            load(f.into_i[t]) * both(after[b + 1]) + load(f.into_l[t]) * both(after[b + 2]));
    }
    normalize(back);
  }
}

// The last token of the span of the path starting at i (i itself for U and for O).
std::size_t span_end(const std::uint8_t* labels, std::size_t n, std::size_t i) {
  std::size_t j = i;
  if (labels[i] != 0 && label_place(labels[i]) == 0)
    while (j + 1 < n && labels[j + 1] != 0 && label_place(labels[j + 1]) != 0 &&
           label_place(labels[j + 1]) != 3 && label_place(labels[j]) != 2)
      ++j;
  return j;
}

}  // namespace

void TaggerModel::span_confidences(const std::int32_t* scores, std::size_t n,
                                   const std::uint8_t* labels, float temperature,
                                   std::vector<float>& out, std::vector<float>* by_type) const {
  out.assign(n, 0);
  if (by_type) by_type->assign(n * 3, 0);
  if (n == 0 || transitions_.size() < static_cast<std::size_t>(L) * (L + 2) || temperature <= 0)
    return;
  // The lattice's extent: tokens 0 .. the last span's end forward, n - 1 .. the first span's
  // start backward.
  std::size_t first = n, last = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (labels[i] != 0) first = std::min(first, i), last = i;
  if (first == n) return;
  const Factors& f = factors_of(id_, temperature, scale_, transitions_);
  static thread_local Lattice lat;
  // Grown, never shrunk: every value read below is written first (emissions of all n tokens,
  // alpha and norm up to `last`, beta down to `first`), so no zeroing per sequence.
  if (lat.norm.size() < n)
    lat.emit.resize(n * L), lat.alpha.resize(n * L), lat.beta.resize(n * L), lat.norm.resize(n);
  fill_emissions(f, scores, 0, n, lat.emit.data());
  run_forward(f, last + 1, lat);
  run_backward(f, n, first, lat);
  const double* emit = lat.emit.data();
  const double* alpha = lat.alpha.data();
  const double* beta = lat.beta.data();
  const double* norm = lat.norm.data();
  // A span i..j of the path: alpha at its first token, its moves and emissions, beta at its
  // last token, over the total mass at its last token (sum of alpha * beta there).
  for (std::size_t i = first; i <= last; ++i) {
    if (labels[i] == 0) continue;
    const std::size_t j = span_end(labels, n, i);
    double total = 0;
    for (int l = 0; l < L; ++l) total += alpha[j * L + l] * beta[j * L + l];
    // The path's labels over i..j with the type of the span replaced by `type` (-1: as is).
    auto span_probability = [&](int type) {
      auto at = [&](std::size_t k) -> int {
        return type < 0 ? labels[k]
                        : tagger_label(static_cast<EntityType>(type), label_place(labels[k]));
      };
      double p = alpha[i * L + at(i)];
      for (std::size_t k = i + 1; k <= j; ++k)
        p *= f.full[at(k - 1) * L + at(k)] * emit[k * L + at(k)] / norm[k];
      p = total > 0 ? p * beta[j * L + at(j)] / total : 0;
      return p > 0 ? static_cast<float>(std::min(p, 1.0)) : 0.0f;  // NaN: 0
    };
    const float conf = span_probability(-1);
    for (std::size_t k = i; k <= j; ++k) out[k] = conf;
    // The same extent with each type (an O token: none): what the linking's type vote reads.
    if (by_type)
      for (int t = 0; t < 3; ++t) {
        const float pt = t == static_cast<int>(label_type(labels[i])) ? conf : span_probability(t);
        for (std::size_t k = i; k <= j; ++k) (*by_type)[k * 3 + t] = pt;
      }
    i = j;
  }
}

}  // namespace loupe::entities
