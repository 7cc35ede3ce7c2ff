// Korean pairs of countries (`한·러`, `미-러`, `한·중·일`): one mention per country, each linked to
// it, however often its one-syllable name is a common word (korean_country_pairs.cc). Sentences
// written for this test; the first cases set the mentions by hand so the rule alone is tested.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entities/entity_index.h"
#include "extract/entities/lexicon.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/name_key.h"

using loupe::entities::Candidate;
using loupe::entities::EntityType;
using loupe::entities::Script;

namespace {

struct Pairs {
  loupe::entities::NameKeyer keyer;
  loupe::entities::Lexicon lex{keyer};

  // One Hangul ORG mention per name of `names` in `text`; "surface=country" of each mention
  // after split_country_pairs ("surface=" when it links to none).
  std::vector<std::string> after(const std::string& text, const std::vector<std::string>& names) {
    std::vector<Candidate> out;
    for (const std::string& n : names) {
      Candidate c;
      const std::size_t at = text.find(n);
      REQUIRE(at != std::string::npos);
      c.bytes = {at, at + n.size()};
      c.type = EntityType::kOrg;
      c.script = Script::kHangul;
      c.confidence = 0.5f;
      out.push_back(c);
    }
    loupe::entities::split_country_pairs(lex, text, 0, out);
    std::vector<std::string> seen;
    for (const Candidate& c : out) {
      REQUIRE(c.bytes.end_byte <= text.size());
      CHECK(c.type == EntityType::kOrg);  // the mention keeps the type read in its sentence
      seen.push_back(text.substr(c.bytes.begin_byte, c.bytes.size()) + "=" +
                     (c.known >= 0 ? lex.entity(c.known).canonical : ""));
    }
    return seen;
  }
};

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("Korean country pairs: a pair read as one name is its countries", "[entities][korean]") {
  Pairs p;
  CHECK(p.after("한·러 수교 30주년이다.", {"한·러"}) == V{"한=South Korea", "러=Russia"});
  CHECK(p.after("미-러 관계가 나빠졌다.", {"미-러"}) == V{"미=United States", "러=Russia"});
  CHECK(p.after("북ㆍ중 국경에서", {"북ㆍ중"}) == V{"북=North Korea", "중=China"});
  CHECK(p.after("한·미·일 협력", {"한·미·일"}) ==
        V{"한=South Korea", "미=United States", "일=Japan"});
}

TEST_CASE("Korean country pairs: a country beside a mention is one too", "[entities][korean]") {
  Pairs p;
  // The tagger gave 중 alone: 한 and 일 come in, and each links to its country.
  CHECK(p.after("한·중·일 3국 정상", {"중"}) == V{"한=South Korea", "중=China", "일=Japan"});
  CHECK(p.after("앞으로 한·러는 협력한다.", {"러"}) == V{"한=South Korea", "러=Russia"});
}

TEST_CASE("Korean country pairs: no mark, no pair", "[entities][korean]") {
  Pairs p;
  CHECK(p.after("한 사람이 왔다.", {"한"}) == V{"한="});                                   // "one"
  CHECK(p.after("한·러 정상회담이 열렸다.", {"한·러 정상회담"}) == V{"한·러 정상회담="});  // a name
  CHECK(p.after("문재인-러 회담", {"문재인-러"}) == V{"문재인-러="});  // 문재인 is no country
  CHECK(p.after("중·고등학교", {"중"}) == V{"중="});                   // 고 is no country
}

TEST_CASE("Korean country pairs: the pair's 한 survives a text where 한 is mostly 'one'",
          "[entities][korean]") {
  // The common-word rule (mention_propagation.cc) drops a Korean name the first pass read in
  // fewer than half of its occurrences; a pair's country is read by its mark.
  const std::string text =
      "한 해 동안 한 번도 쉬지 않았다. 한 사람이 한 시간 동안 한 말이다.\n\n"
      "한·중·일 정상은 서울에서 만나 협력을 논의했다.";
  loupe::entities::EntityIndex index;
  index.add_document("doc", text);
  std::vector<std::string> countries;
  for (const auto& m : index.mentions()) {
    REQUIRE(m.bytes.end_byte <= text.size());
    const std::string surface = text.substr(m.bytes.begin_byte, m.bytes.size());
    if (surface == "한" || surface == "중" || surface == "일")
      countries.push_back(surface + "=" + index.entities()[m.entity].canonical);
  }
  CHECK(countries == V{"한=South Korea", "중=China", "일=Japan"});
}
