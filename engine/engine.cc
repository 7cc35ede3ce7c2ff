#include "engine.h"

#include <nlohmann/json.hpp>

#include "core/utf16_index.h"

namespace loupe {
namespace {

constexpr int kEnvelopeVersion = 1;

// Never throws: invalid UTF-8 in a string is replaced with U+FFFD on output.
std::string dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

Engine::Engine(std::unique_ptr<segment::WordSegmenter> words) : words_(std::move(words)) {}

core::Result<std::unique_ptr<Engine>> Engine::create() {
  auto words = segment::WordSegmenter::create();
  if (!words.ok()) return words.status();
  return std::unique_ptr<Engine>(new Engine(std::move(words.value())));
}

std::vector<Token> Engine::tokenize(std::string_view utf8) {
  const core::Utf16Index u16(utf8);
  std::vector<Token> tokens;
  for (const segment::WordSpan& span : words_->segment(utf8)) {
    const core::ByteRange& b = span.bytes;
    tokens.push_back({std::string(utf8.substr(b.begin_byte, b.size())), b, u16.to_utf16(b), span.kind});
  }
  return tokens;
}

std::string Engine::tokenize_json(std::string_view utf8) {
  nlohmann::json tokens = nlohmann::json::array();
  for (const Token& t : tokenize(utf8)) {
    tokens.push_back({{"surface", t.surface},
                      {"kind", segment::word_kind_name(t.kind)},
                      {"begin_byte", t.bytes.begin_byte},
                      {"end_byte", t.bytes.end_byte},
                      {"begin_u16", t.u16.begin_u16},
                      {"end_u16", t.u16.end_u16}});
  }
  return dump({{"v", kEnvelopeVersion}, {"ok", true}, {"tokens", std::move(tokens)}});
}

std::string error_json(const core::Status& status) {
  return dump({{"v", kEnvelopeVersion},
               {"ok", false},
               {"error", {{"code", core::status_code_name(status.code())}, {"message", status.message()}}}});
}

}  // namespace loupe
