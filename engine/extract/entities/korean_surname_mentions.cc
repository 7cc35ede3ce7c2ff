// A Korean surname alone before a title (`이 센터장은`, `김 위원장의`, `안 전 수석`): the way
// Korean news names a person after the first mention, and how every Korean set marks it (the
// surname PERSON; in the training files of KMOU, KLUE, KLP-2016 and EXOBRAIN 1,257 such
// surnames are tagged and 64 are not, outside 전 "former", which is no surname here). Linking
// then joins it to the full name when one person of the document fits (entity_linking.cc).
#include <string_view>
#include <vector>

#include "extract/entities/mention_finder.h"

namespace loupe::entities {

bool is_korean_surname(std::string_view w) {
  static constexpr std::string_view kSurnames[] = {
      "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
      "황", "안", "송", "류", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "노",
      "심", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "엄", "채", "원", "천",
      "방", "공", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연",
      "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "탁", "국", "어", "은"};
  for (std::string_view s : kSurnames)
    if (w == s) return true;
  return false;
}

namespace {

// Titles and honorifics that follow a surname alone, besides the lexicon's (titles.txt, which
// the tagger's features read: a word added there changes the model's input). Left out: words
// that also follow the demonstrative 이 "this" in news (시장 "market", 선수, 기자, 작가, 위원).
bool is_person_title(const Lexicon& lex, std::string_view stem) {
  static constexpr std::string_view kTitles[] = {
      "감독",   "대표",     "후보",     "회장",   "원내대표", "이사장",   "코치",     "이사",
      "지사",   "도지사",   "단장",     "화백",   "변호사",   "총재",     "팀장",     "본부장",
      "후보자", "선생",     "과장",     "사장",   "원장",     "판사",     "소장",     "센터장",
      "실장",   "부장",     "차장",     "국장",   "청장",     "검사",     "검사보",   "외무상",
      "전무",   "상무",     "부회장",   "부사장", "고문",     "수석",     "부총리",   "부의장",
      "비서관", "비서실장", "총영사",   "특보",   "보좌관",   "행정관",   "목사",     "스님",
      "여사",   "양",       "군",       "옹",     "처장",     "사무처장", "사무국장", "국회의원",
      "구청장", "군수",     "최고위원", "간사",   "경위",     "경감",     "총경",     "의원"};
  for (std::string_view t : kTitles)
    if (stem == t) return true;
  return lex.is_korean_title_after(stem);
}

// Words between a surname and its title: 전 "former", 현 "current", 신임 "new".
bool is_title_modifier(std::string_view w) {
  static constexpr std::string_view kWords[] = {"전", "현", "前", "신임", "당시", "전직", "현직"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

}  // namespace

bool korean_title_follows(const Lexicon& lex, std::string_view text, const ScannedText& scan,
                          std::size_t i) {
  const auto& words = scan.words;
  for (std::size_t k = i + 1; k < words.size() && k <= i + 2; ++k) {
    const Word& w = words[k];
    if (w.script != Script::kHangul || w.break_before || w.sentence != words[i].sentence)
      return false;
    const std::string_view surface = word_text(text, w);
    if (is_person_title(lex, surface.substr(0, w.stem_bytes)) || is_person_title(lex, surface))
      return true;
    if (!is_title_modifier(surface)) return false;
  }
  return false;
}

// 전 "former" or 현 "current" right before a title (`전 청장`, the second 전 of `전 전 대통령`)
// is the modifier, not the surname 전 nor a name: in the Korean training files 전 right before
// a title is untagged 268 times and tagged 6. Before an honorific that follows only a name
// (`전 씨`, `전 군`) it is the surname.
bool korean_modifier_before_title(const Lexicon& lex, std::string_view text,
                                  const ScannedText& scan, std::size_t i) {
  static constexpr std::string_view kHonorifics[] = {"씨", "님", "군", "양", "옹", "여사", "선생"};
  const auto& words = scan.words;
  if (i + 1 >= words.size() || words[i].script != Script::kHangul) return false;
  const std::string_view w = word_text(text, words[i]);
  if (w != "전" && w != "현") return false;
  const Word& next = words[i + 1];
  if (next.script != Script::kHangul || next.break_before || next.sentence != words[i].sentence)
    return false;
  const std::string_view surface = word_text(text, next);
  const std::string_view stem = surface.substr(0, next.stem_bytes);
  for (std::string_view h : kHonorifics)
    if (stem == h || surface == h) return false;
  return is_person_title(lex, stem) || is_person_title(lex, surface);
}

// 한 is also "a", "one" (`중국 외교부의 한 대변인`, `가까운 한 의원`): after a genitive or a
// word ending in the adnominal ㄴ it is the article, not the surname; before 씨, which follows
// only a name (`출연한 한 씨가`), it is the surname.
bool korean_article_han(std::string_view text, const ScannedText& scan, std::size_t i) {
  const auto& words = scan.words;
  if (word_text(text, words[i]) != "한" || i == 0 || words[i].break_before ||
      words[i - 1].script != Script::kHangul || words[i - 1].sentence != words[i].sentence)
    return false;
  if (i + 1 < words.size() && !words[i + 1].break_before &&
      word_text(text, words[i + 1]).substr(0, words[i + 1].stem_bytes) == "씨")
    return false;
  const std::string_view before = word_text(text, words[i - 1]);
  if (before.size() < 3) return false;
  const std::string_view last = before.substr(before.size() - 3);
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(last[k]); };
  const unsigned cp = ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
  if (cp < 0xAC00 || cp > 0xD7A3) return false;
  return last == "의" || (cp - 0xAC00) % 28 == 4;  // final consonant ㄴ
}

void MentionFinder::korean_surnames(std::string_view text, const ScannedText& scan,
                                    std::size_t first_tagged, std::vector<Candidate>& out) {
  const TakenBytes taken(out, first_tagged);
  const auto& words = scan.words;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const Word& w = words[i];
    if (w.script != Script::kHangul || w.code_points != 1 || w.stem_bytes != w.bytes.size() ||
        !is_korean_surname(word_text(text, w)) || !korean_title_follows(lex_, text, scan, i) ||
        korean_article_han(text, scan, i) || !taken.free(w.bytes))
      continue;
    out.push_back(
        {w.bytes, EntityType::kPerson, 0.7f, Script::kHangul, -1, false, w.sentence, w.paragraph});
  }
}

}  // namespace loupe::entities
