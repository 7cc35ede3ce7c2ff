// Shared by the fuzz harnesses: one Engine per process (creating one loads ICU's break rules),
// and a reader that splits the fuzzer's bytes into the pieces a harness needs.
#pragma once
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "engine.h"

namespace loupe::fuzz {

inline Engine& fresh_engine_once() {
  static std::unique_ptr<Engine> engine = [] {
    auto e = Engine::create();
    if (!e.ok()) std::abort();  // ICU data missing: nothing to fuzz
    return std::move(e.value());
  }();
  return *engine;
}

inline std::unique_ptr<Engine> new_engine() {
  auto e = Engine::create();
  if (!e.ok()) std::abort();
  return std::move(e.value());
}

// The fuzzer's bytes as a sequence of pieces separated by a 0xFF byte (never in UTF-8, so a
// text piece cannot contain it; legacy-charset pieces lose only that byte).
class Pieces {
 public:
  Pieces(const std::uint8_t* data, std::size_t size)
      : rest_(reinterpret_cast<const char*>(data), size) {}
  bool empty() const { return rest_.empty(); }
  std::string_view next() {
    const std::size_t cut = rest_.find('\xFF');
    const std::string_view piece = rest_.substr(0, cut);
    rest_ = cut == std::string_view::npos ? std::string_view() : rest_.substr(cut + 1);
    return piece;
  }
  // A small number from the next byte (0 when none).
  unsigned byte() {
    if (rest_.empty()) return 0;
    const auto b = static_cast<unsigned char>(rest_[0]);
    rest_.remove_prefix(1);
    return b;
  }

 private:
  std::string_view rest_;
};

// Stops the process (a crash libFuzzer reports with the input) when an envelope is not one.
inline void check_envelope(const std::string& json) {
  if (json.rfind("{", 0) != 0 || json.find("\"v\":1") == std::string::npos) std::abort();
}

}  // namespace loupe::fuzz
