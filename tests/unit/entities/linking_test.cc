// Linking across documents, scripts and languages: one entity per real-world thing.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "extract/entities/entity_index.h"
#include "extract/entities/name_key.h"

using loupe::entities::EntityIndex;

namespace {

// The entity of the first mention whose surface is `surface`, or -1.
long entity_of(EntityIndex& index, const std::string& surface) {
  for (const auto& m : index.mentions())
    if (index.surface(m) == surface) return m.entity;
  return -1;
}

EntityIndex& corpus() {
  static EntityIndex index;
  static bool ready = false;
  if (!ready) {
    index.add_document("ko",
                       "푸틴 대통령은 세르게이 라브로프 러시아 외무장관과 만났다. 나토는 반발했다. "
                       "유럽 전문가 찰스 쿱찬과 러시아 전문가 토마스 그레이엄이 참석했다.\n\n"
                       "다른 자리에서 쿠프찬 교수는 푸틴을 비판했다.");
    index.add_document("en",
                       "President Putin met Foreign Minister Sergey Lavrov. NATO objected. "
                       "Charles Kupchan and Thomas Graham were there, and Lavrov spoke.");
    index.add_document("es",
                       "El presidente Putin y la OTAN. Kupchan habló con el canciller Lavrov.");
    index.add_document(
        "ru", "Президент Путин и НАТО. Эксперт Купчан говорил с Лавровым, а потом с Путиным.");
    ready = true;
  }
  return index;
}

}  // namespace

TEST_CASE("Putin is one entity in four languages") {
  EntityIndex& index = corpus();
  const long putin = entity_of(index, "Putin");
  REQUIRE(putin >= 0);
  CHECK(entity_of(index, "푸틴") == putin);
  CHECK(entity_of(index, "Путин") == putin);
  CHECK(entity_of(index, "Путиным") == putin);
  const auto& e = index.entities()[putin];
  CHECK(e.canonical == "Putin");
  CHECK(e.documents.size() == 4);
}

TEST_CASE("Lavrov, NATO and Kupchan link across scripts") {
  EntityIndex& index = corpus();
  const long lavrov = entity_of(index, "Sergey Lavrov");
  REQUIRE(lavrov >= 0);
  CHECK(entity_of(index, "Lavrov") == lavrov);
  CHECK(entity_of(index, "세르게이 라브로프") == lavrov);
  CHECK(entity_of(index, "Лавровым") == lavrov);
  CHECK(index.entities()[lavrov].canonical == "Sergey Lavrov");

  const long nato = entity_of(index, "NATO");
  REQUIRE(nato >= 0);
  CHECK(entity_of(index, "나토") == nato);
  CHECK(entity_of(index, "OTAN") == nato);
  CHECK(entity_of(index, "НАТО") == nato);

  const long kupchan = entity_of(index, "Charles Kupchan");
  REQUIRE(kupchan >= 0);
  CHECK(entity_of(index, "찰스 쿱찬") == kupchan);
  CHECK(entity_of(index, "쿠프찬") == kupchan);
  CHECK(entity_of(index, "Kupchan") == kupchan);
  CHECK(entity_of(index, "Купчан") == kupchan);
}

TEST_CASE("Different people stay apart and co-occurrence is recorded") {
  EntityIndex& index = corpus();
  CHECK(entity_of(index, "Putin") != entity_of(index, "Sergey Lavrov"));
  CHECK(entity_of(index, "Thomas Graham") != entity_of(index, "Charles Kupchan"));
  const long putin = entity_of(index, "Putin");
  const long lavrov = entity_of(index, "Sergey Lavrov");
  const auto& co = index.entities()[putin].cooccurs;
  const auto it =
      std::find_if(co.begin(), co.end(), [&](const auto& c) { return c.entity == lavrov; });
  REQUIRE(it != co.end());
  CHECK(it->sentences >= 2);
}

TEST_CASE("The jamo skeleton agrees with the ICU romanization skeleton") {
  loupe::entities::NameKeyer keyer;
  REQUIRE(keyer.can_romanize());
  for (const char* w : {"푸틴", "라브로프", "쿱찬", "쿠프찬", "그레이엄", "세르게이", "찰스",
                        "젤렌스키", "바이든"}) {
    INFO(w);
    CHECK(loupe::entities::hangul_skeleton(w) == loupe::entities::skeleton(keyer.romanize(w)));
  }
  CHECK(loupe::entities::skeleton("putin") == "PTN");
  CHECK(loupe::entities::skeleton(keyer.romanize("Путиным")) == "PTN");
  CHECK(loupe::entities::skeleton(keyer.romanize("Лавровым")) ==
        loupe::entities::hangul_skeleton("라브로프"));
}
