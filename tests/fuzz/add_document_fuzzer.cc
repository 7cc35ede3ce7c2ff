// add_document on any bytes, then a search for the document's first word: every hit's offsets
// must lie inside the input, or inside the title for a title hit (engine.h: a title passage's
// offsets index its title: the file name, or the text's first line decoded to UTF-8, which a
// legacy charset makes longer than its bytes: regressions/add_document/title-longer-than-input).
#include <algorithm>
#include <cstring>

#include "fuzz_engine.h"

namespace {

// The document leaves when the input is done, whatever the way out: every input starts from an
// engine with no document, as a new engine would.
struct RemoveAfter {
  loupe::Engine* engine;
  ~RemoveAfter() { engine->remove_document("d"); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // One engine for the process, emptied after each input: a new one per input (its word
  // segmenter, then the analyzer its first document makes) was setup, not the input's work.
  loupe::Engine* engine = &loupe::fuzz::fresh_engine_once();
  const RemoveAfter empty_after{engine};
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  constexpr std::string_view kName = "fuzz.txt";
  const std::string added = engine->add_document_json("d", kName, bytes);
  if (added.find("\"ok\":true") == std::string::npos) return 0;
  // The title's JSON ends the reply ("title" is its last key): at least its UTF-8 bytes.
  const std::size_t title = added.find("\"title\":\"");
  const std::size_t title_bytes = title == std::string::npos ? 0 : added.size() - title;
  const std::size_t space = bytes.find_first_of(" \n\t");
  const std::string word(bytes.substr(0, std::min<std::size_t>(space, 32)));
  const loupe::Reply r = engine->search_reply(word + " OR fuzz", "{\"facets\":[\"lang\",\"doc\"]}");
  loupe::fuzz::check_envelope(r.json);
  for (std::size_t at = r.json.find("\"end_byte\":"); at != std::string::npos;
       at = r.json.find("\"end_byte\":", at + 1)) {
    if (std::strtoull(r.json.c_str() + at + 11, nullptr, 10) >
        std::max({size, kName.size(), title_bytes})) {
      std::abort();
    }
  }
  return 0;
}
