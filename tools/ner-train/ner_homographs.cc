// loupe_ner_homographs FILE...: the Korean names of the lexicon that the annotated files mostly
// use as common words (수단 "means" and Sudan, 크림 "cream" and Crimea), as
// engine/extract/entities/lexicon/korean_homographs.txt lists them: seen at least kMinSeen times
// as a word or a stem before its particle (where the finder's lexicon pass would add it), and
// inside a gold span in under a quarter of them. Prints the file (no corpus text: names of the
// lexicon and two counts each).
#include <cstdio>
#include <exception>
#include <map>
#include <string>

#include "extract/entities/lexicon.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/name_key.h"
#include "extract/entities/text_scan.h"
#include "ner_data.h"

namespace {

constexpr int kMinSeen = 3;

struct Seen {
  int words = 0, tagged = 0;
};

// Each Hangul word that the lexicon pass would read as a listed name, by that name.
void count(const loupe::ner::NerDoc& d, const loupe::entities::Lexicon& lex,
           std::map<std::string, Seen>& seen) {
  using loupe::entities::Script;
  const loupe::entities::ScannedText scan = loupe::entities::scan_text(d.text);
  for (const loupe::entities::Word& w : scan.words) {
    if (w.script != Script::kHangul) continue;
    std::size_t len = 0;
    if (loupe::entities::korean_listed_word(lex, d.text, w, len) < 0) continue;
    Seen& s = seen[std::string(loupe::entities::word_text(d.text, w).substr(0, len))];
    ++s.words;
    for (const loupe::ner::GoldSpan& g : d.spans)
      if (g.bytes.begin_byte <= w.bytes.begin_byte && w.bytes.begin_byte < g.bytes.end_byte) {
        ++s.tagged;
        break;
      }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: loupe_ner_homographs FILE.jsonl...\n");
    return 2;
  }
  try {
    loupe::entities::NameKeyer keyer;
    const loupe::entities::Lexicon lex(keyer);
    std::map<std::string, Seen> seen;
    for (int a = 1; a < argc; ++a)
      for (const loupe::ner::NerDoc& d : loupe::ner::read_ner_file(argv[a])) count(d, lex, seen);
    for (const auto& [name, s] : seen)
      if (s.words >= kMinSeen && s.tagged * 4 < s.words)
        std::printf("ko\t%s\t%d/%d\n", name.c_str(), s.tagged, s.words);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "loupe_ner_homographs: %s\n", e.what());
    return 1;
  }
  return 0;
}
