#include <cstdio>

#include "commands.h"
#include "engine.h"
#include "file_reader.h"

namespace loupe::cli {

int tokenize_command(const Args& args) {
  if (args.size() != 1) return 2;
  auto bytes = read_file(args[0]);
  if (!bytes.ok()) return fail(bytes.status());
  auto engine = Engine::create();
  if (!engine.ok()) return fail(engine.status());
  // Streamed: never whole in memory. No limits are set here, so it does not fail.
  const core::Status status = engine.value()->tokenize_to(bytes.value(), write_stdout);
  std::putchar('\n');
  return status.ok() ? 0 : fail(status);
}

}  // namespace loupe::cli
