#include "scaling_inputs.h"

#include <unicode/ucnv.h>

#include <cstdint>

namespace loupe::scaling {
namespace {

const char* const kSentences[] = {
    "세르게이 라브로프 외무장관은 지난 4월 15일 뉴욕에서 미국의 전직 관리들을 만났다.",
    "On March 3, 2021 Sergey Lavrov met Richard Haass in New York to discuss the talks.",
    "Министр Лавров прилетел в Нью-Йорк 15 ноября 2022 года, переговоры шли весь день.",
    "Переговори у Києві тривали всю ніч 3 березня 2023 року між делегаціями.",
    "El ministro Lavrov llegó a Nueva York el 5 de mayo de 2020 para las negociaciones.",
    "The harbor authority of Busan said the shipping lanes would reopen next Friday.",
    "회담은 비공식 채널 외교의 한 예로, 협상이 아니라 대화였다고 참석자들은 주장했다.",
};
const char* const kRussian[] = {
    "Министр Лавров прилетел в Нью-Йорк 15 ноября 2022 года, переговоры шли весь день.",
    "Участники утверждали, что это был разговор, а не переговоры о мире.",
    "Делегации встретились в Москве и обсудили торговлю зерном и судоходство.",
};

// A deterministic pseudo-random sequence, so every run feeds the same bytes.
struct Lcg {
  std::uint64_t s = 20;
  std::uint32_t next() {
    return static_cast<std::uint32_t>((s = s * 6364136223846793005u + 1442695040888963407u) >> 33);
  }
};

std::string wrapped(std::size_t bytes, const char* const* sentences, std::size_t count) {
  std::string out;
  std::size_t line = 0;
  for (std::size_t i = 0; out.size() < bytes; ++i) {
    std::string_view s = sentences[i % count];
    for (std::size_t at = 0; at < s.size();) {  // wrap at spaces near 70 bytes
      std::size_t cut = s.find(' ', at);
      if (cut == std::string_view::npos) cut = s.size();
      out.append(s.substr(at, cut - at));
      line += cut - at;
      at = cut + 1;
      if (at >= s.size()) break;
      out.push_back(line > 70 ? '\n' : ' ');
      if (line > 70) line = 0;
    }
    out.append(i % 5 == 4 ? (line = 0, "\n\n") : " ");
  }
  return out;
}

}  // namespace

std::string prose(std::size_t bytes) { return wrapped(bytes, kSentences, std::size(kSentences)); }

std::string one_line(std::size_t bytes) {
  std::string out = prose(bytes);
  for (char& c : out) c = c == '\n' ? ' ' : c;
  return out;
}

std::string hangul_run(std::size_t bytes) {
  std::string out;
  Lcg rng;
  while (out.size() < bytes) {
    const char32_t cp = 0xAC00 + rng.next() % 11172;
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
  return out;
}

std::string short_lines(std::size_t bytes) {
  std::string out;
  for (std::size_t i = 0; out.size() < bytes; ++i) out += "item " + std::to_string(i) + ": ok\n";
  return out;
}

std::string legacy(std::size_t bytes) {
  const std::string utf8 = wrapped(bytes * 2, kRussian, std::size(kRussian));  // ~2 bytes a letter
  std::string out(utf8.size() + 16, '\0');
  UErrorCode ec = U_ZERO_ERROR;
  const int32_t n =
      ucnv_convert("windows-1251", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                   utf8.data(), static_cast<int32_t>(utf8.size()), &ec);
  out.resize(U_SUCCESS(ec) ? static_cast<std::size_t>(n) : 0);
  return out;
}

std::string repairs(std::size_t bytes) {
  std::string out;
  for (std::size_t i = 0; out.size() < bytes; ++i) {
    out += "The nego-\ntiations[" + std::to_string(i % 999 + 1) + "] went on\r\n";
    out += "라브\n로프는 극 동 연 방 대 학 교 에서\x01 말했다.\f\n";
    out += i % 40 == 39 ? "\n- " + std::to_string(i / 40) + " -\n\n" : "";
  }
  return out;
}

std::string name_marks(std::size_t bytes) {
  std::string out;
  for (std::size_t i = 0; out.size() < bytes; ++i) {
    out += "ТОВ «Альфа Бета " + std::to_string(i) + " і ДП «Гамма» Bar \"Alameda ";
    out += "훙레이(洪磊) 대변인과 유엔식량계획(WFP) 가나(";
    out += "폴란드를 3-1로 꺾고 이탈리아와 독일, 무라야마 도미이치 로드리게즈는 ";
    for (int k = 0; k < 3; ++k)  // pairs of countries, a mention every few bytes
      out += "한ㆍ러ㆍ중ㆍ일ㆍ미ㆍ영ㆍ독ㆍ불 정상은 미-러, 북ㆍ중, 남\n\nㆍ북 관계를 ";
    out += i % 8 == 7 ? "Magna International Inc said Magna was up.\n" : "";
  }
  return out;
}

const std::vector<Shape>& shapes() {
  static const std::vector<Shape> all = {
      {"prose", prose},           {"one_line", one_line},
      {"hangul_run", hangul_run}, {"short_lines", short_lines},
      {"legacy", legacy},         {"repairs", repairs},
      {"name_marks", name_marks},
  };
  return all;
}

}  // namespace loupe::scaling
