// MentionFinder's first pass with the trained tagger: spans and types from the model of each
// paragraph's language; the hand-written cues (mention_finder.cc, mention_finder_korean.cc)
// only for paragraphs whose language has no model loaded.
#include <algorithm>
#include <array>
#include <map>

#include "core/utf8.h"
#include "extract/entities/entity_models.h"
#include "extract/entities/entity_tagger.h"
#include "extract/entities/mention_finder.h"

namespace loupe::entities {
namespace {

bool inside(const std::vector<ParagraphLanguage>& paragraphs, const std::vector<bool>& tagged,
            std::size_t byte) {
  const auto it =
      std::upper_bound(paragraphs.begin(), paragraphs.end(), byte,
                       [](std::size_t b, const ParagraphLanguage& p) { return b < p.begin_byte; });
  return it != paragraphs.begin() && tagged[it - paragraphs.begin() - 1];
}

// The demonstratives 이, 그, 저 ("this", "that") are also surnames: alone as a word and tagged
// PERSON, they name someone only before a title or an honorific (`이 대표는`, `이 씨의`, `이 전
// 장관`, as the corpora mark them); elsewhere they are the demonstrative of `이 보도에 따르면`,
// which the Korean model tagged PERSON 19 times in one corpus document. The surname 한 is
// also the article "a" (`정부의 한 대변인`): there it goes, title or not. The surname 전 is also
// "former": right before a title it goes (`전 전 청장`: the second).
bool lone_syllable_without_title(std::string_view text, const ScannedText& scan, const Lexicon& lex,
                                 const TaggedSpan& s) {
  if (s.type != EntityType::kPerson || s.bytes.size() != 3) return false;
  const std::string_view syllable = text.substr(s.bytes.begin_byte, 3);
  const bool han = syllable == "\uD55C";                               // 한, also the article "a"
  const bool modifier = syllable == "\uC804" || syllable == "\uD604";  // 전 "former", 현
  if (syllable != "\uC774" && syllable != "\uADF8" && syllable != "\uC800" && !han && !modifier)
    return false;
  const auto word =
      std::lower_bound(scan.words.begin(), scan.words.end(), s.bytes.begin_byte,
                       [](const Word& w, std::size_t b) { return w.bytes.begin_byte < b; });
  if (word == scan.words.end() || word->script != Script::kHangul || word->bytes != s.bytes)
    return false;
  if (modifier)
    return korean_modifier_before_title(lex, text, scan,
                                        static_cast<std::size_t>(word - scan.words.begin()));
  if (han)
    return korean_article_han(text, scan, static_cast<std::size_t>(word - scan.words.begin()));
  const auto next = word + 1;
  if (next == scan.words.end() || next->script != Script::kHangul) return true;
  const std::string_view stem = text.substr(next->bytes.begin_byte, next->stem_bytes);
  if (stem == "\uC804" || stem == "\uBAA8") return false;  // 전 "former", 모 "a certain"
  return !korean_title_follows(lex, text, scan,
                               static_cast<std::size_t>(word - scan.words.begin()));
}

// A person span of one Latin word in lower case (`jni` of a commenter's handle `jni***` in a
// Korean article): names are capitalized.
bool lower_case_person(std::string_view text, const TaggedSpan& s) {
  if (s.type != EntityType::kPerson) return false;
  for (std::size_t p = s.bytes.begin_byte; p < s.bytes.end_byte; ++p)
    if (text[p] < 'a' || text[p] > 'z') return false;
  return true;
}

// A Hangul span glued to a number before it is a counter or a unit of that number, never a
// name: `24일` ("the 24th"; 일 is also Japan), `3명`, `5월`.
bool after_digit(std::string_view text, const TaggedSpan& s) {
  if (s.bytes.begin_byte == 0) return false;
  const char before = text[s.bytes.begin_byte - 1];
  return before >= '0' && before <= '9' &&
         script_of(core::decode_utf8(text, s.bytes.begin_byte).code_point) == Script::kHangul;
}

// A Hangul span glued to a form of 하다 or 되다 is a verbal noun (`동원된`, "mobilized").
bool verbal_noun(std::string_view text, const TaggedSpan& s) {
  return is_hangul_syllable(core::decode_utf8(text, s.bytes.begin_byte).code_point) &&
         korean_verb_follows(text, s.bytes.end_byte);
}

// Words in capitals on both sides of words[i], in its sentence: a line written in capitals
// (`HOY UN VERANO`), where the letters of an acronym-only name (UN) are a word of the language.
bool amid_capitals(const std::vector<Word>& words, std::size_t i) {
  auto caps = [&](std::size_t k) {
    return words[k].all_upper && words[k].sentence == words[i].sentence;
  };
  return i > 0 && i + 1 < words.size() && !words[i].break_before && !words[i + 1].break_before &&
         caps(i - 1) && caps(i + 1);
}

// A name whose last word follows a lower-case word (`Abad de Silos`, `Santo Domingo de Silos`):
// that word may be a place, not a surname the document's other mentions take.
bool place_after_connector(std::string_view s) {
  const std::size_t space = s.find_last_of(" \n");
  const std::size_t before = s.find_last_of(" \n", space - 1);
  const std::size_t first = before == std::string_view::npos ? 0 : before + 1;
  const unsigned char c = static_cast<unsigned char>(s[first]);
  return space > first && c >= 'a' && c <= 'z';
}

}  // namespace

// A title the tagger took into a person's span at a sentence start ("Эксперт Купчан"): no
// corpus puts titles inside PERSON, and a title-word given name would split the surname's group.
core::ByteRange MentionFinder::without_leading_titles(std::string_view text,
                                                      core::ByteRange bytes) {
  while (true) {
    const std::string_view span = text.substr(bytes.begin_byte, bytes.size());
    const std::size_t space = span.find_first_of(" \n");
    if (space == std::string_view::npos) return bytes;
    if (!lex_.is_title_key(keyer_.word_key(span.substr(0, space)))) return bytes;
    std::size_t next = space;
    while (next < span.size() && (span[next] == ' ' || span[next] == '\n')) ++next;
    bytes.begin_byte += next;
  }
}

Candidate MentionFinder::candidate_of(std::string_view text, const ScannedText& scan,
                                      const TaggedSpan& s) {
  Candidate c;
  c.bytes = s.bytes;
  if (s.type == EntityType::kPerson) c.bytes = without_leading_titles(text, s.bytes);
  c.type = s.type;
  c.tagged = true;
  c.confidence = s.confidence;
  std::copy(std::begin(s.by_type), std::end(s.by_type), std::begin(c.by_type));
  const std::string_view surface = text.substr(s.bytes.begin_byte, s.bytes.size());
  c.script = script_of(core::decode_utf8(surface, 0).code_point);
  // The scan word holding the span's start: its sentence and paragraph.
  const auto word =
      std::upper_bound(scan.words.begin(), scan.words.end(), s.bytes.begin_byte,
                       [](std::size_t b, const Word& w) { return b < w.bytes.begin_byte; });
  if (word != scan.words.begin())
    c.sentence = (word - 1)->sentence, c.paragraph = (word - 1)->paragraph;
  int known = -1;
  if (c.script == Script::kHangul) {
    known = lex_.find_korean(surface);
  } else if (c.script == Script::kLatin || c.script == Script::kCyrillic) {
    std::string name(surface);
    std::replace(name.begin(), name.end(), '\n', ' ');
    known = lex_.find_name(keyer_.lookup_key(name));
  }
  // A name the lexicon lists whole links to its entry (나토 = NATO = OTAN), whose type the
  // entity then takes: a country stays a place; the mention keeps an ORG read in its sentence.
  c.known = known;
  return c;
}

void MentionFinder::tagged(std::string_view text, const ScannedText& scan,
                           std::vector<Candidate>& out) {
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
                             [&](const Candidate& c) {
                               return inside(paragraphs, has_model, c.bytes.begin_byte);
                             }),
              out.end());
  }
  std::size_t at = 0;  // sequences come in order: the paragraph moves forward
  auto model_at = [&](std::size_t byte) -> const TaggerModel* {
    while (at + 1 < paragraphs.size() && paragraphs[at].end_byte <= byte) ++at;
    return paragraphs.empty() ? nullptr : entity_model(paragraphs[at].lang);
  };
  EntityTagger tagger(&lex_, &keyer_);
  const std::size_t first_tagged = out.size();
  std::vector<TaggedSpan> parts;
  for (const TaggedSpan& span : tagger.tag(text, model_at, &scan.words)) {
    parts.clear();
    korean_place_parts(lex_, text, span, parts);
    for (TaggedSpan& s : parts) {
      korean_whole_listed_name(lex_, text, s);
      korean_span_to_stem(text, s);
      // A word listed as no name after the models were trained (`Hence`: English words only,
      // so Latin spans only are keyed), tagged alone.
      const std::string_view surface = text.substr(s.bytes.begin_byte, s.bytes.size());
      if (static_cast<unsigned char>(surface[0]) < 0x80 &&
          surface.find_first_of(" \n") == std::string_view::npos &&
          lex_.is_late_nonname(keyer_.lookup_key(surface)))
        continue;
      if (!lone_syllable_without_title(text, scan, lex_, s) && !after_digit(text, s) &&
          !lower_case_person(text, s) && !verbal_noun(text, s))
        out.push_back(candidate_of(text, scan, s));
    }
  }
  split_country_pairs(lex_, text, first_tagged, out);
  surnames_are_people(text, first_tagged, out);
  organization_short_names(text, first_tagged, out);
  korean_surnames(text, scan, first_tagged, out);
  lexicon_names(text, scan, first_tagged, out);
  list_candidate_types(text, first_tagged, out);
  add_glosses_of_names(text, first_tagged, out);
  close_open_quotes(text, first_tagged, out);
  join_foreign_name_parts(text, first_tagged, out);
  drop_glosses_of_words(text, first_tagged, out);
  drop_glued_word_parts(lex_, text, first_tagged, out);
  drop_reference_titles(text, scan, lex_, keyer_, first_tagged, out);
}

// One type per name in a document: a lone Latin or Cyrillic word that is the surname of a
// person the document names in full ("Henry Kissinger"), or that the tagger read as a person
// more often than otherwise, is that person, whatever type the tagger gave it in a
// sentence of its own ("close to Putin", "a Putin position": ORG, LOC), unless the gazetteer
// lists the word as a name of its own.
// The word right before `bytes` in its line, case-folded ("" at a line's start).
std::string MentionFinder::word_before(std::string_view text, core::ByteRange bytes) {
  std::size_t end = bytes.begin_byte;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t begin = end;
  while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
  return begin == end ? std::string() : keyer_.word_key(text.substr(begin, end - begin));
}

void MentionFinder::surnames_are_people(std::string_view text, std::size_t first_tagged,
                                        std::vector<Candidate>& out) {
  const auto last_word = [&](const Candidate& c) {
    std::string_view s = text.substr(c.bytes.begin_byte, c.bytes.size());
    const std::size_t space = s.find_last_of(" \n");
    return space == std::string_view::npos ? s : s.substr(space + 1);
  };
  const auto named = [](const Candidate& c) {
    return c.script == Script::kLatin || c.script == Script::kCyrillic;
  };
  std::vector<std::string> surnames;
  std::map<std::string, int> lone;  // a lone word's PERSON readings less its other readings
  for (std::size_t i = first_tagged; i < out.size(); ++i) {
    const Candidate& c = out[i];
    const std::string_view s = text.substr(c.bytes.begin_byte, c.bytes.size());
    if (!named(c)) continue;
    if (s.find_first_of(" \n") == s.npos)
      lone[keyer_.word_key(s)] += c.type == EntityType::kPerson ? 1 : -1;
    else if (c.type == EntityType::kPerson && !place_after_connector(s))
      surnames.push_back(keyer_.word_key(last_word(c)));
  }
  for (const auto& [key, votes] : lone)
    if (votes > 0) surnames.push_back(key);
  if (surnames.empty()) return;
  std::sort(surnames.begin(), surnames.end());
  for (std::size_t i = first_tagged; i < out.size(); ++i) {
    Candidate& c = out[i];
    const std::string_view s = text.substr(c.bytes.begin_byte, c.bytes.size());
    if (c.type == EntityType::kPerson || c.known >= 0 || !named(c) ||
        s.find_first_of(" \n") != s.npos)
      continue;
    const std::string key = keyer_.word_key(s);  // a copy: word_before() asks the keyer again
    if (!std::binary_search(surnames.begin(), surnames.end(), key)) continue;
    // "born in Toledo": the city, beside Marta Toledo; unless the document reads the word alone
    // as a person three times more than otherwise ("concessions from Putin").
    if (c.type == EntityType::kLoc && is_locative_preposition(word_before(text, c.bytes))) {
      const auto votes = lone.find(key);
      if (votes == lone.end() || votes->second < 3) continue;
    }
    c.type = EntityType::kPerson;
  }
}

// Known names (gazetteer, multilingual aliases) the tagger left untagged: a model learned on
// news of one language does not know every other script's spelling (나토, EE. UU., Кім).
// Latin and Cyrillic names must be capitalized (an acronym-only key in capitals); Korean ones
// match a word or its particle-stripped stem. They never overlap a tagged span.
void MentionFinder::lexicon_names(std::string_view text, const ScannedText& scan,
                                  std::size_t first_tagged, std::vector<Candidate>& out) {
  const TakenBytes taken(out, first_tagged);
  const auto& words = scan.words;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    const std::string_view surface = text.substr(w.bytes.begin_byte, w.bytes.size());
    int found = -1;
    core::ByteRange bytes = w.bytes;
    if (w.script == Script::kHangul) {
      std::size_t len = 0;
      found = korean_listed_word(lex_, text, w, len);
      bytes.end_byte = w.bytes.begin_byte + len;
      if (found >= 0 && lex_.is_korean_homograph(text.substr(bytes.begin_byte, len)))
        found = -1;  // 수단 "means": a name only where the tagger reads one
    } else if ((w.script == Script::kLatin || w.script == Script::kCyrillic) && w.upper_initial) {
      std::string name(surface);
      std::size_t last = i;
      for (std::size_t k = i; k < words.size() && k < i + 3; ++k) {
        if (k > i) {
          if (words[k].break_before || words[k].sentence != w.sentence || !words[k].upper_initial)
            break;
          name.append(" ").append(text.substr(words[k].bytes.begin_byte, words[k].bytes.size()));
        }
        const std::string key = keyer_.lookup_key(name);
        if (lex_.is_acronym_only(key) && (!w.all_upper || (k == i && amid_capitals(words, i))))
          continue;
        if (const int f = lex_.find_name(key); f >= 0) found = f, last = k;
      }
      bytes.end_byte = words[last].bytes.end_byte;
      // A sentence's first word the corpus writes in lower case only is that word (`Самое
      // интересное`: a case form of Samoa).
      const std::string ck = keyer_.case_key(surface);
      if (last == i && w.sentence_start && stats_.lower(ck) > 0 && !stats_.capitalized_inside(ck))
        found = -1;
    }
    if (found < 0 || !taken.free(bytes)) continue;
    Candidate c;
    c.bytes = bytes;
    c.type = lex_.entity(found).type;
    c.confidence = 0.5f;
    c.script = w.script;
    c.known = found;
    c.sentence = w.sentence, c.paragraph = w.paragraph;
    out.push_back(c);
  }
}

}  // namespace loupe::entities
