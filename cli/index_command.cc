// loupe index [--no-text] FILE... -o corpus.loupe: analyzes and indexes each file (id = the path
// as given, name = its file name) and writes the saved index (engine/storage/FORMAT.md).
// --no-text leaves the documents' text out; `loupe search` then re-reads the files by their id.
// --memory-mb N: the heap may hold at most N MiB (Engine::set_memory_budget); a file that would
// pass it is refused with out_of_memory (exit 1), as the wasm engine refuses at its heap's end.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "commands.h"
#include "core/json_writer.h"
#include "engine.h"
#include "envelope/envelope.h"
#include "file_reader.h"

namespace loupe::cli {

int index_command(const Args& args) {
  std::vector<std::string> files;
  std::string output;
  bool with_text = true;
  std::size_t memory_mb = 0;  // no budget
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o" && i + 1 < args.size())
      output = args[++i];
    else if (args[i] == "--no-text")
      with_text = false;
    else if (args[i] == "--memory-mb" && i + 1 < args.size()) {
      const std::string& n = args[++i];
      // At most 7 digits: N << 20 stays far inside size_t.
      if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos || n.size() > 7)
        return 2;
      memory_mb = std::stoul(n);
      if (memory_mb == 0) return 2;
    } else
      files.push_back(args[i]);
  }
  if (files.empty() || output.empty()) return 2;
  auto engine = Engine::create();
  if (!engine.ok()) return fail(engine.status());
  engine.value()->set_memory_budget(memory_mb << 20);
  for (const std::string& f : files) {
    auto bytes = read_file(f);
    if (!bytes.ok()) return fail(bytes.status());
    const core::Status s = engine.value()->add_document(
        f, std::filesystem::path(f).filename().string(), bytes.value());
    if (!s.ok())  // nothing is written: a partial index would drop a file without a trace
      return fail(
          core::Status(s.code(), f + ": " + s.message() + "; " + output + " was not written"));
  }
  const std::vector<std::uint8_t> saved = engine.value()->save_index(with_text);
  std::ofstream out(output, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(saved.data()),
            static_cast<std::streamsize>(saved.size()));
  out.close();
  if (!out) return fail(core::Status(core::StatusCode::kInvalidArgument, "cannot write " + output));
  core::JsonWriter reply;
  envelope::open_ok(reply);
  reply.key("documents").num(files.size()).key("bytes").num(saved.size()).close('}');
  std::printf("%s\n", reply.take().c_str());
  return 0;
}

}  // namespace loupe::cli
