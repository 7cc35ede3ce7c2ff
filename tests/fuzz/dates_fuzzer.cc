// Date extraction with a reference date: the first piece is the reference ("" or anything
// else: a malformed one must be an error envelope), the rest the text.
#include "fuzz_engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  loupe::Engine& engine = loupe::fuzz::fresh_engine_once();
  loupe::fuzz::Pieces pieces(data, size);
  const std::string_view reference = pieces.next();
  const std::string_view text = pieces.next();
  loupe::fuzz::check_envelope(engine.dates_json(text, reference));
  return 0;
}
