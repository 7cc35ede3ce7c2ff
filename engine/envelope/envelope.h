// The versioned JSON envelope every answer crosses to JavaScript (and the CLI prints) in:
//   {"v":1,"ok":true,...}  or  {"error":{"code":"...","message":"..."},"ok":false,"v":1}
// All of it is written with core::JsonWriter (an nlohmann tree per hit or mention cost more than
// the work itself; nlohmann only parses search options). Key order is part of version 1 as
// shipped: envelopes first written with nlohmann keep its sorted keys (error, tokens, entities,
// add/stats), the others lead with "v" and "ok". Offsets are always the four members
// "begin_byte","end_byte" (bytes of the original input) and "begin_u16","end_u16" (UTF-16 units
// of the decoded text), ARCHITECTURE.md says more.
#pragma once
#include <cstddef>
#include <string>

#include "core/byte_range.h"
#include "core/json_writer.h"
#include "core/status.h"

namespace loupe::envelope {

inline constexpr int kVersion = 1;

// Starts an answer: {"v":1,"ok":true  (the caller adds its members and the closing brace).
void open_ok(core::JsonWriter& w);
// Ends an answer whose keys are sorted: ,"ok":true,"v":1}
void close_sorted_ok(core::JsonWriter& w);
// {"v":1,"ok":true}: an answer with nothing more to say.
std::string ok_json();
// {"error":{"code":"invalid_data","message":"..."},"ok":false,"v":1}
std::string error_json(const core::Status& status);
// A malformed query: the error envelope with where it is malformed (bytes, UTF-16 units of the
// query), {"error":{"begin_byte","begin_u16","code","message"},"ok":false,"v":1}.
std::string query_error_json(const core::Status& status, std::size_t begin_byte,
                             std::size_t begin_u16);
// "begin_byte","end_byte","begin_u16","end_u16", in that order.
void put_offsets(core::JsonWriter& w, core::ByteRange input, core::Utf16Range u16);

}  // namespace loupe::envelope
