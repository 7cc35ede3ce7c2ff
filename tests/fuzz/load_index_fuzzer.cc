// load_index on any bytes (a saved index, storage/FORMAT.md), with and without sources. Byte 0
// even: the rest is the index. Odd: bytes 1-2 give a length n (little endian), the next n bytes
// are the text every source lookup answers, the rest is the index. A loaded index must answer
// a search and save again.
#include "fuzz_engine.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  if (rest.empty()) return 0;
  const bool with_sources = data[0] % 2 == 1;
  std::string source;
  rest.remove_prefix(1);
  if (with_sources) {
    if (rest.size() < 2) return 0;
    const std::size_t n = std::min<std::size_t>(data[1] | data[2] << 8, rest.size() - 2);
    source = std::string(rest.substr(2, n));
    rest.remove_prefix(2 + n);
  }
  auto engine = loupe::fuzz::new_engine();
  const loupe::core::Status s =
      with_sources ? engine->load_index(rest,
                                        [&source](std::string_view) {
                                          return loupe::core::Result<std::string>(source);
                                        })
                   : engine->load_index(rest);
  if (!s.ok()) return 0;
  loupe::fuzz::check_envelope(engine->search_json("a OR the OR 라브로프 OR мир", "{}"));
  loupe::fuzz::check_envelope(engine->index_stats_json());
  (void)engine->save_index(!with_sources);
  return 0;
}
