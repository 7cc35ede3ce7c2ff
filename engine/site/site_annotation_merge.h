// The annotations of sites of disjoint documents (`loupe site --part`) as one site's, for
// merge_sites (site_merge.h): passages renumbered after the parts before; dates as they are
// (extracted per document: the same as one run's); entities joined by their key (type and
// lookup key of the canonical name, SiteEntity::key), ids numbered in order of first
// appearance over the parts, each joined entity the first part's canonical name with every
// part's names, keys and passages (AnnotationJoiner; annotate_site joins its batches of
// documents so under a memory setting). Linking runs per part, so two spellings one run would link
// as one entity (Putin in one part, 푸틴 in another) stay two entities here; an entity: filter
// still finds both when the name's keys reach both, as resolve_entity's steps do.
// E.g. merge_annotations({{&fetch0, "part 0", m0.annotations_file, m0.passages, 0}, ...},
//                        32768, sink, manifest, bytes).
#pragma once
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "site/site_annotations.h"
#include "site/site_reader.h"
#include "site/site_writer.h"

namespace loupe::site {

struct AnnotatedPart {
  const Fetch* fetch = nullptr;
  std::string label;  // "part N", for errors
  std::string file;   // its manifest's annotations file ("": none)
  std::uint32_t passages = 0, first_passage = 0;
  std::uint32_t documents = 0, first_doc = 0;
};

// Annotations of disjoint documents joined as merge_annotations joins parts: each added one's
// passages moved by its first passage, their records' documents by its first document, its entities
// joined with an earlier one's of the same key (SiteEntity::key; within one added, entities of the
// same key stay apart), dates appended, words kept once. annotate_site joins its batches of
// documents so, merge_annotations parts.
class AnnotationJoiner {
 public:
  void add(SiteAnnotations part, std::uint32_t first_passage, std::uint32_t first_doc);
  SiteAnnotations take() { return std::move(joined_); }

 private:
  SiteAnnotations joined_;
  std::unordered_map<std::string, std::uint32_t> by_key_;
  std::set<std::string> words_;
};

// Every page of one site's annotations, as write_annotations was given them (up to the order
// of each entity's keys). `fetch` gives a file's checked payload.
core::Result<SiteAnnotations> read_annotations(const AnnotationReader::FetchPayload& fetch,
                                               const std::string& file, std::uint32_t passages,
                                               std::uint32_t documents);

// Writes nothing, and leaves the manifest without annotations, when no part has any.
core::Status merge_annotations(const std::vector<AnnotatedPart>& parts, std::size_t page_bytes,
                               const FileSink& sink, Manifest& manifest, std::size_t& bytes);

}  // namespace loupe::site
