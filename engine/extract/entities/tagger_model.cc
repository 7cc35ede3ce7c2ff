#include "extract/entities/tagger_model.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <climits>
#include <cmath>
#include <cstring>

namespace loupe::entities {
namespace {

constexpr int L = kTaggerLabels;
constexpr std::int32_t kForbidden = INT32_MIN / 4;
// 1: weights only; 2: weights, then the word classes (tagger_word_classes.h).
constexpr std::uint8_t kVersion = 2;
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

// BILOU: O, B and U follow a closed label (O, or L or U of any type); I and L follow B or I of
// their own type (tagger_transition_allowed). Closed labels in increasing order: ties go to the
// lowest, as in a scan of every allowed label.
constexpr int kClosed[7] = {0, 3, 4, 7, 8, 11, 12};
constexpr int kAfterClosed[7] = {0, 1, 4, 5, 8, 9, 12};  // O, B and U of each type

// Where label l's weight sits in a row: the even bytes of the first 8 hold labels 0-3, its odd
// bytes 4-7, and the same for the last 8 with 8-11 and 12-15 (add_rows()'s lanes in label order).
constexpr int row_byte(int l) { return 8 * (l >> 3) + 2 * (l & 3) + ((l >> 2) & 1); }

core::Status invalid(const char* what) {
  return core::Status(core::StatusCode::kInvalidData, std::string("entity model: ") + what);
}

// Version 2's word classes: a u32 count, then per word a varint key delta (keys increase) and
// a u16 class.
bool read_word_classes(Reader& in, WordClasses& out) {
  std::uint32_t count = 0, key = 0;
  if (!in.read(&count, 4) || count > (1u << 24)) return false;
  std::vector<std::pair<std::uint32_t, std::uint16_t>> entries(count);
  for (std::uint32_t k = 0; k < count; ++k) {
    std::uint32_t delta = 0;
    if (!in.varint(delta) || (k > 0 && delta == 0) ||
        key + static_cast<std::uint64_t>(delta) > 0xFFFFFFFFull || !in.read(&entries[k].second, 2))
      return false;
    key += delta;
    entries[k].first = key;
  }
  out = WordClasses(std::move(entries));
  return true;
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

// The transitions read by next label (Viterbi's inner loop), and the best move into each label
// that may follow a closed one (Viterbi's shortcut).
void TaggerModel::index_transitions() {
  transitions_into_.resize(static_cast<std::size_t>(L) * L);
  for (int prev = 0; prev < L; ++prev)
    for (int next = 0; next < L; ++next)
      transitions_into_[next * L + prev] = transitions_[prev * L + next];
  for (int j = 0; j < 7; ++j) {
    closed_into_max_[j] = INT32_MIN / 2;
    for (int k = 0; k < 7; ++k)
      closed_into_max_[j] =
          std::max(closed_into_max_[j], transitions_[kClosed[k] * L + kAfterClosed[j]]);
  }
}

core::Result<TaggerModel> TaggerModel::parse(std::string_view bytes) {
  static_assert(sizeof(Row) == 16, "two 8-byte words a row");
  static_assert(sizeof(Block) == 16, "a block in one cache line");
  Reader in(bytes);
  char magic[4];
  std::uint8_t version = 0, bits = 0, labels = 0;
  TaggerModel m;
  if (!in.read(magic, 4) || std::memcmp(magic, "LNER", 4) != 0) return invalid("not a model");
  if (!in.read(&version, 1) || version < 1 || version > kVersion) return invalid("unknown version");
  if (!in.read(&bits, 1) || bits < 8 || bits > 24) return invalid("bad hash size");
  if (!in.read(&labels, 1) || labels != L) return invalid("bad label count");
  if (!in.read(&m.scale_, 4) || !(m.scale_ > 0)) return invalid("bad scale");
  m.bits_ = bits;
  static std::atomic<std::uint64_t> parsed{0};
  m.id_ = ++parsed;
  m.transitions_.resize(kTransitions);
  for (std::int32_t& t : m.transitions_) {
    std::int16_t q;
    if (!in.read(&q, 2)) return invalid("truncated transitions");
    t = q;
  }
  m.index_transitions();
  std::uint32_t rows = 0;
  if (!in.read(&rows, 4) || rows > (1u << bits)) return invalid("bad row count");
  m.blocks_.assign((std::size_t{1} << bits) / 64, Block{});  // bits >= 8: 4 blocks or more
  m.rows_.reserve(rows);
  std::uint32_t bucket = 0;
  for (std::uint32_t r = 0; r < rows; ++r) {
    std::uint32_t delta = 0;
    std::uint16_t mask = 0;
    if (!in.varint(delta) || !in.read(&mask, 2)) return invalid("truncated row");
    if ((r > 0 && delta == 0) || bucket + static_cast<std::uint64_t>(delta) >= (1u << bits))
      return invalid("bad bucket");
    bucket += delta;
    Row row{};
    for (int l = 0; l < L; ++l) {
      std::int8_t w = 0;
      if (mask & (1u << l) && !in.read(&w, 1)) return invalid("truncated row");
      row.biased[row_byte(l)] = static_cast<std::uint8_t>(w + 128);
    }
    m.blocks_[bucket >> 6].present |= std::uint64_t{1} << (bucket & 63);
    m.rows_.push_back(row);
  }
  // Buckets increase (delta > 0): the rows are in bucket order, and a block's rank is the
  // number of rows in the blocks before it.
  std::uint32_t rank = 0;
  for (Block& b : m.blocks_) {
    b.rank = rank;
    rank += static_cast<std::uint32_t>(std::popcount(b.present));
  }
  if (version >= 2 && !read_word_classes(in, m.classes_)) return invalid("bad word classes");
  if (!in.done()) return invalid("trailing bytes");
  m.row_count_ = rows;
  return m;
}

// A row's 16 bytes are added as two 64-bit words split into even and odd bytes, four 16-bit lanes
// each; a lane holds up to 256 biased weights (255 * 256 < 2^16) before it is flushed and the
// bias taken off. The bytes are stored in the order (row_byte) that puts the lanes in label order:
// the flush reads them as 16 consecutive 16-bit values (a call adds ~6 rows: the flush was half
// its cost). x86-64 hosts: the popcount instruction (every x86-64 CPU since 2008) instead of
// libgcc's bit loop; wasm has its own (i64.popcnt).
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
__attribute__((target("popcnt")))
#endif
void TaggerModel::add_rows(const std::uint32_t* ids, std::size_t count, std::int32_t* s) const {
  constexpr std::uint64_t kEven = 0x00FF00FF00FF00FFull;
  const Block* blocks = blocks_.data();
  const Row* table = rows_.data();
  for (std::size_t k = 0; k < count;) {
    const std::size_t chunk_end = std::min(count, k + 256);
    std::uint64_t lanes[4] = {};  // labels 0-3 | 4-7 | 8-11 | 12-15 (row_byte)
    std::int32_t rows = 0;
    for (; k < chunk_end; ++k) {
      // The row of bucket `id`: its block's rank plus the rows before it in the block.
      const std::uint32_t id = ids[k];
      const Block& b = blocks[id >> 6];
      const std::uint64_t bit = std::uint64_t{1} << (id & 63);
      if (!(b.present & bit)) continue;
      const Row* r = table + b.rank + std::popcount(b.present & (bit - 1));
      std::uint64_t low, high;
      std::memcpy(&low, r->biased, 8);  // little-endian hosts (x86, wasm)
      std::memcpy(&high, r->biased + 8, 8);
      lanes[0] += low & kEven, lanes[1] += (low >> 8) & kEven;
      lanes[2] += high & kEven, lanes[3] += (high >> 8) & kEven;
      ++rows;
    }
    if (rows == 0) continue;
    std::uint16_t sum[16];  // labels 0 .. 15 (little-endian hosts)
    std::memcpy(sum, lanes, sizeof sum);
    for (int l = 0; l < L; ++l) s[l] += static_cast<std::int32_t>(sum[l]) - 128 * rows;
  }
}

// Best path over the allowed transitions only (61 of 169 pairs), without branches, the 49
// pairs out of closed labels unrolled over the closed labels' scores held in registers. Only the
// first token has unreachable labels (I, L): kForbidden there loses every comparison with a
// reachable one, and from the second token on every label is reachable (I and L from B), so
// the path is the same as with explicit checks. Each step's scores are shifted so that the
// best is 0: the same comparisons, and no overflow on a sequence of any length. The forward
// pass keeps only the best scores; the label each step came from is found again on the way back,
// for the path's labels only, from the same stored scores (best_into(): the same comparisons in
// the same order, so the same ties).
void TaggerModel::viterbi(const std::int32_t* score, std::size_t n,
                          std::vector<std::uint8_t>& labels) const {
  if (best_.size() < n * L) best_.resize(n * L);  // grown only: each step is written before read
  // Plain pointers: a store through a uint8_t may alias anything, so members would be reloaded.
  const std::int32_t* into = transitions_into_.data();
  std::int32_t* best = best_.data();
  for (int l = 0; l < L; ++l)
    best[l] = tagger_transition_allowed(-1, l) ? transitions_[L * L + l] + score[l] : kForbidden;
  for (std::size_t i = 1; i < n; ++i) {
    const std::int32_t* before = best + (i - 1) * L;
    std::int32_t* now = best + i * L;
    const std::int32_t* score_i = score + i * L;
    std::int32_t closed[7];
    for (int k = 0; k < 7; ++k) closed[k] = before[kClosed[k]];
    // The best closed label and the second best score (equal to the best on a tie): when the
    // best's way into l beats the second's plus the largest transition into l, it is the
    // maximum, without the 7 sums (the usual case: one label far ahead of the others).
    int first = 0;
    std::int32_t second = INT32_MIN / 2;
    for (int k = 1; k < 7; ++k) {
      if (closed[k] > closed[first]) {
        second = closed[first], first = k;
      } else {
        second = std::max(second, closed[k]);
      }
    }
    std::int32_t step_top = INT32_MIN;
    for (int j = 0; j < 7; ++j) {
      const int l = kAfterClosed[j];
      const std::int32_t* to_l = into + static_cast<std::ptrdiff_t>(l) * L;
      std::int32_t top = closed[first] + to_l[kClosed[first]];
      if (top <= second + closed_into_max_[j]) {
        top = closed[0] + to_l[0];
        for (int k = 1; k < 7; ++k) top = std::max(top, closed[k] + to_l[kClosed[k]]);
      }
      now[l] = top + score_i[l];
      step_top = std::max(step_top, now[l]);
    }
    for (int t = 0; t < 3; ++t) {
      const int b = 1 + 4 * t, inside = 2 + 4 * t;
      for (int l = inside; l <= inside + 1; ++l) {  // I, then L
        const std::int32_t* to_l = into + static_cast<std::ptrdiff_t>(l) * L;
        now[l] = std::max(before[b] + to_l[b], before[inside] + to_l[inside]) + score_i[l];
        step_top = std::max(step_top, now[l]);
      }
    }
    for (int l = 0; l < L; ++l) now[l] -= step_top;
  }
  const std::int32_t* end = transitions_.data() + static_cast<std::ptrdiff_t>(L) * L + L;
  const std::int32_t* last = best + static_cast<std::ptrdiff_t>(n - 1) * L;
  std::int32_t top = INT32_MIN;
  for (int l = 0; l < L; ++l) {
    if (last[l] <= kForbidden / 2 || !tagger_transition_allowed(l, L)) continue;
    if (const std::int32_t v = last[l] + end[l]; v > top) top = v, labels[n - 1] = l;
  }
  for (std::size_t i = n - 1; i > 0; --i) labels[i - 1] = best_into(best + (i - 1) * L, labels[i]);
}

// The label before `l` on the best path into it, from the previous step's scores `before`: the
// forward pass's maximum, the first of equals (closed labels in increasing order; for I and L,
// B unless I is strictly better).
std::uint8_t TaggerModel::best_into(const std::int32_t* before, int l) const {
  const std::int32_t* to_l = transitions_into_.data() + static_cast<std::ptrdiff_t>(l) * L;
  const int place = label_place(l);
  if (l != 0 && (place == 1 || place == 2)) {  // I or L: from B or I of its type
    const int b = l - place, inside = b + 1;
    return static_cast<std::uint8_t>(before[inside] + to_l[inside] > before[b] + to_l[b] ? inside
                                                                                         : b);
  }
  std::int32_t top = before[kClosed[0]] + to_l[kClosed[0]];
  int arg = kClosed[0];
  for (int k = 1; k < 7; ++k) {
    const std::int32_t v = before[kClosed[k]] + to_l[kClosed[k]];
    if (v > top) top = v, arg = kClosed[k];
  }
  return static_cast<std::uint8_t>(arg);
}

void TaggerModel::decode(const FeatureRows& features, std::vector<std::uint8_t>& labels,
                         std::vector<float>& confidence) const {
  const std::size_t n = features.size();
  scores_.assign(n * L, 0);
  if (!blocks_.empty())
    for (std::size_t i = 0; i < n; ++i)
      add_rows(features.ids.data() + features.offsets[i],
               features.offsets[i + 1] - features.offsets[i], &scores_[i * L]);
  decode_scores(scores_.data(), n, labels, confidence);
}

void TaggerModel::decode_scores(const std::int32_t* scores, std::size_t n,
                                std::vector<std::uint8_t>& labels, std::vector<float>& confidence,
                                std::vector<float>* by_type) const {
  labels.assign(n, 0);
  // Only spans read confidences: a path of O only (most sentences of a long text) skips them
  // (span_confidences() sets confidence and by_type itself).
  if (n > 0 && !blocks_.empty()) viterbi(scores, n, labels);
  if (std::any_of(labels.begin(), labels.end(), [](std::uint8_t l) { return l != 0; })) {
    span_confidences(scores, n, labels.data(), temperature_, confidence, by_type);
    return;
  }
  confidence.assign(n, 0);
  if (by_type) by_type->assign(n * 3, 0);
}

std::string write_tagger_model(int bits, float scale, const std::vector<float>& weights,
                               const std::vector<float>& transitions, const WordClasses* classes) {
  std::string out("LNER");
  out.push_back(static_cast<char>(classes ? kVersion : 1));
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
  out += body;
  if (!classes) return out;
  const auto count = static_cast<std::uint32_t>(classes->size());
  put(&count, 4);
  std::uint32_t key = 0;
  for (const auto& [k, c] : classes->entries()) {
    for (std::uint32_t d = k - key;; d >>= 7) {
      out.push_back(static_cast<char>((d & 0x7F) | (d >= 0x80 ? 0x80 : 0)));
      if (d < 0x80) break;
    }
    put(&c, 2);
    key = k;
  }
  return out;
}

}  // namespace loupe::entities
