#include "core/status.h"

namespace loupe::core {

const char* status_code_name(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid_argument";
    case StatusCode::kInvalidData:
      return "invalid_data";
    case StatusCode::kInternal:
      return "internal";
    case StatusCode::kOutOfRange:
      return "out_of_range";
    case StatusCode::kOutOfMemory:
      return "out_of_memory";
  }
  return "unknown";
}

}  // namespace loupe::core
