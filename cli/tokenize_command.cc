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
  std::printf("%s\n", engine.value()->tokenize_json(bytes.value()).c_str());
  return 0;
}

}  // namespace loupe::cli
