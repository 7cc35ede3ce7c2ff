// Normalization of every real document: each word of the normalized text maps back to the right
// bytes of the file, and the repairs made are printed per file (read them by eye).
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include "normalize/input_decoder.h"
#include "normalize/normalizer.h"
#include "support/corpus.h"
#include "support/normalize_check.h"

using loupe::normalize::decode_input;
using loupe::normalize::normalize;
using loupe::normalize::OffsetMap;

TEST_CASE("Corpus: normalized words map back to their source bytes", "[corpus]") {
  const auto files = loupe::test::corpus_files();
  REQUIRE_FALSE(files.empty());
  for (const auto& path : files) {
    const std::string bytes = loupe::test::read_bytes(path);
    const std::string name = path.filename().string();
    INFO(name);
    auto decoded = decode_input(bytes);
    REQUIRE(decoded.ok());
    const auto n = normalize(decoded.value().text);
    const auto counts = loupe::test::check_word_offsets(decoded.value().text, n);
    CHECK(counts.words > 100);
    // Through both maps, straight into the file's bytes.
    const OffsetMap to_file = OffsetMap::compose(decoded.value().to_input, n.to_source);
    CHECK(to_file.src_size() == bytes.size());
    std::map<std::string, std::size_t> kinds;
    for (const auto& r : n.repairs) ++kinds[loupe::normalize::repair_kind_name(r.kind)];
    std::cout << name << ": " << decoded.value().report.encoding << ", " << bytes.size() << " -> "
              << n.text.size() << " bytes, " << counts.words << " words (" << counts.repaired
              << " repaired), removed " << n.removed_source.size() << " spans; repairs:";
    for (const auto& [k, v] : kinds) std::cout << " " << k << "=" << v;
    std::cout << "\n";
    for (const auto& r : n.removed_source) {
      std::cout << "  removed: \"" << bytes.substr(to_file.src_size() ? r.begin_byte : 0, r.size())
                << "\"\n";
      if (r.size() > 40) break;
    }
    // LOUPE_SHOW_NORMALIZED=1: each join and collapse with its normalized context, to read.
    for (const auto& r : n.repairs) {
      using K = loupe::normalize::RepairKind;
      if (!std::getenv("LOUPE_SHOW_NORMALIZED") ||
          (r.kind != K::kHangulJoin && r.kind != K::kHyphenJoin && r.kind != K::kLetterSpacing)) {
        continue;
      }
      std::size_t b = r.normalized.begin_byte > 12 ? r.normalized.begin_byte - 12 : 0;
      std::size_t e = std::min(n.text.size(), std::size_t{r.normalized.end_byte} + 12);
      const auto continuation = [&](std::size_t i) {
        return i < n.text.size() && (static_cast<unsigned char>(n.text[i]) & 0xC0) == 0x80;
      };
      while (continuation(b)) ++b;  // whole characters only
      while (continuation(e)) --e;
      const std::string ctx = n.text.substr(b, e - b);
      std::cout << "  " << loupe::normalize::repair_kind_name(r.kind) << ": ..." << ctx << "...\n";
    }
    if (std::getenv("LOUPE_SHOW_NORMALIZED") &&
        (name.rfind("000_", 0) == 0 || name.rfind("003_", 0) == 0)) {
      std::cout << "---- " << name << " (first 1500 bytes)\n"
                << n.text.substr(0, n.text.find('\n', 1500)) << "\n----\n";
    }
  }
}
