#include "word_classes.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <numeric>
#include <random>
#include <string>
#include <unordered_map>

#include "extract/entities/tagger_tokens.h"

namespace loupe::ner {
namespace {

using Script = entities::Script;

// One sparse row per word: (dimension, value), L2-normalized.
struct SparseRows {
  std::vector<std::uint32_t> offsets{0}, dims;
  std::vector<float> values;
  std::size_t size() const { return offsets.size() - 1; }
};

// The keys of every Latin or Cyrillic token, sequence by sequence (0 marks a sequence edge;
// 1 a token of another script).
std::vector<std::uint64_t> token_keys(const std::vector<NerDoc>& docs,
                                      entities::TaggerFeatures& extractor) {
  std::vector<std::uint64_t> keys{0};
  entities::FeatureRows rows;
  for (const NerDoc& doc : docs) {
    const entities::TaggerTokens t = entities::tag_tokens(doc.text);
    extractor.document(doc.text, t);
    for (const entities::TokenSequence& seq : t.sequences) {
      extractor.extract(doc.text, t, seq, rows);
      for (const auto& info : extractor.token_info()) {
        const auto script = static_cast<Script>(info.script);
        const bool word = script == Script::kLatin || script == Script::kCyrillic;
        keys.push_back(word && info.key > 1 ? info.key : 1);
      }
      keys.push_back(0);
    }
  }
  return keys;
}

// Spherical k-means: the class of each row, `k` classes.
std::vector<int> kmeans(const SparseRows& rows, std::size_t dims, int k, int iterations,
                        unsigned seed) {
  const std::size_t n = rows.size();
  std::mt19937 rng(seed);
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), rng);
  const auto K = static_cast<std::size_t>(k);
  std::vector<float> centers(K * dims, 0);  // dimension-major: centers[d * K + c]
  auto seed_center = [&](int c, std::size_t row) {
    for (std::size_t d = 0; d < dims; ++d) centers[d * K + c] = 0;
    for (std::uint32_t j = rows.offsets[row]; j < rows.offsets[row + 1]; ++j)
      centers[rows.dims[j] * K + c] = rows.values[j];
  };
  for (int c = 0; c < k; ++c) seed_center(c, order[static_cast<std::size_t>(c) % n]);
  std::vector<int> cls(n, 0);
  std::vector<float> dot(static_cast<std::size_t>(k));
  for (int it = 0; it < iterations; ++it) {
    std::size_t moved = 0;
    for (std::size_t r = 0; r < n; ++r) {
      std::fill(dot.begin(), dot.end(), 0.0f);
      for (std::uint32_t j = rows.offsets[r]; j < rows.offsets[r + 1]; ++j) {
        const float* ctr = &centers[rows.dims[j] * K];
        for (std::size_t c = 0; c < K; ++c) dot[c] += ctr[c] * rows.values[j];
      }
      const int best = static_cast<int>(std::max_element(dot.begin(), dot.end()) - dot.begin());
      moved += best != cls[r];
      cls[r] = best;
    }
    std::fill(centers.begin(), centers.end(), 0.0f);
    std::vector<std::size_t> members(static_cast<std::size_t>(k), 0);
    for (std::size_t r = 0; r < n; ++r) {
      ++members[cls[r]];
      for (std::uint32_t j = rows.offsets[r]; j < rows.offsets[r + 1]; ++j)
        centers[rows.dims[j] * K + cls[r]] += rows.values[j];
    }
    for (int c = 0; c < k; ++c) {
      if (members[c] == 0) seed_center(c, order[rng() % n]);  // an empty class starts again
      float norm = 0;
      for (std::size_t d = 0; d < dims; ++d) norm += centers[d * K + c] * centers[d * K + c];
      norm = std::sqrt(norm);
      if (norm > 0)
        for (std::size_t d = 0; d < dims; ++d) centers[d * K + c] /= norm;
    }
    std::fprintf(stderr, "word classes (%d): iteration %d, %zu words moved\n", k, it + 1, moved);
  }
  return cls;
}

}  // namespace

entities::WordClasses learn_word_classes(const std::vector<NerDoc>& docs,
                                         entities::TaggerFeatures& extractor,
                                         const WordClassOptions& o) {
  const std::vector<std::uint64_t> keys = token_keys(docs, extractor);
  std::unordered_map<std::uint64_t, std::uint32_t> count;
  for (std::uint64_t k : keys)
    if (k > 1) ++count[k];
  std::vector<std::pair<std::uint32_t, std::uint64_t>> by_count;
  for (const auto& [k, c] : count) by_count.push_back({c, k});
  std::sort(by_count.rbegin(), by_count.rend());
  std::unordered_map<std::uint64_t, std::uint32_t> context, word;
  for (const auto& [c, k] : by_count) {
    if (context.size() < static_cast<std::size_t>(o.contexts))
      context.emplace(k, static_cast<std::uint32_t>(context.size()));
    if (c >= static_cast<std::uint32_t>(o.min_count))
      word.emplace(k, static_cast<std::uint32_t>(word.size()));
  }
  const auto side = static_cast<std::uint32_t>(o.contexts + 3);  // + other, edge, other script
  auto context_dim = [&](std::uint64_t k) -> std::uint32_t {
    if (k == 0) return side - 2;
    if (k == 1) return side - 1;
    const auto it = context.find(k);
    return it == context.end() ? side - 3 : it->second;
  };
  std::unordered_map<std::uint64_t, float> cells;  // word * 2 * side + dimension
  for (std::size_t i = 1; i + 1 < keys.size(); ++i) {
    const auto it = word.find(keys[i]);
    if (it == word.end()) continue;
    const std::uint64_t base = std::uint64_t{it->second} * 2 * side;
    cells[base + context_dim(keys[i - 1])] += 1;
    cells[base + side + context_dim(keys[i + 1])] += 1;
  }
  std::vector<std::pair<std::uint64_t, float>> sorted(cells.begin(), cells.end());
  std::sort(sorted.begin(), sorted.end());
  SparseRows rows;
  rows.offsets.assign(word.size() + 1, 0);
  for (const auto& [cell, v] : sorted) {
    rows.dims.push_back(static_cast<std::uint32_t>(cell % (2 * side)));
    rows.values.push_back(std::sqrt(v));
    ++rows.offsets[cell / (2 * side) + 1];
  }
  for (std::size_t r = 0; r < word.size(); ++r) rows.offsets[r + 1] += rows.offsets[r];
  for (std::size_t r = 0; r < word.size(); ++r) {
    float norm = 0;
    for (std::uint32_t j = rows.offsets[r]; j < rows.offsets[r + 1]; ++j)
      norm += rows.values[j] * rows.values[j];
    norm = std::sqrt(norm);
    for (std::uint32_t j = rows.offsets[r]; j < rows.offsets[r + 1]; ++j) rows.values[j] /= norm;
  }
  const std::vector<int> fine = kmeans(rows, 2 * side, o.fine, o.iterations, o.seed);
  const std::vector<int> coarse = kmeans(rows, 2 * side, o.coarse, o.iterations, o.seed + 1);
  std::vector<std::pair<std::uint32_t, std::uint16_t>> entries;
  for (const auto& [k, r] : word)
    entries.push_back(
        {entities::WordClasses::short_key(k),
         static_cast<std::uint16_t>(fine[r] | coarse[r] << entities::WordClasses::kFineBits)});
  std::fprintf(stderr, "word classes: %zu words (seen %d times or more), %d fine, %d coarse\n",
               entries.size(), o.min_count, o.fine, o.coarse);
  return entities::WordClasses(std::move(entries));
}

namespace {

// The keys of a line's capitalized words; connectors (de, la) and marks not. Empty if the line
// is not one token sequence.
std::vector<std::uint64_t> capitalized_keys(const std::string& line,
                                            entities::TaggerFeatures& extractor) {
  const entities::TaggerTokens t = entities::tag_tokens(line);
  std::vector<std::uint64_t> keys;
  if (t.sequences.size() != 1) return keys;
  entities::FeatureRows rows;
  extractor.document(line, t);
  extractor.extract(line, t, t.sequences[0], rows);
  for (const auto& info : extractor.token_info())
    if (info.first_class == 'X' && info.key > 1) keys.push_back(info.key);
  return keys;
}

}  // namespace

entities::WordClasses place_classes(const std::string& path, entities::TaggerFeatures& extractor) {
  std::ifstream in(path);
  std::map<std::uint32_t, std::uint16_t> bits;
  std::string line;
  std::size_t names = 0;
  while (std::getline(in, line)) {
    const std::vector<std::uint64_t> keys = capitalized_keys(line, extractor);
    if (keys.empty()) continue;
    ++names;
    for (std::size_t k = 0; k < keys.size(); ++k) {
      const std::uint16_t place = keys.size() == 1 ? 1 : k == 0 ? 2 : k + 1 == keys.size() ? 8 : 4;
      bits[entities::WordClasses::short_key(keys[k])] |= place;
    }
  }
  std::fprintf(stderr, "places %s: %zu names, %zu words\n", path.c_str(), names, bits.size());
  return entities::WordClasses({bits.begin(), bits.end()});
}

entities::WordClasses with_lists(const entities::WordClasses& classes,
                                 const std::vector<std::string>& paths,
                                 entities::TaggerFeatures& extractor) {
  std::map<std::uint32_t, std::uint16_t> bits(classes.entries().begin(), classes.entries().end());
  for (std::size_t list = 0; list < paths.size(); ++list) {  // at most 6: parse_options
    const auto bit = static_cast<std::uint16_t>(1u << (entities::WordClasses::kFineBits + list));
    std::ifstream in(paths[list]);
    std::string line;
    std::size_t names = 0, words = 0;
    while (std::getline(in, line)) {
      const std::vector<std::uint64_t> keys = capitalized_keys(line, extractor);
      names += !keys.empty();
      for (std::uint64_t key : keys) {
        std::uint16_t& b = bits[entities::WordClasses::short_key(key)];
        words += (b & bit) == 0;
        b |= bit;
      }
    }
    std::fprintf(stderr, "list %s: %zu names, %zu words\n", paths[list].c_str(), names, words);
  }
  return entities::WordClasses({bits.begin(), bits.end()});
}

}  // namespace loupe::ner
