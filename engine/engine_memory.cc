// Engine::set_memory_budget (engine.h): a native limit on the heap in use, checked by the same
// estimates as the wasm heap's (room_for, engine_search.cc).
#include <malloc.h>

#include "engine.h"

// Under AddressSanitizer malloc is the sanitizer's, and glibc's mallinfo2 reads zeros: the
// sanitizer's own count is the heap in use.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LOUPE_ASAN_HEAP 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define LOUPE_ASAN_HEAP 1
#endif
#if defined(LOUPE_ASAN_HEAP)
#include <sanitizer/allocator_interface.h>
#endif

namespace loupe {

std::size_t Engine::heap_in_use_bytes() {
#if defined(LOUPE_ASAN_HEAP)
  return __sanitizer_get_current_allocated_bytes();
#elif defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
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
