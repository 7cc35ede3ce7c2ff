// A candidate that opens a quote takes the words up to its closing mark (quoted_names.cc).
// Sentences written for this test.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entities/mention_finder.h"

using loupe::entities::Candidate;
using loupe::entities::EntityType;

namespace {

Candidate at(const std::string& text, const std::string& s, EntityType t = EntityType::kOrg) {
  Candidate c;
  const std::size_t b = text.find(s);
  REQUIRE(b != std::string::npos);
  c.bytes = {b, b + s.size()};
  c.type = t;
  return c;
}

std::vector<std::string> closed(const std::string& text, std::vector<Candidate> out) {
  loupe::entities::close_open_quotes(text, 0, out);
  std::vector<std::string> s;
  for (const Candidate& c : out) s.push_back(text.substr(c.bytes.begin_byte, c.bytes.size()));
  return s;
}

}  // namespace

TEST_CASE("Quoted names: the closing mark right after the span joins it") {
  const std::string uk = "Підрядник ТОВ «Уманська дорожньо-будівельна компанія» виграв тендер.";
  CHECK(closed(uk, {at(uk, "ТОВ «Уманська дорожньо-будівельна компанія")}) ==
        std::vector<std::string>{"ТОВ «Уманська дорожньо-будівельна компанія»"});
  const std::string es = "Se vieron en el Bar \"Alameda\" de Zarza y en el Hotel “Sol”.";
  CHECK(closed(es, {at(es, "Bar \"Alameda", EntityType::kLoc),
                    at(es, "Hotel “Sol", EntityType::kLoc)}) ==
        std::vector<std::string>{"Bar \"Alameda\"", "Hotel “Sol”"});
}

TEST_CASE("Quoted names: the words up to the closing mark join, names inside them go") {
  const std::string uk =
      "Замовник — ДП «Дирекція з будівництва доріг у Львові», повідомили в місті.";
  CHECK(closed(uk,
               {at(uk, "ДП «Дирекція з будівництва доріг"), at(uk, "Львові", EntityType::kLoc)}) ==
        std::vector<std::string>{"ДП «Дирекція з будівництва доріг у Львові»"});
}

TEST_CASE("Quoted names: a balanced span, a far or missing mark, another quote first stay") {
  const std::string a = "Клуб «Дніпро» і ТОВ «Вектор переміг.\nНаступного дня «Альфа» заявила.";
  CHECK(closed(a, {at(a, "Клуб «Дніпро»"), at(a, "ТОВ «Вектор")}) ==
        std::vector<std::string>{"Клуб «Дніпро»", "ТОВ «Вектор"});  // the line ends first
  const std::string b = "El grupo \"Nueva Era anunció que el disco \"Luz\" sale hoy.";
  CHECK(closed(b, {at(b, "Nueva Era")}) ==
        std::vector<std::string>{"Nueva Era"});  // no quote inside
  const std::string c = "ТОВ «Альфа та партнери «Бета» уклали угоду.";
  CHECK(closed(c, {at(c, "ТОВ «Альфа")}) == std::vector<std::string>{"ТОВ «Альфа"});
}

TEST_CASE("Quoted names: a candidate running past the closing mark keeps the span as it was") {
  const std::string uk = "Компанія «Рошен Київ» Петра та інші.";
  CHECK(closed(uk, {at(uk, "Компанія «Рошен"), at(uk, "Київ» Петра", EntityType::kPerson)}) ==
        std::vector<std::string>{"Компанія «Рошен", "Київ» Петра"});
}
