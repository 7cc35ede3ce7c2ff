// A fresh Engine for a test, failing the test if it cannot be made (ICU data missing).
#pragma once
#include <catch2/catch.hpp>
#include <memory>

#include "engine.h"

namespace loupe::test {

inline std::unique_ptr<loupe::Engine> make_engine() {
  auto engine = loupe::Engine::create();
  REQUIRE(engine.ok());
  return std::move(engine.value());
}

}  // namespace loupe::test
