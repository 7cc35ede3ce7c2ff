// Checks for the date tests (tests/unit/dates): run the extractor, find mentions by surface.
#pragma once
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dates/date_extractor.h"

namespace loupe::dates::test {

inline const DateExtractor& extractor() {
  static std::unique_ptr<DateExtractor> e = std::move(DateExtractor::create().value());
  return *e;
}

struct Found {
  std::string surface, kind, as_written, value, mod;
  bool uses_reference;
  std::string grain;
};

// Every mention of `text`, with its surface cut from the text by its byte range.
inline std::vector<Found> find_dates(std::string_view text, std::string_view ref = "2023-07-31") {
  auto r = extractor().extract(text, ref);
  REQUIRE(r.ok());
  std::vector<Found> out;
  for (const DateMention& m : r.value().mentions) {
    REQUIRE(m.bytes.end_byte <= text.size());
    REQUIRE(m.bytes.begin_byte < m.bytes.end_byte);
    out.push_back({std::string(text.substr(m.bytes.begin_byte, m.bytes.size())),
                   std::string(date_kind_name(m.kind)), m.as_written, m.value, m.mod,
                   m.uses_reference, std::string(grain_name(m.grain))});
  }
  return out;
}

// The text holds exactly one date expression: `surface`, of `kind`, resolving to `value`.
inline void expect_one(std::string_view text, std::string_view surface, std::string_view kind,
                       std::string_view value, std::string_view ref = "2023-07-31") {
  INFO("text: " << text);
  const auto found = find_dates(text, ref);
  REQUIRE(found.size() == 1);
  CHECK(found[0].surface == surface);
  CHECK(found[0].kind == kind);
  CHECK(found[0].value == value);
}

// One row of a table of running sentences: the one mention, its value and its grain.
struct Case {
  std::string_view text, surface, kind, value, grain;
};

// Checks each sentence of `cases` (reference `ref`) holds exactly that one mention, and that
// its byte offsets cut exactly `surface` out of the text.
inline void expect_cases(std::initializer_list<Case> cases, std::string_view ref = "2023-07-31") {
  for (const Case& c : cases) {
    INFO("text: " << c.text);
    const auto found = find_dates(c.text, ref);
    std::string seen;
    for (const auto& f : found) seen += "[" + f.surface + "] " + f.kind + " " + f.value + "; ";
    INFO("found: " << seen);
    REQUIRE(found.size() == 1);
    CHECK(found[0].surface == c.surface);
    CHECK(found[0].kind == c.kind);
    CHECK(found[0].value == c.value);
    CHECK(found[0].grain == c.grain);
  }
}

inline void expect_none(std::string_view text) {
  INFO("text: " << text);
  const auto found = find_dates(text);
  for (const auto& f : found) INFO("found: " << f.surface << " -> " << f.value);
  CHECK(found.empty());
  if (!found.empty()) FAIL_CHECK("unexpected: " << found[0].surface << " -> " << found[0].value);
}

}  // namespace loupe::dates::test
