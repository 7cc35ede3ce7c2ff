// Entities over several documents (each piece one document), linked across them.
#include "fuzz_engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  loupe::Engine& engine = loupe::fuzz::fresh_engine_once();
  loupe::fuzz::Pieces pieces(data, size);
  loupe::Engine::NamedTexts docs;
  while (!pieces.empty() && docs.size() < 8) {
    docs.emplace_back("doc" + std::to_string(docs.size()), std::string(pieces.next()));
  }
  loupe::fuzz::check_envelope(engine.entities_json(docs));
  return 0;
}
