// Engine::entities_json: named entities over several documents at once, so that mentions link
// across documents (extract/entities/). Offsets are bytes and UTF-16 units into each document.
#include <nlohmann/json.hpp>

#include "core/utf16_index.h"
#include "engine.h"
#include "extract/entities/entity_index.h"
#include "prepared_document.h"

namespace loupe {
namespace {

using json = nlohmann::json;
constexpr int kEnvelopeVersion = 1;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

double round2(float x) { return static_cast<double>(static_cast<int>(x * 100 + 0.5f)) / 100; }

}  // namespace

std::string Engine::entities_json(const std::vector<std::pair<std::string, std::string>>& named_texts) {
  // Entities are found in each document's normalized text (a name broken across lines is
  // whole again) and reported in its input bytes and decoded-text UTF-16 units.
  entities::EntityIndex index;
  std::vector<std::unique_ptr<PreparedDocument>> docs;
  for (const auto& [name, text] : named_texts) {
    auto prepared = normalize_document(text);
    if (!prepared.ok()) return error_json(core::Status(prepared.status().code(), name + ": " + prepared.status().message()));
    index.add_document(name, prepared.value()->analyzed.text);
    docs.push_back(std::move(prepared.value()));
  }
  json entities = json::array();
  for (const entities::Entity& e : index.entities()) {
    json docs = json::array(), co = json::array();
    for (std::uint32_t d : e.documents) docs.push_back(index.document_name(d));
    for (const entities::CoOccurrence& c : e.cooccurs)
      co.push_back({{"entity", c.entity}, {"sentences", c.sentences}, {"paragraphs", c.paragraphs}});
    entities.push_back({{"id", e.id},
                        {"canonical", e.canonical},
                        {"type", entities::entity_type_name(e.type)},
                        {"aliases", e.aliases},
                        {"mention_count", e.mention_count},
                        {"documents", std::move(docs)},
                        {"cooccurs", std::move(co)}});
  }
  json mentions = json::array();
  for (const entities::Mention& m : index.mentions()) {
    const PreparedDocument& doc = *docs[m.doc];
    const core::ByteRange b = doc.input_range(m.bytes);
    const core::ByteRange src = doc.source_range(m.bytes);
    const core::Utf16Range r = doc.utf16_range(m.bytes);
    mentions.push_back({{"doc", index.document_name(m.doc)},
                        {"surface", doc.source.substr(src.begin_byte, src.size())},
                        {"type", entities::entity_type_name(m.type)},
                        {"entity", m.entity},
                        {"confidence", round2(m.confidence)},
                        {"begin_byte", b.begin_byte},
                        {"end_byte", b.end_byte},
                        {"begin_u16", r.begin_u16},
                        {"end_u16", r.end_u16}});
  }
  return dump({{"v", kEnvelopeVersion}, {"ok", true}, {"entities", std::move(entities)}, {"mentions", std::move(mentions)}});
}

}  // namespace loupe
