// loupe entities FILE... [--json]: PERSON / ORG / LOC mentions over all the files at once
// (names link across them), as the JSON envelope of Engine::entities_json. Each file is one
// document named by its path. JSON is the only output format; --json changes nothing.
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "commands.h"
#include "engine.h"
#include "file_reader.h"

namespace loupe::cli {

int entities_command(const Args& args) {
  std::vector<std::pair<std::string, std::string>> docs;
  for (const std::string& a : args) {
    if (a == "--json") continue;
    if (a.rfind("--", 0) == 0) return 2;
    auto bytes = read_file(a);
    if (!bytes.ok()) return fail(bytes.status());
    docs.emplace_back(a, std::move(bytes.value()));
  }
  if (docs.empty()) return 2;
  auto engine = Engine::create();
  if (!engine.ok()) return fail(engine.status());
  const Reply reply = engine.value()->entities_reply(docs);
  return print_reply(reply);
}

}  // namespace loupe::cli
