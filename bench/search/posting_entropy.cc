// How small can a saved index's postings get? Reads a saved index and prints what its passage
// ids, tf and positions cost under near-optimal coders, to compare with a peer's whole index:
//   loupe_bench_posting_entropy INDEX        (e.g. loupe_bench_search --save INDEX DIR)
// Models: Elias-Fano per posting list (n * (2 + floor(log2(passages / n))) bits); and gaps coded
// as Elias-gamma with an order-0 entropy-coded exponent and raw mantissa bits (what a tuned
// arithmetic coder over gap sizes reaches), for passage gaps and position gaps; tf by its
// order-0 entropy. Then the same content as a file-level index would hold it (one entry per
// term and file, positions counted through the file, passages found from them): the other
// design a positional index could take.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "index/postings.h"
#include "storage/index_serializer.h"

namespace {

// Order-0 entropy of a symbol stream, in bits.
class Entropy {
 public:
  void add(long symbol) { ++counts_[symbol], ++total_; }
  double bits() const {
    double b = 0;
    for (const auto& [s, c] : counts_) b -= c * std::log2(c / total_);
    return b;
  }

 private:
  std::map<long, double> counts_;
  double total_ = 0;
};

// A gap as Elias-gamma: its bit length (entropy-coded) and the bits below the leading one (raw).
struct GapModel {
  Entropy exponent;
  double mantissa_bits = 0;
  void add(std::uint32_t gap) {
    int length = 0;
    while (length < 32 && (std::uint64_t{1} << length) <= gap) ++length;
    exponent.add(length);
    mantissa_bits += length > 1 ? length - 1 : 0;
  }
  double megabytes() const { return (exponent.bits() + mantissa_bits) / 8e6; }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: loupe_bench_posting_entropy INDEX\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  const std::string data = bytes.str();
  auto loaded = loupe::storage::load_index(data);
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s: %s\n", argv[1], loaded.status().message().c_str());
    return 1;
  }
  const loupe::index::SearchIndex& idx = loaded.value();
  const double passages = static_cast<double>(idx.passages().size());
  double elias_fano_bits = 0, entries = 0, positions = 0;
  GapModel passage_gaps, position_gaps;
  Entropy tf;
  for (loupe::index::TermId t = 0; t < idx.terms().size(); ++t) {
    const double n = idx.df(t);
    if (n == 0) continue;
    elias_fano_bits += n * (2 + std::max(0.0, std::floor(std::log2(passages / n))));
    loupe::index::PostingCursor c(idx.postings(t), true);
    std::uint32_t previous = 0;
    for (bool first = true; c.next(); first = false, ++entries) {
      passage_gaps.add(first ? c.passage() : c.passage() - previous);
      previous = c.passage();
      tf.add(std::min<std::size_t>(c.positions().size(), 64));
      std::uint32_t last = 0;
      for (std::size_t i = 0; i < c.positions().size(); ++i, ++positions) {
        position_gaps.add(i == 0 ? c.positions()[i] : c.positions()[i] - last);
        last = c.positions()[i];
      }
    }
  }
  // File level: a passage's first position in its file (passages of a file are contiguous, in
  // order; the next starts one position after the last's words).
  std::vector<std::uint32_t> start(idx.passages().size());
  for (std::uint32_t p = 0, doc = ~0u, at = 0; p < idx.passages().size(); ++p) {
    if (idx.passages()[p].doc != doc) doc = idx.passages()[p].doc, at = 0;
    start[p] = at, at += idx.passages()[p].length + 1;
  }
  GapModel file_gaps, file_positions;
  Entropy file_tf;
  double file_entries = 0;
  for (loupe::index::TermId t = 0; t < idx.terms().size(); ++t) {
    if (idx.df(t) == 0) continue;
    loupe::index::PostingCursor c(idx.postings(t), true);
    std::uint32_t doc = ~0u, previous_doc = 0, last = 0, count = 0;
    while (c.next()) {
      const std::uint32_t d = idx.passages()[c.passage()].doc;
      if (d != doc) {
        if (count) file_tf.add(std::min<std::uint32_t>(count, 64));
        file_gaps.add(doc == ~0u ? d : d - previous_doc);
        previous_doc = doc = d, last = 0, count = 0, ++file_entries;
      }
      for (std::uint32_t p : c.positions()) {
        const std::uint32_t at = start[c.passage()] + p;
        file_positions.add(count++ == 0 ? at : at - last);
        last = at;
      }
    }
    if (count) file_tf.add(std::min<std::uint32_t>(count, 64));
  }
  std::printf("passages %.0f, terms %zu, entries %.0f, positions %.0f\n", passages,
              idx.terms().size(), entries, positions);
  std::printf("passage ids, Elias-Fano per list:        %6.2f MB\n", elias_fano_bits / 8e6);
  std::printf("passage gaps, gamma + entropy-coded exp: %6.2f MB\n", passage_gaps.megabytes());
  std::printf("tf, order-0 entropy:                     %6.2f MB\n", tf.bits() / 8e6);
  std::printf("position gaps, gamma + entropy-coded exp:%6.2f MB\n", position_gaps.megabytes());
  std::printf("postings, gap models:                    %6.2f MB\n",
              passage_gaps.megabytes() + tf.bits() / 8e6 + position_gaps.megabytes());
  std::printf(
      "file level: %.0f entries; file gaps %.2f MB, tf %.2f MB, position gaps %.2f MB: %.2f MB "
      "(%.2f MB without positions)\n",
      file_entries, file_gaps.megabytes(), file_tf.bits() / 8e6, file_positions.megabytes(),
      file_gaps.megabytes() + file_tf.bits() / 8e6 + file_positions.megabytes(),
      file_gaps.megabytes() + file_tf.bits() / 8e6);
}
