// Co-occurrence: for each entity, the other entities named in the same sentences and the same
// paragraphs, counted, the 20 most frequent kept (Entity::cooccurs), for the app's "often
// named with" list.
// E.g. "Putin met Lavrov." -> Putin's cooccurs {Lavrov: 1 sentence, 1 paragraph}, and back.
#pragma once
#include <cstdint>
#include <vector>

#include "extract/entities/entity_index.h"
#include "extract/entities/link_record.h"

namespace loupe::entities {

// Fills entities[e].cooccurs; recs[i] is a mention of entity entity_of[i] (none: kNoEntity).
void count_cooccurrences(const std::vector<LinkRecord>& recs,
                         const std::vector<std::uint32_t>& entity_of,
                         std::vector<Entity>& entities);

}  // namespace loupe::entities
