// loupe: the command-line face of the engine. Every command prints the same JSON envelope
// the wasm bindings return, so CLI output, golden files and JS tests share one schema.
#include <cstdio>
#include <string>

#include "commands.h"
#include "engine.h"

namespace loupe::cli {

// Add a subcommand here and in commands.h; its code goes in <name>_command.cc.
constexpr Command kCommands[] = {
    {"tokenize",
     "tokenize FILE        the words of FILE (\"-\" = stdin) with byte and UTF-16 offsets",
     tokenize_command},
    {"analyze",
     "analyze FILE [--json] [--text]  paragraphs (with language), sentences and analyzed tokens",
     analyze_command},
    {"index",
     "index [--no-text] [--memory-mb N] FILE... -o OUT  index the files into a saved search index "
     "OUT",
     index_command},
    {"search", "search INDEX QUERY [--json] [--limit N]  search a saved index, print hits as JSON",
     search_command},
    {"dates", "dates FILE [--ref YYYY-MM-DD] --json  date and time expressions, resolved",
     dates_command},
    {"entities",
     "entities FILE... [--all] --json  people, organizations and places, linked across the files",
     entities_command},
    {"site",
     "site SRC_DIR -o OUT_DIR [--chunk-kb N] [--part K/N] [--memory-mb M]  a chunked static "
     "index of a folder's pages (or of the K-th of N parts of them; in runs of about M/10 MB of "
     "text, merged)",
     site_command},
    {"merge", "merge PART_DIR... -o OUT_DIR [--chunk-kb N]  one site of `loupe site --part` sites",
     merge_command},
    {"site-search",
     "site-search OUT_DIR QUERY [--limit N]  search a `loupe site` index, print hits",
     site_search_command},
};

int fail(const core::Status& status) {
  std::fprintf(stderr, "loupe: %s: %s\n", core::status_code_name(status.code()),
               status.message().c_str());
  std::printf("%s\n", error_json(status).c_str());
  return 1;
}

void write_stdout(std::string_view json) { std::fwrite(json.data(), 1, json.size(), stdout); }

int print_reply(const Reply& reply) {
  if (!reply.json.empty()) std::printf("%s\n", reply.json.c_str());
  if (reply.ok()) return 0;
  std::fprintf(stderr, "loupe: %s: %s\n", core::status_code_name(reply.status.code()),
               reply.status.message().c_str());
  return 1;
}

int usage_error(const Command& command) {
  std::fprintf(stderr, "usage: loupe %s\n", command.usage);
  return 2;
}

static void print_usage(FILE* out) {
  std::fputs("usage:\n", out);
  for (const Command& c : kCommands) std::fprintf(out, "  loupe %s\n", c.usage);
}

}  // namespace loupe::cli

int main(int argc, char** argv) {
  using namespace loupe::cli;
  if (argc < 2) return print_usage(stderr), 2;
  const std::string name = argv[1];
  if (name == "--help" || name == "-h") return print_usage(stdout), 0;
  for (const Command& c : kCommands) {
    if (name == c.name) {
      const int rc = c.run(Args(argv + 2, argv + argc));
      return rc == 2 ? usage_error(c) : rc;
    }
  }
  std::fprintf(stderr, "loupe: unknown command '%s'\n", name.c_str());
  print_usage(stderr);
  return 2;
}
