// The entities envelope, written with core::JsonWriter, keys in the order nlohmann::json printed
// them (sorted), so that the output parses to what it was: building an nlohmann tree cost as much
// as the extraction itself (callgrind: 69M of 168M instructions per call on the corpus).
#include "envelope/entities_envelope.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include "core/json_writer.h"
#include "envelope/envelope.h"

namespace loupe::envelope {
namespace {

double round2(float x) { return static_cast<double>(static_cast<int>(x * 100 + 0.5f)) / 100; }

// Each entity's mean and highest mention confidence, from the confidences as the mentions print
// them (two decimals), so that a caller given no mentions can still tell a name read once with
// doubt from a well-attested one (the app's quality default, web/src/app/entity-quality.js).
struct Confidence {
  double sum = 0, max = 0;
  std::uint32_t n = 0;
  double mean() const { return n ? std::round(sum / n * 1000) / 1000 : 0; }
};
std::vector<Confidence> confidences(const std::vector<entities::Entity>& found,
                                    const std::vector<entities::Mention>& mentions) {
  std::size_t ids = 0;
  for (const entities::Entity& e : found) ids = std::max<std::size_t>(ids, e.id + 1);
  std::vector<Confidence> out(ids);
  for (const entities::Mention& m : mentions) {
    if (m.entity >= ids) continue;
    Confidence& c = out[m.entity];
    const double x = round2(std::clamp(m.confidence, 0.f, 1.f));
    c.sum += x, c.max = std::max(c.max, x), c.n++;
  }
  return out;
}

// JSON text of a confidence, printed once per distinct value: snprintf per mention was 1/40 of
// the call (callgrind), and a corpus has a handful of distinct confidences.
class ConfidenceText {
 public:
  std::string_view of(float x) {
    const int hundredths = std::clamp(static_cast<int>(x * 100 + 0.5f), 0, 100);
    std::string& s = text_[hundredths];
    if (s.empty()) s = core::JsonWriter().real(round2(x)).take();
    return s;
  }

 private:
  std::array<std::string, 101> text_;
};

// A string already written as JSON ("\"PERSON\"", a document name): written once, copied per
// mention.
std::string json_string(std::string_view s) { return core::JsonWriter().str(s).take(); }

}  // namespace

std::string entities_envelope(const std::vector<entities::Entity>& found,
                              const std::vector<entities::Mention>& mentions,
                              const std::vector<std::string>& names,
                              const std::function<MentionPlace(const entities::Mention&)>& place) {
  std::vector<std::string> doc_names;
  for (const std::string& n : names) doc_names.push_back(json_string(n));
  const std::string type_names[] = {
      json_string(entities::entity_type_name(entities::EntityType::kPerson)),
      json_string(entities::entity_type_name(entities::EntityType::kOrg)),
      json_string(entities::entity_type_name(entities::EntityType::kLoc))};
  ConfidenceText confidence;
  const std::vector<Confidence> per_entity = confidences(found, mentions);
  core::JsonWriter w;
  w.open('{').key("entities").open('[');
  for (const entities::Entity& e : found) {
    w.open('{').key("aliases").open('[');
    for (const std::string& a : e.aliases) w.str(a);
    const Confidence& c = per_entity[e.id];
    w.close(']').key("canonical").str(e.canonical);
    w.key("confidence_max").real(c.max).key("confidence_mean").real(c.mean());
    w.key("cooccurs").open('[');
    for (const entities::CoOccurrence& c : e.cooccurs)
      w.open('{')
          .key("entity")
          .num(c.entity)
          .key("paragraphs")
          .num(c.paragraphs)
          .key("sentences")
          .num(c.sentences)
          .close('}');
    w.close(']').key("documents").open('[');
    for (std::uint32_t d : e.documents) w.lit(doc_names[d]);
    w.close(']').key("id").num(e.id).key("mention_count").num(e.mention_count);
    w.key("type").lit(type_names[static_cast<int>(e.type)]).close('}');
  }
  w.close(']').key("mentions").open('[');
  std::string object;
  for (const entities::Mention& m : mentions) {
    const MentionPlace at = place(m);
    // One literal per mention, keys written as text: escaping the nine keys of every mention
    // through JsonWriter::key was a tenth of the envelope's cost. Same bytes as key()/num().
    object.assign("{\"begin_byte\":").append(std::to_string(at.input.begin_byte));
    object.append(",\"begin_u16\":").append(std::to_string(at.u16.begin_u16));
    object.append(",\"confidence\":").append(confidence.of(m.confidence));
    object.append(",\"doc\":").append(doc_names[m.doc]);
    object.append(",\"end_byte\":").append(std::to_string(at.input.end_byte));
    object.append(",\"end_u16\":").append(std::to_string(at.u16.end_u16));
    object.append(",\"entity\":").append(std::to_string(m.entity));
    object.append(",\"surface\":").append(json_string(at.surface));
    object.append(",\"type\":").append(type_names[static_cast<int>(m.type)]).push_back('}');
    w.lit(object);
  }
  w.close(']');
  close_sorted_ok(w);
  return w.take();
}

}  // namespace loupe::envelope
