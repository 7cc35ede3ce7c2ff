// EntityIndex: entities over a corpus. Add documents, then read mentions and entities; the
// extraction runs over all documents together so that names link across documents and
// scripts: 푸틴 = Putin = Путин, 나토 = NATO = OTAN = НАТО.
// Method (details and limits in README.md):
//  1. corpus statistics (which words the corpus writes in lower case);
//  2. first pass per document: mentions found by cues (MentionFinder);
//  3. second pass: other occurrences of the names found in step 2 (a Korean name seen once
//     with its title is found again without it; a lone "Putin" becomes PERSON);
//  4. linking (entity_linking.h): same gazetteer/alias entry; same lookup key and type
//     (Cyrillic case forms share a stem); a surname alone joins a full name when exactly one
//     fits; organizations by their translated words and proper part; across scripts, PERSON
//     surnames and LOC names whose romanized skeletons are equal and spellings close. Two
//     gazetteer entries never share an entity.
// E.g. index.add_document("a", "Putin met Lavrov."); index.add_document("b", "푸틴 대통령은");
//      index.entities() -> one PERSON "Putin" with aliases {"Putin", "푸틴"}, documents {0, 1}.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "extract/entities/entity_linking.h"
#include "extract/entities/lexicon.h"
#include "extract/entities/mention_finder.h"

namespace loupe::entities {

struct Mention {
  std::uint32_t doc = 0;
  core::ByteRange bytes;  // the name only: no title, no particle
  // The type its context gives: the entity's, except a place the tagger typed ORG in this
  // sentence (a country acting as an agent), which keeps ORG while its entity stays LOC.
  EntityType type = EntityType::kPerson;
  std::uint32_t entity = 0;
  float confidence = 0;
};

// A mention given from outside (a gold file), linked as it is: the grouping is then measured
// without the finder's errors.
struct GivenMention {
  core::ByteRange bytes;
  EntityType type = EntityType::kPerson;
};

struct CoOccurrence {
  std::uint32_t entity = 0;
  std::uint32_t sentences = 0;   // sentences where both are mentioned
  std::uint32_t paragraphs = 0;  // paragraphs where both are mentioned
};

struct Entity {
  std::uint32_t id = 0;
  std::string canonical;
  EntityType type = EntityType::kPerson;  // canonical: the lexicon's, else the mentions' vote
  std::vector<std::string> aliases;       // distinct surfaces, most frequent first
  std::uint32_t mention_count = 0;
  std::vector<std::uint32_t> documents;
  std::vector<CoOccurrence> cooccurs;  // most frequent first, at most 20
};

// The confidence below which an entity is left out (entity_confidence.cc): F1-optimal for the
// calibrated Latin and Cyrillic taggers.
inline constexpr float kDefaultMinConfidence = 0.4f;
// A record's entity where its group is not reported.
inline constexpr std::uint32_t kNoEntity = UINT32_MAX;

// Per record of `recs` (grouped by `groups`), whether its group is reported: some mention of it
// has a confidence of at least `min_confidence`, is a name the lexicon lists, or lies in a
// paragraph of `scans` holding Hangul (entity_confidence.cc). All kept when min_confidence <= 0.
std::vector<bool> confident_groups(const std::vector<LinkRecord>& recs, UnionFind& groups,
                                   const std::vector<ScannedText>& scans, float min_confidence);

// The mentions [begin, end) of one document `text`, in offset order: a list of names (joined
// by commas, conjunctions, middle dots) gives its members the type of more than half of them,
// when at least three have it, except a member whose entity (`entities[m.entity]`) the lexicon
// lists (`listed[m.entity]`) with another type (list_types.cc).
void list_mention_types(std::string_view text, const std::vector<Entity>& entities,
                        const std::vector<bool>& listed, Mention* begin, Mention* end);

// Drops what this thread keeps across calls for speed (the texts scanned and tagged, the
// per-word tables): asked when memory is short. Results stay the same; the next call on a kept
// text is as slow as on a new one.
void release_kept_memory();

class EntityIndex {
 public:
  EntityIndex();
  ~EntityIndex();
  EntityIndex(const EntityIndex&) = delete;
  EntityIndex& operator=(const EntityIndex&) = delete;

  // Returns the document's number. The text is copied.
  std::uint32_t add_document(std::string name, std::string utf8);

  // Links these mentions of `doc` instead of finding any (in every document, once called):
  // the evaluation of the grouping alone. Ranges must lie inside the document's text.
  void set_given_mentions(std::uint32_t doc, std::vector<GivenMention> mentions);

  // Entities whose every mention reads below this confidence are left out (confident_groups;
  // default kDefaultMinConfidence; 0: every entity, as the app lists them behind its own
  // quality default). Given mentions are all kept.
  void set_min_confidence(float c) {
    min_confidence_ = c;
    built_ = false;
  }

  // Results over every document added so far (recomputed after an add).
  const std::vector<Mention>& mentions();
  const std::vector<Entity>& entities();

  const std::string& document_name(std::uint32_t doc) const { return docs_[doc].name; }
  std::string_view document_text(std::uint32_t doc) const { return docs_[doc].text; }
  std::string_view surface(const Mention& m) const {
    return document_text(m.doc).substr(m.bytes.begin_byte, m.bytes.size());
  }

 private:
  struct Doc {
    std::string name;
    std::string text;
    std::vector<GivenMention> given;
  };
  // build(): scan, find (or take the given mentions), link, then entities and co-occurrence.
  void build();
  std::vector<std::vector<Candidate>> given_candidates(const std::vector<ScannedText>& scans);
  std::vector<std::vector<Candidate>> find_candidates(const std::vector<ScannedText>& scans,
                                                      const CaseStats& stats);
  using Display = std::function<std::string(std::size_t doc, const Candidate&)>;
  ForeignNames foreign_names(const std::vector<std::vector<Candidate>>& found,
                             const Display& display);
  void split_korean_pairs(std::vector<std::vector<Candidate>>& found, const Display& display,
                          const ForeignNames& foreign);
  KnownNames known_names(const std::vector<std::vector<Candidate>>& found, const Display& display);
  std::vector<std::uint32_t> make_entities(const std::vector<LinkRecord>& recs, UnionFind& groups,
                                           const std::vector<bool>& kept);
  Entity make_entity(std::uint32_t id, const std::vector<LinkRecord>& recs,
                     const std::vector<std::size_t>& members) const;

  std::vector<Doc> docs_;
  bool use_given_ = false;
  float min_confidence_ = kDefaultMinConfidence;
  NameKeyer* keyer_;        // one per thread, kept across calls: its memos (ICU transliteration,
                            // stemming) stay warm
  const Lexicon* lexicon_;  // built once per process and shared: it is immutable
  bool built_ = false;
  std::vector<Mention> mentions_;
  std::vector<Entity> entities_;
};

}  // namespace loupe::entities
