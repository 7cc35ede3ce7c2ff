// loupe dates FILE [--ref YYYY-MM-DD] [--json]: the date and time expressions of FILE ("-" =
// stdin) as the JSON envelope of Engine::dates_json. JSON is the only output format, so
// --json is accepted for symmetry and changes nothing.
#include <cstdio>

#include "commands.h"
#include "engine.h"
#include "file_reader.h"

namespace loupe::cli {

int dates_command(const Args& args) {
  std::string file, ref;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--ref" && i + 1 < args.size())
      ref = args[++i];
    else if (args[i] == "--json")
      continue;
    else if (file.empty() && (args[i] == "-" || args[i].rfind("--", 0) != 0))
      file = args[i];
    else
      return 2;
  }
  if (file.empty()) return 2;
  auto bytes = read_file(file);
  if (!bytes.ok()) return fail(bytes.status());
  auto engine = Engine::create();
  if (!engine.ok()) return fail(engine.status());
  const Reply reply = engine.value()->dates_reply(bytes.value(), ref);
  return print_reply(reply);
}

}  // namespace loupe::cli
