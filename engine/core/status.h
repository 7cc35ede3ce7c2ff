// Status and Result<T>: the engine's error values. The engine never throws (it is built with
// -fno-exceptions); every fallible call returns one of these and the caller must look at it.
// E.g. Result<int> r = parse(x); if (!r.ok()) return r.status();
#pragma once
#include <optional>
#include <string>
#include <utility>

namespace loupe::core {

enum class StatusCode {
  kOk,
  kInvalidArgument,
  kInvalidData,
  kInternal,
  kOutOfRange,
  kOutOfMemory,  // refused before allocating: the work would not fit (Engine::add_document)
};

const char* status_code_name(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status ok_status() { return Status(); }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design, like absl::StatusOr
  Result(Status status) : status_(std::move(status)) {
    if (status_.ok()) status_ = Status(StatusCode::kInternal, "Result built from an ok Status");
  }
  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // Callers check ok() first; on error these return a default-constructed T (never abort).
  T& value() {
    if (!value_) value_.emplace();
    return *value_;
  }
  const T& value() const {
    static const T kEmpty{};
    return value_ ? *value_ : kEmpty;
  }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace loupe::core
