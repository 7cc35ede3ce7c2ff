// The subcommands of `loupe`. Each takes its own arguments (after the command name), prints
// the engine's JSON envelope on stdout, and returns the process exit code:
// 0 ok, 1 the input could not be processed (message on stderr too), 2 bad usage.
#pragma once
#include <string>
#include <vector>

#include "core/status.h"
#include "engine.h"

namespace loupe::cli {

using Args = std::vector<std::string>;

struct Command {
  const char* name;
  const char* usage;  // one line: "tokenize FILE   what it prints"
  int (*run)(const Args& args);
};

// Prints the error envelope on stdout and "loupe: CODE: message" on stderr; returns 1.
int fail(const core::Status& status);
// Prints the envelope on stdout (unless its json is empty: already streamed) and, for an error
// envelope, its message on stderr as fail() does; returns 0 or 1.
int print_reply(const Reply& reply);
// A JSON sink (Engine::JsonSink) onto stdout.
void write_stdout(std::string_view json);
// Prints the command's usage line on stderr; returns 2.
int usage_error(const Command& command);

int tokenize_command(const Args& args);
int analyze_command(const Args& args);
int index_command(const Args& args);
int search_command(const Args& args);
int dates_command(const Args& args);
int entities_command(const Args& args);
int site_command(const Args& args);
int site_search_command(const Args& args);
int merge_command(const Args& args);

}  // namespace loupe::cli
