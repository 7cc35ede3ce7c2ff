// Decode + normalize + analyze on any bytes (Engine::analyze_json, what analyzeBytes runs in
// the worker), and tokenize on the same bytes read as UTF-8.
#include "fuzz_engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  loupe::Engine& engine = loupe::fuzz::fresh_engine_once();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  loupe::fuzz::check_envelope(engine.analyze_json(bytes, size % 2 == 0));
  loupe::fuzz::check_envelope(engine.tokenize_json(bytes));
  return 0;
}
