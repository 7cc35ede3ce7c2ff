// Titles of works in a reference list are no names (reference_titles.cc): the taggers, trained
// on news, read title case as names. The author named in the text and a cited periodical stay.
// A document written for this test.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/entities/entity_index.h"
#include "extract/entities/entity_models.h"

TEST_CASE("Reference titles: footnote titles are dropped, authors and periodicals stay",
          "[entities][tagger]") {
  if (!loupe::entities::has_entity_model(loupe::core::Language::kEn)) {
    WARN("no English model: skipped");
    return;
  }
  const std::string text =
      "The harbor authority of Valencia reopened the eastern quays on Monday, said Ana Romero, "
      "who has studied the port for the university since 2015.\n\n"
      "Romero warned that the ferries to Odesa would not return before the spring.\n\n"
      "[1] Ana Romero: The Quiet Decline of Northern Ports. A Study of Shipping Routes and Their "
      "Owners, 12 March 2021.\n\n"
      "[2] Once Again on Harbor Politics (A Reply to Our Critics), Maritime Policy Journal, "
      "Vol. 4, 2022.\n\n"
      "[3] Great Power Rivalry in the Black Sea: Negative Consequences of Trade Wars, 3 May 2023.";
  loupe::entities::EntityIndex index;
  index.add_document("t", text);
  std::vector<std::string> found;
  for (const auto& m : index.mentions()) found.emplace_back(index.surface(m));
  INFO(Catch::Detail::stringify(found));
  const auto has = [&](const std::string& s) {
    return std::find(found.begin(), found.end(), s) != found.end();
  };
  CHECK(has("Ana Romero"));
  CHECK(has("Valencia"));
  CHECK(has("Maritime Policy Journal"));
  for (const char* title :
       {"Quiet Decline of Northern Ports", "Once Again", "Harbor Politics", "Great Power Rivalry",
        "Negative Consequences of Trade Wars", "Their Owners"})
    CHECK_FALSE(has(title));
  // Ana Romero in footnote [1] is the author: a name the text uses outside the footnotes.
  CHECK(std::count(found.begin(), found.end(), "Ana Romero") == 2);
}
