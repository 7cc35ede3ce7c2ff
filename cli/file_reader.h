// read_file: the whole file as bytes, or a clear error (missing, a directory, unreadable).
// "-" reads standard input. Bytes are returned untouched; decoding is the engine's job.
#pragma once
#include <string>

#include "core/status.h"

namespace loupe::cli {

core::Result<std::string> read_file(const std::string& path);

}  // namespace loupe::cli
