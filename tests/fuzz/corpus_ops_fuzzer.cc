// Adds, removes and searches interleaved on one engine, the way the app drives it: each piece
// is an operation chosen by its first byte on one of four document ids. Searches use the
// entity and year facets, so the annotations made on first use are rebuilt after changes.
#include "fuzz_engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // One engine for the process (a new one per input loads the extractors' models each time:
  // 2 executions a second), emptied first, so each input starts from no document.
  loupe::Engine* engine = &loupe::fuzz::fresh_engine_once();
  for (const char* id : {"d0", "d1", "d2", "d3"}) engine->remove_document(id);
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
