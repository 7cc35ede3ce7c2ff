// loupe: the command-line face of the engine. Every command prints the same JSON envelope
// the wasm bindings return, so CLI output, golden files and JS tests share one schema.
#include <cstdio>
#include <string>
#include <vector>

#include "engine.h"
#include "file_reader.h"

namespace {

constexpr const char* kUsage =
    "usage: loupe tokenize FILE     print the words of FILE (\"-\" = stdin) as JSON\n"
    "       loupe --help\n";

int fail(const loupe::core::Status& status) {
  std::fprintf(stderr, "loupe: %s\n", status.message().c_str());
  std::printf("%s\n", loupe::error_json(status).c_str());
  return 1;
}

int tokenize(const std::string& path) {
  auto bytes = loupe::cli::read_file(path);
  if (!bytes.ok()) return fail(bytes.status());
  auto engine = loupe::Engine::create();
  if (!engine.ok()) return fail(engine.status());
  std::printf("%s\n", engine.value()->tokenize_json(bytes.value()).c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (args.size() == 2 && args[0] == "tokenize") return tokenize(args[1]);
  std::fputs(kUsage, stderr);
  return 2;
}
