#include <cstdio>

#include "commands.h"
#include "engine.h"
#include "file_reader.h"

namespace loupe::cli {

// loupe analyze FILE [--json] [--text]: JSON is the only output form (--json is accepted for
// symmetry with the other commands); --text adds the decoded text to the envelope.
int analyze_command(const Args& args) {
  std::string path;
  bool include_text = false;
  for (const std::string& a : args) {
    if (a == "--json") continue;
    if (a == "--text")
      include_text = true;
    else if (path.empty())
      path = a;
    else
      return 2;
  }
  if (path.empty()) return 2;
  auto bytes = read_file(path);
  if (!bytes.ok()) return fail(bytes.status());
  auto engine = Engine::create();
  if (!engine.ok()) return fail(engine.status());
  // Streamed to stdout as it is written: the envelope of a large file never exists whole.
  const core::Status status = engine.value()->analyze_to(bytes.value(), include_text, write_stdout);
  std::putchar('\n');
  return print_reply({status, ""});
}

}  // namespace loupe::cli
