#include "extract/entities/tagger_model.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>

namespace loupe::entities {
namespace {

constexpr int L = kTaggerLabels;
constexpr std::int32_t kForbidden = INT32_MIN / 4;
constexpr std::uint8_t kVersion = 1;
constexpr std::size_t kTransitions = L * L + 2 * L;

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool read(void* out, std::size_t n) {
    if (pos_ + n > bytes_.size()) return false;
    std::memcpy(out, bytes_.data() + pos_, n);  // little-endian hosts (x86, wasm)
    pos_ += n;
    return true;
  }
  bool varint(std::uint32_t& out) {
    out = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      std::uint8_t b;
      if (!read(&b, 1)) return false;
      out |= static_cast<std::uint32_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  }
  bool done() const { return pos_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

core::Status invalid(const char* what) {
  return core::Status(core::StatusCode::kInvalidData, std::string("entity model: ") + what);
}

std::uint32_t slot_of(std::uint32_t bucket, std::size_t mask) {
  return static_cast<std::uint32_t>((bucket * 0x9E3779B1u) & mask);
}

}  // namespace

bool tagger_transition_allowed(int prev, int next) {
  const bool prev_open = prev > 0 && prev < L && label_place(prev) <= 1;  // B or I
  if (next == L) return !prev_open;                                       // sequence end
  if (next == 0) return !prev_open;
  const int place = label_place(next);
  if (place == 0 || place == 3) return !prev_open;           // B, U
  return prev_open && label_type(prev) == label_type(next);  // I, L
}

core::Result<TaggerModel> TaggerModel::parse(std::string_view bytes) {
  Reader in(bytes);
  char magic[4];
  std::uint8_t version = 0, bits = 0, labels = 0;
  TaggerModel m;
  if (!in.read(magic, 4) || std::memcmp(magic, "LNER", 4) != 0) return invalid("not a model");
  if (!in.read(&version, 1) || version != kVersion) return invalid("unknown version");
  if (!in.read(&bits, 1) || bits < 8 || bits > 24) return invalid("bad hash size");
  if (!in.read(&labels, 1) || labels != L) return invalid("bad label count");
  if (!in.read(&m.scale_, 4) || !(m.scale_ > 0)) return invalid("bad scale");
  m.bits_ = bits;
  m.transitions_.resize(kTransitions);
  for (std::int32_t& t : m.transitions_) {
    std::int16_t q;
    if (!in.read(&q, 2)) return invalid("truncated transitions");
    t = q;
  }
  std::uint32_t rows = 0;
  if (!in.read(&rows, 4) || rows > (1u << bits)) return invalid("bad row count");
  std::size_t capacity = 16;
  while (capacity < 2 * static_cast<std::size_t>(rows)) capacity *= 2;
  m.slots_.assign(capacity, 0);
  m.slot_rows_.assign(capacity, 0);
  m.weights_.assign(static_cast<std::size_t>(rows) * L, 0);
  std::uint32_t bucket = 0;
  for (std::uint32_t r = 0; r < rows; ++r) {
    std::uint32_t delta = 0;
    std::uint16_t mask = 0;
    if (!in.varint(delta) || !in.read(&mask, 2)) return invalid("truncated row");
    if ((r > 0 && delta == 0) || bucket + static_cast<std::uint64_t>(delta) >= (1u << bits))
      return invalid("bad bucket");
    bucket += delta;
    for (int l = 0; l < L; ++l)
      if (mask & (1u << l) && !in.read(&m.weights_[r * L + l], 1)) return invalid("truncated row");
    std::size_t s = slot_of(bucket, capacity - 1);
    while (m.slots_[s]) s = (s + 1) & (capacity - 1);
    m.slots_[s] = bucket + 1, m.slot_rows_[s] = r;
  }
  if (!in.done()) return invalid("trailing bytes");
  m.row_count_ = rows;
  return m;
}

const std::int8_t* TaggerModel::row(std::uint32_t bucket) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t s = slot_of(bucket, mask);; s = (s + 1) & mask) {
    if (slots_[s] == 0) return nullptr;
    if (slots_[s] == bucket + 1) return &weights_[static_cast<std::size_t>(slot_rows_[s]) * L];
  }
}

void TaggerModel::decode(const FeatureRows& features, std::vector<std::uint8_t>& labels,
                         std::vector<float>& margin) const {
  const std::size_t n = features.size();
  labels.assign(n, 0);
  margin.assign(n, 0);
  if (n == 0 || slots_.empty()) return;
  scores_.assign(n * L, 0);
  for (std::size_t i = 0; i < n; ++i) {
    std::int32_t* s = &scores_[i * L];
    for (std::uint32_t k = features.offsets[i]; k < features.offsets[i + 1]; ++k)
      if (const std::int8_t* w = row(features.ids[k]))
        for (int l = 0; l < L; ++l) s[l] += w[l];
  }
  best_.assign(n * L, kForbidden);
  back_.assign(n * L, 0);
  const std::int32_t* start = &transitions_[L * L];
  const std::int32_t* end = start + L;
  for (int l = 0; l < L; ++l)
    if (tagger_transition_allowed(-1, l)) best_[l] = start[l] + scores_[l];
  for (std::size_t i = 1; i < n; ++i)
    for (int l = 0; l < L; ++l) {
      std::int32_t top = kForbidden;
      for (int p = 0; p < L; ++p) {
        if (best_[(i - 1) * L + p] == kForbidden || !tagger_transition_allowed(p, l)) continue;
        const std::int32_t v = best_[(i - 1) * L + p] + transitions_[p * L + l];
        if (v > top) top = v, back_[i * L + l] = static_cast<std::uint8_t>(p);
      }
      if (top != kForbidden) best_[i * L + l] = top + scores_[i * L + l];
    }
  std::int32_t top = kForbidden;
  for (int l = 0; l < L; ++l) {
    if (best_[(n - 1) * L + l] == kForbidden || !tagger_transition_allowed(l, L)) continue;
    if (const std::int32_t v = best_[(n - 1) * L + l] + end[l]; v > top) top = v, labels[n - 1] = l;
  }
  for (std::size_t i = n - 1; i > 0; --i) labels[i - 1] = back_[i * L + labels[i]];
  for (std::size_t i = 0; i < n; ++i) {
    std::int32_t other = kForbidden;
    for (int l = 0; l < L; ++l)
      if (l != labels[i]) other = std::max(other, scores_[i * L + l]);
    margin[i] = static_cast<float>(scores_[i * L + labels[i]] - other) / scale_;
  }
}

std::string write_tagger_model(int bits, float scale, const std::vector<float>& weights,
                               const std::vector<float>& transitions) {
  std::string out("LNER");
  out.push_back(static_cast<char>(kVersion));
  out.push_back(static_cast<char>(bits));
  out.push_back(static_cast<char>(L));
  auto put = [&](const void* p, std::size_t n) { out.append(static_cast<const char*>(p), n); };
  put(&scale, 4);
  for (float t : transitions) {
    const auto q = static_cast<std::int16_t>(std::clamp(std::lround(t * scale), -32767L, 32767L));
    put(&q, 2);
  }
  std::string body;
  std::uint32_t rows = 0, last = 0;
  const std::size_t buckets = std::size_t{1} << bits;
  for (std::size_t b = 0; b < buckets; ++b) {
    std::int8_t q[L];
    std::uint16_t mask = 0;
    for (int l = 0; l < L; ++l) {
      q[l] = static_cast<std::int8_t>(
          std::clamp(std::lround(weights[b * L + l] * scale), -127L, 127L));
      if (q[l]) mask |= 1u << l;
    }
    if (!mask) continue;
    for (std::uint32_t d = static_cast<std::uint32_t>(b) - last;; d >>= 7) {
      body.push_back(static_cast<char>((d & 0x7F) | (d >= 0x80 ? 0x80 : 0)));
      if (d < 0x80) break;
    }
    body.append(reinterpret_cast<const char*>(&mask), 2);
    for (int l = 0; l < L; ++l)
      if (q[l]) body.push_back(static_cast<char>(q[l]));
    last = static_cast<std::uint32_t>(b), ++rows;
  }
  put(&rows, 4);
  return out + body;
}

}  // namespace loupe::entities
