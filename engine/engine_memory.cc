// Engine::set_memory_budget (engine.h): a native limit on the heap in use, checked by the same
// estimates as the wasm heap's (room_for, engine_search.cc).
#include <malloc.h>


#include "engine.h"

namespace loupe {

std::size_t Engine::heap_in_use_bytes() {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  const struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
#elif defined(__EMSCRIPTEN__)
  const struct mallinfo m = mallinfo();
  return static_cast<std::size_t>(m.uordblks);
#else
  return 0;
#endif
}

void Engine::set_memory_budget(std::size_t bytes) {
  if (bytes == 0) return set_free_memory_probe({});
  // mallinfo2 walks malloc's arenas: once per refused-or-admitted call, not per allocation.
  set_free_memory_probe([bytes](std::size_t) {
    const std::size_t used = heap_in_use_bytes();
    return used >= bytes ? 0 : bytes - used;
  });
}

}  // namespace loupe
