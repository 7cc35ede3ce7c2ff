// A lone word that opens an organization's full name in its document, read as a person, is that
// organization (org_short_names.cc). Sentences written for this test.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entities/entity_index.h"
#include "extract/entities/entity_models.h"

using loupe::entities::EntityIndex;
using loupe::entities::EntityType;

namespace {

// The type of each mention whose surface is `surface`.
std::vector<EntityType> types_of(const std::string& text, const std::string& surface) {
  EntityIndex index;
  index.add_document("t", text);
  std::vector<EntityType> out;
  for (const auto& m : index.mentions())
    if (index.surface(m) == surface) out.push_back(m.type);
  return out;
}

}  // namespace

TEST_CASE("Organization short names: the proper part of a company named in full is the company",
          "[entities][tagger]") {
  if (!loupe::entities::has_entity_model(loupe::core::Language::kEn)) {
    WARN("no English model: skipped");
    return;
  }
  const std::string text =
      "Brantley Holdings Inc agreed on Monday to buy a rival supplier for $40 million.\n\n"
      "Brantley was up 2 cents in early trade. Analysts said Brantley would gain market share.";
  for (EntityType t : types_of(text, "Brantley")) CHECK(t == EntityType::kOrg);
  CHECK(types_of(text, "Brantley").size() == 2);
  // The same word as a person's surname in the document: the person's, as the tagger reads it.
  const std::string people =
      "Brantley Holdings Inc hired Anne Brantley as chief executive.\n\n"
      "Brantley said she would cut costs.";
  const auto said = types_of(people, "Brantley");
  REQUIRE(said.size() == 1);
  CHECK(said[0] == EntityType::kPerson);
}
