// add_document on any bytes, then a search for the document's first word: every hit's offsets
// must lie inside the input, or inside the title for a title hit (engine.h: a title passage's
// offsets index its title, here at most the file name).
#include <algorithm>
#include <cstring>

#include "fuzz_engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto engine = loupe::fuzz::new_engine();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  constexpr std::string_view kName = "fuzz.txt";
  if (!engine->add_document("d", kName, bytes).ok()) return 0;
  const std::size_t space = bytes.find_first_of(" \n\t");
  const std::string word(bytes.substr(0, std::min<std::size_t>(space, 32)));
  const loupe::Reply r = engine->search_reply(word + " OR fuzz", "{\"facets\":[\"lang\",\"doc\"]}");
  loupe::fuzz::check_envelope(r.json);
  for (std::size_t at = r.json.find("\"end_byte\":"); at != std::string::npos;
       at = r.json.find("\"end_byte\":", at + 1)) {
    if (std::strtoull(r.json.c_str() + at + 11, nullptr, 10) > std::max(size, kName.size())) {
      std::abort();
    }
  }
  return 0;
}
