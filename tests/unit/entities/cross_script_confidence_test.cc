// Cross-script linking weighs the tagger's confidence: a PERSON cluster none of whose mentions
// is confidently a name links to another script only on a close spelling (or agreeing given
// names). Records are made straight from candidates, so each case sets the confidences the
// tagger would have given. Sentences written for these tests.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "extract/entities/entity_linking.h"

using loupe::entities::Candidate;
using loupe::entities::EntityType;
using loupe::entities::LinkRecord;

namespace {

struct Marked {
  std::string_view surface;
  float confidence;
};

struct Corpus {
  loupe::entities::NameKeyer keyer;
  loupe::entities::Lexicon lexicon{keyer};
  std::vector<std::string> texts;
  std::vector<LinkRecord> recs;

  // One document; each marked surface (its first occurrence) is a PERSON mention.
  void add(std::string text, const std::vector<Marked>& people) {
    texts.push_back(std::move(text));
    const std::string& t = texts.back();
    for (const Marked& m : people) {
      const std::size_t at = t.find(m.surface);
      REQUIRE(at != std::string::npos);
      Candidate c;
      c.bytes = {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + m.surface.size())};
      c.type = EntityType::kPerson;
      c.confidence = m.confidence;
      c.script = loupe::entities::script_of(loupe::core::decode_utf8(m.surface, 0).code_point);
      recs.push_back(make_link_record(static_cast<std::uint32_t>(texts.size() - 1), t, c, keyer));
    }
  }
  // Whether records a and b (in the order added) end in one entity.
  bool linked(std::size_t a, std::size_t b) {
    loupe::entities::UnionFind uf = link_records(recs, lexicon, keyer);
    return uf.find(a) == uf.find(b);
  }
};

}  // namespace

TEST_CASE("A heading word the tagger is sure of does not join a Russian word it barely took") {
  // "Chapter" (chapte, r dropped before a vowel-less end) and "Запада" (zapad) sound alike
  // only loosely: two edits on five symbols.
  Corpus unsure;
  unsure.add("Chapter 4: Tides and Ferries\n\nThe harbour log ends here.", {{"Chapter", 0.95f}});
  unsure.add("Санкции Запада против флота обсуждали весь вечер.", {{"Запада", 0.05f}});
  CHECK_FALSE(unsure.linked(0, 1));
  // The same spellings, both confidently names: the loose match is still allowed.
  Corpus sure;
  sure.add("Chapter 4: Tides and Ferries\n\nThe harbour log ends here.", {{"Chapter", 0.95f}});
  sure.add("Санкции Запада против флота обсуждали весь вечер.", {{"Запада", 0.9f}});
  CHECK(sure.linked(0, 1));
}

TEST_CASE("A misspelled month read at near-zero confidence joins no Korean name") {
  Corpus c;
  c.add("The clock reads time=Jannuary 5th, 2003 at noon.", {{"Jannuary", 0.01f}});
  c.add("아베 총리가 오늘 부산에 도착했다.", {{"아베 총리", 0.7f}});
  CHECK_FALSE(c.linked(0, 1));
}

TEST_CASE("Unsure mentions of one name in three scripts still link on close spellings") {
  Corpus c;
  c.add("Reporters waited while Putin spoke to the crew.", {{"Putin", 0.02f}});
  c.add("푸틴 대통령은 항구를 둘러보았다.", {{"푸틴", 0.7f}});
  c.add("Вечером Путин уехал из порта.", {{"Путин", 0.03f}});
  c.add("Analysts quoted Kissinger twice.", {{"Kissinger", 0.01f}});
  c.add("Аналитики дважды цитировали Киссинджера.", {{"Киссинджера", 0.02f}});
  CHECK(c.linked(0, 1));
  CHECK(c.linked(1, 2));
  CHECK(c.linked(3, 4));
  CHECK_FALSE(c.linked(0, 3));
}

TEST_CASE("A title the tagger took into a Korean name is no surname to match across scripts") {
  // 총리 (prime minister) romanizes chongli, one vowel from the Latin surname "Chongle".
  Corpus c;
  c.add("아베 총리가 오늘 부산에 도착했다.", {{"아베 총리", 0.9f}});
  c.add("Later Chongle checked the ropes.", {{"Chongle", 0.9f}});
  c.add("아베 총리는 회의에 늦었다.", {{"아베 총리", 0.9f}});
  CHECK_FALSE(c.linked(0, 1));
  CHECK(c.linked(0, 2));  // within its script the key still links it
}
