// MentionFinder::korean: the Korean cues (split from mention_finder.cc for size).
// Known names with or without a particle; names before a title or after a role; words
// ending in an organization word. The span never includes the particle or the title.
#include <string_view>
#include <vector>

#include "analysis/korean_particles.h"
#include "core/utf8.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/name_key.h"

namespace loupe::entities {
namespace {

// Korean words that sit between a name and its title but are not names.
bool is_korean_modifier(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "전", "현", "전직", "현직", "고위", "당시", "신임", "前",   "및",
      "그", "이", "한",   "두",   "세",   "등",   "각",   "당",   "前",
      "새", "부", "차기", "초대", "역대", "지금", "이번", "같은", "모든"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

std::size_t syllables(std::string_view s) { return code_point_count(s); }

// A three-syllable Korean name opening with a common surname (김정은, 문재인).
bool korean_full_name(std::string_view w) {
  static constexpr std::string_view kSurnames[] = {
      "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
      "황", "안", "송", "류", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "노"};
  if (code_point_count(w) != 3) return false;
  for (std::string_view s : kSurnames)
    if (w.substr(0, s.size()) == s) return true;
  return false;
}

// The word before a surname ("세르게이 라브로프") is a first name only if it is not an
// adverb or a word with a topic/subject particle or a verb ending ("이미", "동맹들이", "방문하여").
bool korean_first_name_like(std::string_view w) {
  static constexpr std::string_view kAdverbs[] = {
      "이미",   "또한",   "다시",   "특히",   "바로", "결국", "한편", "이후",
      "현재",   "이제",   "아직",   "과거",   "최근", "지난", "오늘", "어제",
      "그러나", "하지만", "그리고", "따라서", "이어", "함께", "당시"};
  static constexpr std::string_view kEndings[] = {"은", "는", "들이", "여",
                                                  "해", "써", "가",   "께서"};
  for (std::string_view a : kAdverbs)
    if (w == a) return false;
  for (std::string_view e : kEndings)
    if (w.size() > e.size() && w.substr(w.size() - e.size()) == e) return false;
  return true;
}

// Last syllables of words that are not names: particles other than 은/이 (names end in those:
// 김정은), and verb or connective endings ("따르면 푸틴 대통령" must not give "따르면 푸틴").
bool has_non_name_ending(std::string_view w) {
  static constexpr std::string_view kEndings[] = {
      "을", "를", "에", "의", "와", "과", "로", "도", "는", "한", "된", "할", "될", "던", "적",
      "들", "고", "며", "서", "게", "지", "면", "다", "요", "니", "데", "만", "께", "까", "인데"};
  for (std::string_view e : kEndings)
    if (w.size() > e.size() && w.substr(w.size() - e.size()) == e) return true;
  return false;
}

// The Korean cues over one scanned text, one step per cue (MentionFinder::korean).
class KoreanCues {
 public:
  KoreanCues(std::string_view text, const ScannedText& scan, const Lexicon& lex,
             std::vector<Candidate>& out)
      : text_(text), words_(scan.words), lex_(lex), out_(out) {}

  void run() {
    for (std::size_t i = 0; i < words_.size(); ++i) {
      const Word& w = words_[i];
      if (w.script != Script::kHangul) continue;
      const std::string_view stem = stem_of(i);
      std::size_t len = 0;
      if (int id = known_at(i, &len); id >= 0)
        emit(i, {w.bytes.begin_byte, w.bytes.begin_byte + len}, lex_.entity(id).type, 0.9f, id);
      else if (lex_.is_korean_title_after(stem) && i > 0)
        names_before_title(i);
      else if (lex_.is_korean_title_before(word_text(text_, w)) && adjacent(i, i + 1) &&
               words_[i + 1].script == Script::kHangul)
        names_after_role(i);
      else
        organization(i);
    }
  }

 private:
  std::string_view stem_of(std::size_t k) const {
    return word_text(text_, words_[k]).substr(0, words_[k].stem_bytes);
  }
  // b follows a with only spaces between.
  bool adjacent(std::size_t a, std::size_t b) const {
    return b < words_.size() && !words_[b].break_before && words_[b].sentence == words_[a].sentence;
  }
  void emit(std::size_t a, core::ByteRange r, EntityType type, float conf, int known) {
    out_.push_back(
        {r, type, conf, Script::kHangul, known, false, words_[a].sentence, words_[a].paragraph});
  }

  // A known name, the whole word or its stem (*len: its bytes); -1 when none or a non-name.
  int known_at(std::size_t k, std::size_t* len) const {
    std::string_view w = word_text(text_, words_[k]);
    int id = lex_.find_korean(w);
    *len = w.size();
    if (id < 0) {
      *len = words_[k].stem_bytes;
      id = lex_.find_korean(w.substr(0, *len));
    }
    return id >= 0 && lex_.is_nonname(w.substr(0, *len)) ? -1 : id;
  }

  // A word that may be part of an unknown name: Hangul only, no title, known name, modifier,
  // non-name ending or organization word.
  bool name_like(std::size_t j) const {
    const std::string_view wj = word_text(text_, words_[j]);
    for (std::size_t p = 0; p < wj.size();) {
      core::DecodedChar c = core::decode_utf8(wj, p);
      if (!is_hangul_syllable(c.code_point)) return false;
      p += c.length;
    }
    const std::string_view stem = wj.substr(0, words_[j].stem_bytes);
    if (lex_.is_korean_title_after(stem) || lex_.is_korean_title_before(stem) ||
        lex_.find_korean(stem) >= 0)
      return false;
    return syllables(wj) >= 2 && !is_korean_modifier(wj) && !has_non_name_ending(wj) &&
           lex_.find_korean(wj) < 0 && lex_.korean_org_suffix(wj) == 0 &&
           !lex_.is_korean_title_after(wj) && !lex_.is_korean_title_before(wj);
  }

  // Name words before the title at i; a known place may sit between ("라브로프 러시아 외무장관").
  void names_before_title(std::size_t i) {
    std::size_t j = i, names = 0, first = i;
    bool place_seen = false;
    while (names < 2 && j > 0 && adjacent(j - 1, j) && words_[j - 1].script == Script::kHangul) {
      const std::string_view wj = word_text(text_, words_[j - 1]);
      std::size_t l = 0;
      if (names == 0 && !place_seen && known_at(j - 1, &l) >= 0 && l == wj.size()) {
        place_seen = true, --j;
        continue;
      }
      if (!name_like(j - 1) || (names == 1 && !korean_first_name_like(wj))) break;
      first = --j, ++names;
      if (names == 1 && korean_full_name(wj)) break;  // 김정은: surname included, no first name
    }
    if (names > 0) {
      const std::size_t last = first + names - 1;
      emit(first, {words_[first].bytes.begin_byte, words_[last].bytes.end_byte},
           EntityType::kPerson, 0.9f, -1);
    }
  }

  // "전문가 찰스 쿱찬과": one or two name words after the role at i.
  void names_after_role(std::size_t i) {
    const std::string_view a = word_text(text_, words_[i + 1]);
    const std::size_t a_stem = words_[i + 1].stem_bytes;
    std::size_t end = words_[i + 1].bytes.begin_byte + a_stem;
    if (a_stem == a.size() && adjacent(i + 1, i + 2) && words_[i + 2].script == Script::kHangul) {
      const std::string_view b = word_text(text_, words_[i + 2]);
      const std::size_t b_stem = words_[i + 2].stem_bytes;
      if (b_stem != b.size() && syllables(b.substr(0, b_stem)) >= 2 &&
          lex_.find_korean(b.substr(0, b_stem)) < 0)
        end = words_[i + 2].bytes.begin_byte + b_stem;
    }
    const std::string_view name =
        text_.substr(words_[i + 1].bytes.begin_byte, end - words_[i + 1].bytes.begin_byte);
    if (syllables(name) >= 2 && lex_.find_korean(name) < 0 && !is_korean_modifier(name) &&
        lex_.korean_org_suffix(name) == 0 && name.find(' ') != std::string_view::npos)
      emit(i + 1, {words_[i + 1].bytes.begin_byte, end}, EntityType::kPerson, 0.6f, -1);
  }

  // A word ending in an organization word; a bare ministry word takes the country before it
  // ("러시아 외무부").
  void organization(std::size_t i) {
    const Word& w = words_[i];
    const std::string_view stem = stem_of(i);
    const std::size_t org = lex_.korean_org_suffix(stem);
    if (org == 0) return;
    if (org < stem.size()) {
      emit(i, {w.bytes.begin_byte, w.bytes.begin_byte + stem.size()}, EntityType::kOrg, 0.7f, -1);
    } else if (i > 0 && adjacent(i - 1, i) && words_[i - 1].script == Script::kHangul) {
      std::size_t l = 0;
      if (known_at(i - 1, &l) >= 0 && l == words_[i - 1].bytes.size())
        emit(i - 1, {words_[i - 1].bytes.begin_byte, w.bytes.begin_byte + stem.size()},
             EntityType::kOrg, 0.8f, -1);
    }
  }

  std::string_view text_;
  const std::vector<Word>& words_;
  const Lexicon& lex_;
  std::vector<Candidate>& out_;
};

}  // namespace

void MentionFinder::korean(std::string_view text, const ScannedText& scan,
                           std::vector<Candidate>& out) {
  KoreanCues(text, scan, lex_, out).run();
}

void MentionFinder::add_transliterated(std::string_view text, const ScannedText& scan,
                                       const ForeignNames& names, std::vector<Candidate>& out) {
  if (names.empty()) return;
  const auto& words = scan.words;
  const std::size_t before = out.size();
  auto matches = [](const std::string& r, const std::vector<std::string>& spellings) {
    for (const std::string& s : spellings)
      if (name_distance(r, s) != kNoMatch) return true;
    return false;
  };
  for (std::size_t i = 1; i < words.size(); ++i) {
    const Word& a = words[i - 1];
    const Word& b = words[i];
    if (a.script != Script::kHangul || b.script != Script::kHangul || b.break_before ||
        a.sentence != b.sentence)
      continue;
    if (a.stem_bytes != a.bytes.size() || a.code_points < 2)
      continue;  // a given name carries no particle
    const std::string_view stem = word_text(text, b).substr(0, b.stem_bytes);
    if (b.stem_bytes < 6) continue;  // two syllables at least
    // Cheap filters first: the jamo skeletons of both words against the foreign names'.
    auto bucket = names.find(hangul_skeleton(stem));
    if (bucket == names.end()) continue;
    const std::string given_skeleton = hangul_skeleton(word_text(text, a));
    bool candidate = false;
    for (const ForeignName& n : bucket->second)
      for (const std::string& sk : n.first_skeletons) candidate = candidate || sk == given_skeleton;
    // A given name has no verb ending ("않고 강화" is not a name).
    if (!candidate || has_non_name_ending(word_text(text, a)) ||
        !korean_first_name_like(word_text(text, a)) || is_korean_modifier(word_text(text, a)))
      continue;
    const std::string first = keyer_.romanize(word_text(text, a));
    const std::string last = keyer_.romanize(stem);
    for (const ForeignName& n : bucket->second) {
      if (!matches(last, n.last) || !matches(first, n.first)) continue;
      out.push_back({{a.bytes.begin_byte, b.bytes.begin_byte + stem.size()},
                     EntityType::kPerson,
                     0.7f,
                     Script::kHangul,
                     -1,
                     false,
                     a.sentence,
                     a.paragraph});
      break;
    }
  }
  if (out.size() != before) resolve_overlaps(out);
}

// A Korean word that names a province, a metropolitan city or an administrative unit: the
// first level of Korean addresses (the gazetteer lists countries and capitals only), or a word
// ending in a unit (`양산시`, `서초구`, `울진군`, `텍사스주`, `경기도`).
namespace {
bool korean_region(std::string_view w) {
  static constexpr std::string_view kRegions[] = {
      "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남",
      "전북", "전남", "경북", "경남", "제주", "충청", "전라", "경상", "영남", "호남"};
  for (std::string_view r : kRegions)
    if (w == r) return true;
  static constexpr std::string_view kUnits[] = {"도", "시", "군", "구", "주"};
  if (code_point_count(w) < 2) return false;
  for (std::string_view u : kUnits)  // ends_with: `LA` has two code points and two bytes
    if (w.ends_with(u)) return true;
  return false;
}

// "Area", "vicinity", "territory": after a place they are not part of its name (KLUE, KMOU:
// `부산` of `부산 지역`).
bool is_area_word(std::string_view w) {
  static constexpr std::string_view kAreas[] = {"지역", "일대", "인근", "일원", "부근", "주변",
                                                "지방", "전역", "영토", "본토", "국경", "땅"};
  for (std::string_view a : kAreas)
    if (w == a) return true;
  return false;
}

// A site that a place names but that is not a place's name (`울산 공장`, `평택 사업장`): the
// place is the word before. KMOU tags `울산` before `공장` more often than `울산 공장`.
bool is_site_word(std::string_view w) {
  static constexpr std::string_view kSites[] = {"공장", "조선소", "물류센터", "사업장"};
  for (std::string_view a : kSites)
    if (w == a) return true;
  return false;
}

// A word that names a place by itself: listed, a region or unit (`텍사스주`, `서초구`), or a
// neighbourhood, town or village (`신사동`, `진영읍`, `용두리`).
bool is_place_word(const Lexicon& lex, std::string_view w) {
  if (const int f = lex.find_korean(w); f >= 0) return lex.entity(f).type == EntityType::kLoc;
  if (korean_region(w)) return true;
  static constexpr std::string_view kTowns[] = {"동", "읍", "면", "리"};
  if (code_point_count(w) < 2) return false;
  for (std::string_view t : kTowns)
    if (w.ends_with(t)) return true;
  return false;
}

// One more name word after a listed country or city (`베트남 하노이`, `브라질 상파울루`): a
// place of its own, as KMOU and KLP-2016 mark it, unless it names the state itself (`러시아
// 연방`), a people, an organization or a site of the place (`서울 광장`, `인천 공항`).
bool name_after_listed_place(const Lexicon& lex, std::string_view rest) {
  static constexpr std::string_view kNotPlaces[] = {"연방", "공화국", "왕국", "제국", "대륙",
                                                    "열도", "반도",   "정부", "국민", "사람",
                                                    "광장", "공원",   "공항"};
  if (rest.find_first_of(" \n") != std::string_view::npos || code_point_count(rest) < 2)
    return false;
  for (std::size_t p = 0; p < rest.size();) {
    const core::DecodedChar c = core::decode_utf8(rest, p);
    if (!is_hangul_syllable(c.code_point)) return false;
    p += c.length;
  }
  for (std::string_view w : kNotPlaces)
    if (rest == w) return false;
  return lex.korean_org_suffix(rest) == 0 && !lex.is_korean_title_after(rest) &&
         !is_site_word(rest);
}

}  // namespace

// A Korean place span of several words that opens with places is several places (`미국
// 텍사스주`, `부산 대구 광주`): KMOU and KLP-2016 mark each place of an address or a list apart,
// and each is its own entity when linking (a city does not take its country's name). A person
// span loses a listed name before or after it the same way. Appends the parts of `span` (the span
// itself when it has none) to `out`.
void korean_place_parts(const Lexicon& lex, std::string_view text, TaggedSpan span,
                        std::vector<TaggedSpan>& out) {
  if (span.type == EntityType::kPerson) {
    split_listed_head(lex, text, span, out);
    split_listed_tail(lex, text, span, out);
  }
  while (span.type == EntityType::kLoc) {
    const std::string_view surface = text.substr(span.bytes.begin_byte, span.bytes.size());
    const std::size_t space = surface.find_first_of(" \n");
    if (space == std::string_view::npos || space == 0 ||
        script_of(core::decode_utf8(surface, 0).code_point) != Script::kHangul)
      break;
    const std::string_view first = surface.substr(0, space);
    std::size_t next = space;
    while (next < surface.size() && (surface[next] == ' ' || surface[next] == '\n')) ++next;
    if (next == surface.size()) break;
    const std::string_view rest = surface.substr(next);
    const core::ByteRange head_bytes{span.bytes.begin_byte, span.bytes.begin_byte + space};
    if (is_site_word(rest)) {  // `평택 공장`: the place is 평택, listed or not
      span.bytes = head_bytes;
      break;
    }
    const int head = lex.find_korean(first);
    if (head >= 0 ? lex.entity(head).type != EntityType::kLoc : !korean_region(first)) break;
    if (is_area_word(rest)) {  // `부산 지역` ("the Busan area"): the place is 부산
      span.bytes = head_bytes;
      break;
    }
    // The rest must open with a place of its own: `서울 광장`, `우크라이나 군` (its army) and
    // `도네츠크 주` (the oblast) stay whole.
    if (!is_place_word(lex, rest.substr(0, rest.find_first_of(" \n"))) &&
        !(head >= 0 && name_after_listed_place(lex, rest)))
      break;
    out.push_back({head_bytes, span.type, span.confidence});
    span.bytes.begin_byte += next;
  }
  out.push_back(span);
}

}  // namespace loupe::entities
