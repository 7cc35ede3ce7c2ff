// The entities envelope ({"entities":[...],"mentions":[...],"ok":true,"v":1}, engine.h) written
// from linking results, for both ways to ask: Engine::entities_json over texts the caller gives,
// and Engine::index_entities_json over the indexed documents (search/search_annotations.cc),
// which reuses the linking the entity: filter already ran.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "core/utf16_index.h"
#include "extract/entities/entity_index.h"

namespace loupe::envelope {

// Where one mention is in the caller's terms: its input bytes, its UTF-16 range, its surface.
struct MentionPlace {
  core::ByteRange input;
  core::Utf16Range u16;
  std::string_view surface;
};

// doc_names: by the linking's document number. place(m) is asked once per mention, in order.
std::string entities_envelope(const std::vector<entities::Entity>& found,
                              const std::vector<entities::Mention>& mentions,
                              const std::vector<std::string>& doc_names,
                              const std::function<MentionPlace(const entities::Mention&)>& place);

}  // namespace loupe::envelope
