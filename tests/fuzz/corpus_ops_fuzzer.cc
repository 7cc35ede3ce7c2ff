// Adds, removes and searches interleaved on one engine, the way the app drives it: each piece
// is an operation chosen by its first byte on one of four document ids. Searches use the
// entity and year facets, so the annotations made on first use are rebuilt after changes.
#include "fuzz_engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto engine = loupe::fuzz::new_engine();
  loupe::fuzz::Pieces pieces(data, size);
  for (int op = 0; op < 32 && !pieces.empty(); ++op) {
    const unsigned which = pieces.byte();
    const std::string id = "d" + std::to_string(which % 4);
    const std::string_view arg = pieces.next();
    switch ((which / 4) % 4) {
      case 0:
      case 1:
        (void)engine->add_document(id, id + ".txt", arg);
        break;
      case 2:
        engine->remove_document(id);
        break;
      default:
        loupe::fuzz::check_envelope(
            engine->search_json(arg, "{\"facets\":[\"lang\",\"doc\",\"entity\",\"year\"]}"));
        loupe::fuzz::check_envelope(engine->index_entities_json());
    }
  }
  return 0;
}
