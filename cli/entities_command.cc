// loupe entities FILE... [--json] [--all]: PERSON / ORG / LOC mentions over all the files at
// once (names link across them), as the JSON envelope of Engine::entities_json. Each file is
// one document named by its path. JSON is the only output format; --json changes nothing.
// --all: every entity, also those the tagger gives less than the default minimum confidence
// (Engine::set_entity_min_confidence(0)).
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
  bool all = false;
  for (const std::string& a : args) {
    if (a == "--json") continue;
    if (a == "--all") {
      all = true;
      continue;
    }
    if (a.rfind("--", 0) == 0) return 2;
    auto bytes = read_file(a);
    if (!bytes.ok()) return fail(bytes.status());
    docs.emplace_back(a, std::move(bytes.value()));
  }
  if (docs.empty()) return 2;
  auto engine = Engine::create();
  if (!engine.ok()) return fail(engine.status());
  if (all) (void)engine.value()->set_entity_min_confidence(0);  // 0 is always accepted
  const Reply reply = engine.value()->entities_reply(docs);
  return print_reply(reply);
}

}  // namespace loupe::cli
