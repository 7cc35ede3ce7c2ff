#include "file_reader.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace loupe::cli {

core::Result<std::string> read_file(const std::string& path) {
  using core::Status, core::StatusCode;
  struct stat st {};
  if (path != "-") {
    if (stat(path.c_str(), &st) != 0) {
      return Status(StatusCode::kInvalidArgument, path + ": " + std::strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) return Status(StatusCode::kInvalidArgument, path + ": is a directory");
  }
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) return Status(StatusCode::kInvalidArgument, path + ": " + std::strerror(errno));
  std::string bytes;
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
  const bool failed = std::ferror(f);
  if (f != stdin) std::fclose(f);
  if (failed) return Status(StatusCode::kInvalidData, path + ": read error");
  return bytes;
}

}  // namespace loupe::cli
