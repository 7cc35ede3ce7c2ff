#include "envelope/envelope.h"

namespace loupe::envelope {
namespace {

void put_error(core::JsonWriter& w, const core::Status& status) {
  w.key("code").str(core::status_code_name(status.code())).key("message").str(status.message());
}

void close_error(core::JsonWriter& w) {
  w.close('}').key("ok").boolean(false).key("v").num(kVersion).close('}');
}

}  // namespace

void open_ok(core::JsonWriter& w) { w.open('{').key("v").num(kVersion).key("ok").boolean(true); }

void close_sorted_ok(core::JsonWriter& w) {
  w.key("ok").boolean(true).key("v").num(kVersion).close('}');
}

std::string ok_json() {
  core::JsonWriter w;
  open_ok(w);
  return w.close('}').take();
}

std::string error_json(const core::Status& status) {
  core::JsonWriter w;
  w.open('{').key("error").open('{');
  put_error(w, status);
  close_error(w);
  return w.take();
}

std::string query_error_json(const core::Status& status, std::size_t begin_byte,
                             std::size_t begin_u16) {
  core::JsonWriter w;
  w.open('{').key("error").open('{').key("begin_byte").num(begin_byte);
  w.key("begin_u16").num(begin_u16);
  put_error(w, status);
  close_error(w);
  return w.take();
}

void put_offsets(core::JsonWriter& w, core::ByteRange input, core::Utf16Range u16) {
  w.key("begin_byte").num(input.begin_byte).key("end_byte").num(input.end_byte);
  w.key("begin_u16").num(u16.begin_u16).key("end_u16").num(u16.end_u16);
}

}  // namespace loupe::envelope
