// JsonWriter: a small streaming JSON writer for the engine's envelopes. Building an nlohmann tree
// per token/hit cost more than the analysis or search itself (measured: analyze_json 0.78 MB/s
// through nlohmann vs 4.9 MB/s for the analysis alone), so hot envelopes are written directly.
// Strings: invalid UTF-8 becomes U+FFFD, control characters are escaped. Never throws.
// E.g. JsonWriter w; w.open('{').key("a").num(1).key("s").str("x\"y").close('}');
//      w.take() == R"({"a":1,"s":"x\"y"})"
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace loupe::core {

class JsonWriter {
 public:
  JsonWriter& open(char bracket) { return comma(), out_ += bracket, fresh_ = true, *this; }
  JsonWriter& close(char bracket) { return out_ += bracket, fresh_ = false, *this; }
  JsonWriter& key(std::string_view k) { return quoted(k, ':'); }
  JsonWriter& num(std::uint64_t v);
  JsonWriter& real(double v);  // printf's %.6g, exactly; NaN/inf as 0
  JsonWriter& boolean(bool v) { return lit(v ? "true" : "false"); }
  JsonWriter& lit(std::string_view raw) {
    return comma(), out_.append(raw), *this;
  }  // trusted JSON
  JsonWriter& str(std::string_view s) { return quoted(s, 0); }
  std::string take() { return std::move(out_); }
  void reserve(std::size_t bytes) { out_.reserve(bytes); }

 private:
  JsonWriter& quoted(std::string_view s, char after);  // "s" then `after` (0 = nothing)
  void str_escaped(std::string_view s);
  void comma() {
    if (!fresh_ && !out_.empty()) out_ += ',';
    fresh_ = false;
  }
  std::string out_;
  bool fresh_ = true;
};

}  // namespace loupe::core
