// Texts kept for the next call (kept_texts.h): a text tagged again (EntityTagger) gives what a
// fresh thread (nothing kept) gives, also when a sequence's model changed, was dropped, was
// parsed again from the same bytes or got another temperature since the text was kept; a text
// scanned again (scan_text) gives the same words.
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "extract/entities/entity_tagger.h"
#include "extract/entities/kept_texts.h"
#include "extract/entities/tagger_model.h"
#include "extract/entities/text_scan.h"
#include "support/random_tagger_model.h"

using namespace loupe::entities;

namespace {

// Sequences starting before `split` take `first`, the others `second` (either may be null).
std::vector<TaggedSpan> tag(EntityTagger& tagger, const std::string& text, std::size_t split,
                            const TaggerModel* first, const TaggerModel* second) {
  return tagger.tag(text, [&](std::size_t byte) { return byte < split ? first : second; });
}

// The same in a new thread: its memo is empty, so this is the tagging itself.
std::vector<TaggedSpan> fresh(const std::string& text, std::size_t split, const TaggerModel* first,
                              const TaggerModel* second) {
  std::vector<TaggedSpan> out;
  std::thread([&] {
    EntityTagger tagger(nullptr, nullptr);
    out = tag(tagger, text, split, first, second);
  }).join();
  return out;
}

bool same(const std::vector<TaggedSpan>& a, const std::vector<TaggedSpan>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].bytes != b[i].bytes || a[i].type != b[i].type || a[i].confidence != b[i].confidence ||
        a[i].by_type[0] != b[i].by_type[0] || a[i].by_type[1] != b[i].by_type[1] ||
        a[i].by_type[2] != b[i].by_type[2])
      return false;
  return true;
}

}  // namespace

TEST_CASE("A text tagged again answers as a fresh tagger", "[entities][tagger]") {
  const std::string text =
      "Ana Romero visitó Valladolid con el Real Madrid.\n\n"
      "Samsung과 LG는 서울에서 발표했다. Putin met Lavrov in Moscow.";
  const std::size_t split = text.find("Samsung");
  TaggerModel a = TaggerModel::parse(loupe::test::random_tagger_model(1)).value();
  const TaggerModel b = TaggerModel::parse(loupe::test::random_tagger_model(2)).value();
  EntityTagger tagger(nullptr, nullptr);
  const auto first = tag(tagger, text, split, &a, &b);
  REQUIRE(first.size() > 2);
  CHECK(same(first, fresh(text, split, &a, &b)));
  CHECK(same(tag(tagger, text, split, &a, &b), first));  // kept

  // Another model for the second part only, then none there: the kept spans are not reused.
  const auto swapped = tag(tagger, text, split, &a, &a);
  CHECK(same(swapped, fresh(text, split, &a, &a)));
  CHECK_FALSE(same(swapped, first));
  const auto dropped = tag(tagger, text, split, &a, nullptr);
  CHECK(same(dropped, fresh(text, split, &a, nullptr)));
  CHECK(dropped.size() < swapped.size());
  // The same model bytes parsed again: a new model (its id), the same spans.
  const TaggerModel a2 = TaggerModel::parse(loupe::test::random_tagger_model(1)).value();
  CHECK(same(tag(tagger, text, split, &a2, nullptr), dropped));
  // Another temperature: other confidences.
  a.set_temperature(3);
  const auto warm = tag(tagger, text, split, &a, nullptr);
  CHECK(same(warm, fresh(text, split, &a, nullptr)));
  CHECK_FALSE(same(warm, dropped));
  // A text that differs in one byte is tagged, not found.
  std::string other = text;
  other[other.find("Lavrov")] = 'M';
  CHECK(same(tag(tagger, other, split, &a, &b), fresh(other, split, &a, &b)));
}

TEST_CASE("A text scanned again gives the same words", "[entities][scan]") {
  const std::string a = "Putin met\nLavrov. 푸틴은 서울에서\n\nThe Times",
                    b = "Ana Romero, «Газпром».";
  ScannedText fresh_a;
  std::thread([&] { fresh_a = scan_text(a); }).join();  // a new thread: nothing kept
  const ScannedText first = scan_text(a);
  scan_text(b);
  const ScannedText again = scan_text(a);
  for (const ScannedText* s : {&first, &again}) {
    REQUIRE(s->words.size() == fresh_a.words.size());
    for (std::size_t i = 0; i < s->words.size(); ++i) {
      const Word &x = s->words[i], &y = fresh_a.words[i];
      CHECK(x.bytes == y.bytes);
      CHECK((x.script == y.script && x.upper_initial == y.upper_initial &&
             x.all_upper == y.all_upper && x.sentence_start == y.sentence_start &&
             x.break_before == y.break_before && x.sentence == y.sentence &&
             x.paragraph == y.paragraph && x.stem_bytes == y.stem_bytes &&
             x.code_points == y.code_points && x.title_clause == y.title_clause));
    }
    CHECK(s->title_case_paragraph == fresh_a.title_case_paragraph);
    CHECK(s->sentence_count == fresh_a.sentence_count);
    CHECK(s->paragraph_count == fresh_a.paragraph_count);
  }
  CHECK(scan_text(b).words.size() == 3);  // Ana Romero Газпром
}

TEST_CASE("Kept texts stay within their bound, the least recently used dropped first",
          "[entities][scan]") {
  KeptTexts<int> kept(20);     // bytes of text and values
  kept.put("aaaa", 1, 4);      // 8 bytes
  kept.put("bbbb", 2, 4);      // 16
  REQUIRE(kept.find("aaaa"));  // used after "bbbb"
  kept.put("cccc", 3, 4);      // 24: "bbbb" goes
  CHECK(kept.find("bbbb") == nullptr);
  REQUIRE(kept.find("aaaa"));
  CHECK(*kept.find("aaaa") == 1);
  CHECK(*kept.find("cccc") == 3);
  kept.put("aaaa", 4, 4);  // replaced, not added twice
  CHECK(*kept.find("aaaa") == 4);
  CHECK(kept.size() == 2);
  kept.put("dddd", 5, 30);  // over the bound alone: not kept, nothing dropped
  CHECK(kept.find("dddd") == nullptr);
  CHECK(kept.size() == 2);
  CHECK(kept.find("aaab") == nullptr);  // same size, other bytes
}
