// A fresh Engine for a test, failing the test if it cannot be made (ICU data missing), and the
// number of hits of a query on it.
#pragma once
#include <catch2/catch.hpp>
#include <cstddef>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "engine.h"

namespace loupe::test {

inline std::unique_ptr<loupe::Engine> make_engine() {
  auto engine = loupe::Engine::create();
  REQUIRE(engine.ok());
  return std::move(engine.value());
}

inline std::size_t total_hits(loupe::Engine& e, const std::string& query) {
  const nlohmann::json r = nlohmann::json::parse(e.search_json(query, "{}"));
  REQUIRE(r["ok"] == true);
  return r["total"].get<std::size_t>();
}

}  // namespace loupe::test
