// Golden files of the corpus tests: one JSON value per line, compared byte for byte, or
// rewritten when UPDATE_GOLDEN is set (then read the diff by eye before committing it).
#pragma once
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "support/corpus.h"

namespace loupe::test {

inline std::string golden_line(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

inline void compare_or_update(const std::string& path, const std::string& got) {
  if (std::getenv("UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << got;
    return;
  }
  INFO(path);
  CHECK(got == read_bytes(path));
}

// Where the golden files of `kind` (entities, dates...) are: the source tree's tests/golden/.
inline std::string golden_dir(const std::string& kind) {
  const char* src = std::getenv("LOUPE_SOURCE_DIR");
  return std::string(src ? src : ".") + "/tests/golden/" + kind + "/";
}

}  // namespace loupe::test
