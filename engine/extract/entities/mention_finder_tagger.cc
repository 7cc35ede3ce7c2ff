// MentionFinder's first pass with the trained tagger: spans and types from the model of each
// paragraph's language; the hand-written cues (mention_finder.cc, mention_finder_korean.cc)
// only for paragraphs whose language has no model loaded.
#include <algorithm>

#include "core/utf8.h"
#include "extract/entities/entity_models.h"
#include "extract/entities/entity_tagger.h"
#include "extract/entities/mention_finder.h"

namespace loupe::entities {
namespace {

bool inside(const std::vector<ParagraphLanguage>& paragraphs, const std::vector<bool>& tagged,
            std::size_t byte) {
  const auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), byte,
                                   [](std::size_t b, const ParagraphLanguage& p) { return b < p.begin_byte; });
  return it != paragraphs.begin() && tagged[it - paragraphs.begin() - 1];
}

}  // namespace

Candidate MentionFinder::candidate_of(std::string_view text, const ScannedText& scan, const TaggedSpan& s) {
  Candidate c;
  c.bytes = s.bytes;
  c.type = s.type;
  c.confidence = s.confidence;
  const std::string_view surface = text.substr(s.bytes.begin_byte, s.bytes.size());
  c.script = script_of(core::decode_utf8(surface, 0).code_point);
  // The scan word holding the span's start: its sentence and paragraph.
  const auto word = std::upper_bound(scan.words.begin(), scan.words.end(), s.bytes.begin_byte,
                                     [](std::size_t b, const Word& w) { return b < w.bytes.begin_byte; });
  if (word != scan.words.begin()) c.sentence = (word - 1)->sentence, c.paragraph = (word - 1)->paragraph;
  int known = -1;
  if (c.script == Script::kHangul) {
    known = lex_.find_korean(surface);
  } else if (c.script == Script::kLatin || c.script == Script::kCyrillic) {
    std::string name(surface);
    std::replace(name.begin(), name.end(), '\n', ' ');
    known = lex_.find_name(keyer_.lookup_key(name));
  }
  // The lexicon links the mention only when it agrees on the type: the tagger decides.
  if (known >= 0 && lex_.entity(known).type == c.type) c.known = known;
  return c;
}

void MentionFinder::tagged(std::string_view text, const ScannedText& scan, std::vector<Candidate>& out) {
  const std::vector<ParagraphLanguage> paragraphs = paragraph_languages(text);
  std::vector<bool> has_model(paragraphs.size());
  bool all = true;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const core::Language lang = paragraphs[i].lang;
    has_model[i] = lang == core::Language::kOther || entity_model(lang) != nullptr;
    all = all && has_model[i];
  }
  if (!all) {  // no model for some paragraph's language: the cues there
    latin_runs(text, scan, out);
    korean(text, scan, out);
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Candidate& c) { return inside(paragraphs, has_model, c.bytes.begin_byte); }),
              out.end());
  }
  std::size_t at = 0;  // sequences come in order: the paragraph moves forward
  auto model_at = [&](std::size_t byte) -> const TaggerModel* {
    while (at + 1 < paragraphs.size() && paragraphs[at].end_byte <= byte) ++at;
    return paragraphs.empty() ? nullptr : entity_model(paragraphs[at].lang);
  };
  EntityTagger tagger(&lex_, &keyer_);
  for (const TaggedSpan& s : tagger.tag(text, model_at)) out.push_back(candidate_of(text, scan, s));
}

}  // namespace loupe::entities
