// loupe search corpus.loupe QUERY [--json] [--limit N]: loads a saved index and prints the
// search envelope (hits with document, passage, score, snippet and offsets). JSON is the only
// output format; --json is accepted so scripts can say what they expect.
#include <cstdio>

#include "commands.h"
#include "engine.h"
#include "file_reader.h"

namespace loupe::cli {

int search_command(const Args& args) {
  std::vector<std::string> rest;
  std::string options = "{}";
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--json") continue;
    if (args[i] == "--limit" && i + 1 < args.size()) {
      const std::string& n = args[++i];
      if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos || n.size() > 6)
        return 2;
      options = "{\"limit\":" + n + "}";
      continue;
    }
    rest.push_back(args[i]);
  }
  if (rest.size() != 2) return 2;
  auto bytes = read_file(rest[0]);
  if (!bytes.ok()) return fail(bytes.status());
  auto engine = Engine::create();
  if (!engine.ok()) return fail(engine.status());
  // An index saved with --no-text gets its documents' text back from the files (id = path).
  const core::Status loaded = engine.value()->load_index(
      bytes.value(), [](std::string_view id) { return read_file(std::string(id)); });
  if (!loaded.ok()) return fail(core::Status(loaded.code(), rest[0] + ": " + loaded.message()));
  const Reply reply = engine.value()->search_reply(rest[1], options);
  return print_reply(reply);
}

}  // namespace loupe::cli
