// Engine: the facade every caller uses (CLI, wasm bindings, tests). It owns the analysis
// objects and answers in plain structs or in the versioned JSON envelope that crosses to JS:
//   {"v":1,"ok":true,...}  or  {"v":1,"ok":false,"error":{"code":"...","message":"..."}}
// Offsets: bytes into the UTF-8 input and UTF-16 code units into the same text in JavaScript.
// E.g. Engine::create().value()->tokenize_json("Привет, 세계") ->
//   {"v":1,"ok":true,"tokens":[{"surface":"Привет","kind":"letter","begin_byte":0,
//    "end_byte":12,"begin_u16":0,"end_u16":6},{"surface":"세계",...,"begin_u16":8,"end_u16":10}]}
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "core/status.h"
#include "segment/word_segmenter.h"

namespace loupe {

struct Token {
  std::string surface;  // the original bytes at `bytes`
  core::ByteRange bytes;
  core::Utf16Range u16;
  segment::WordKind kind;
};

class Engine {
 public:
  static core::Result<std::unique_ptr<Engine>> create();

  std::vector<Token> tokenize(std::string_view utf8);
  std::string tokenize_json(std::string_view utf8);

 private:
  explicit Engine(std::unique_ptr<segment::WordSegmenter> words);
  std::unique_ptr<segment::WordSegmenter> words_;
};

// The error envelope, for failures that happen before an Engine exists.
std::string error_json(const core::Status& status);

}  // namespace loupe
