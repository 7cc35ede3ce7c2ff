// JsonWriter: a small streaming JSON writer for the engine's envelopes. Building an nlohmann tree
// per token/hit cost more than the analysis or search itself (measured: analyze_json 0.78 MB/s
// through nlohmann vs 4.9 MB/s for the analysis alone), so hot envelopes are written directly.
// Strings: invalid UTF-8 becomes U+FFFD, control characters are escaped. Never throws.
// E.g. JsonWriter w; w.open('{').key("a").num(1).key("s").str("x\"y").close('}');
//      w.take() == R"({"a":1,"s":"x\"y"})"
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace loupe::core {

class JsonWriter {
 public:
  JsonWriter& open(char bracket) { return comma(), out_ += bracket, fresh_ = true, *this; }
  JsonWriter& close(char bracket) {
    out_ += bracket, fresh_ = false;
    if (sink_ && out_.size() >= chunk_) flush();
    return *this;
  }
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
  // Streaming: once set, whenever an object or array closes with `chunk` bytes or more held,
  // they go to `sink` and only what follows is kept, so a large envelope never exists whole
  // (the CLI writes analyze and tokenize this way, the wasm bindings into JS strings). flush()
  // hands over the rest; take() then returns "". A reply that would pass `max_bytes` in all
  // stops there: nothing more goes to `sink`, overflowed() turns true (what went is a prefix,
  // for the caller to drop), and the writer keeps at most a chunk.
  void stream_to(std::function<void(std::string_view)> sink, std::size_t chunk = 1 << 16,
                 std::size_t max_bytes = SIZE_MAX) {
    sink_ = std::move(sink), chunk_ = chunk, max_bytes_ = max_bytes;
  }
  void flush() {
    if (!sink_ || out_.empty()) return;
    overflowed_ |= out_.size() > max_bytes_ - streamed_;
    if (!overflowed_) sink_(out_), streamed_ += out_.size();
    out_.clear();
    flushed_ = true;
  }
  bool overflowed() const { return overflowed_; }

 private:
  JsonWriter& quoted(std::string_view s, char after);  // "s" then `after` (0 = nothing)
  void str_escaped(std::string_view s);
  bool started() const { return flushed_ || !out_.empty(); }
  void comma() {
    if (!fresh_ && started()) out_ += ',';
    fresh_ = false;
  }
  std::string out_;
  bool fresh_ = true;
  bool flushed_ = false;  // some text went to sink_
  std::function<void(std::string_view)> sink_;
  std::size_t chunk_ = 0;
  std::size_t max_bytes_ = SIZE_MAX, streamed_ = 0;  // streamed_ <= max_bytes_
  bool overflowed_ = false;
};

}  // namespace loupe::core
