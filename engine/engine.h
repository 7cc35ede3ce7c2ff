// Engine: the facade every caller uses (CLI, wasm bindings, tests). It owns the analysis
// objects and answers in plain structs or in the versioned JSON envelope that crosses to JS
// (envelope/envelope.h): {"v":1,"ok":true,...}  or  {"error":{"code","message"},"ok":false,"v":1}
// Offsets: bytes into the UTF-8 input and UTF-16 code units into the same text in JavaScript.
// E.g. Engine::create().value()->tokenize_json("Привет, 세계") ->
//   {"v":1,"ok":true,"tokens":[{"surface":"Привет","kind":"letter","begin_byte":0,
//    "end_byte":12,"begin_u16":0,"end_u16":6},{"surface":"세계",...,"begin_u16":8,"end_u16":10}]}
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "core/status.h"
#include "segment/word_segmenter.h"

namespace loupe::analysis {
class TextAnalyzer;
}
namespace loupe::dates {
class DateExtractor;
}
namespace loupe::search {
class SearchCorpus;
}
namespace loupe::document {
struct PreparedDocument;
}

namespace loupe {

// An envelope together with its outcome, for callers that act on it (the CLI's exit code):
// status is ok exactly when json is {"v":1,"ok":true,...}.
struct Reply {
  core::Status status;
  std::string json;
  bool ok() const { return status.ok(); }
};

// One document of search_top_docs: its best passage's score, as search ranks it.
struct TopDoc {
  std::string_view id;  // the document's id; valid until the documents next change
  std::uint32_t doc;    // its number in the index (stable until the documents next change)
  double score;
};
struct TopDocs {
  core::Status status;               // kInvalidArgument for a malformed query
  std::size_t error_begin_byte = 0;  // where the query is malformed (bytes, UTF-16 units)
  std::size_t error_begin_u16 = 0;
  std::vector<TopDoc> docs;  // best first
};

struct Token {
  std::string surface;  // the original bytes at `bytes`
  core::ByteRange bytes;
  core::Utf16Range u16;
  segment::WordKind kind;
};

class Engine {
 public:
  static core::Result<std::unique_ptr<Engine>> create();
  ~Engine();

  std::vector<Token> tokenize(std::string_view utf8);
  std::string tokenize_json(std::string_view utf8);

  // The whole front of the pipeline on one input (document/prepared_document.h): decoding,
  // normalization with PDF repairs, paragraphs with language, sentences and analyzed tokens.
  //   {"v":1,"ok":true,"encoding","bom","invalid_sequences",["text":decoded text,]
  //    "paragraphs":[{"lang","confidence",offsets}],"sentences":[{"paragraph",offsets}],
  //    "tokens":[{"surface","term","position",offsets,"repairs":[kind...]}],
  //    "repairs":[{"kind",offsets}],"removed":[{offsets}]}
  // offsets = "begin_byte","end_byte" (into the input bytes), "begin_u16","end_u16" (into the
  // decoded text). Binary junk is an error envelope (invalid_data).
  Reply analyze_reply(std::string_view input, bool include_text = false);
  std::string analyze_json(std::string_view input, bool include_text = false);
  // tokenize_json and analyze_reply written in pieces to `sink` as they are made (the CLI's
  // stdout, the wasm bindings' JS strings): the envelope never exists whole, so peak memory is
  // the analysis, not its JSON. Input that would not fit in the memory left (the probe of
  // set_free_memory_probe; kTokenizeBytesPerInputByte, kAnalyzeBytesPerInputByte) is refused
  // before any work: kOutOfMemory, its error envelope written to `sink`. A reply that would pass
  // max_reply_bytes (a JS string's limit) stops there: kOutOfMemory, and what `sink` got is an
  // incomplete prefix, for the caller to drop.
  using JsonSink = std::function<void(std::string_view)>;
  core::Status tokenize_to(std::string_view utf8, const JsonSink& sink,
                           std::size_t max_reply_bytes = SIZE_MAX);
  core::Status analyze_to(std::string_view input, bool include_text, const JsonSink& sink,
                          std::size_t max_reply_bytes = SIZE_MAX);

  // Full-text search over the documents added (search/search_corpus.h). A document is the bytes
  // of a file or a JS string's UTF-8, taken through the front of the pipeline (decoded from any
  // supported encoding, normalized with PDF repairs, analyzed; binary junk is an invalid_data
  // error). Ids are stable; adding an existing id replaces that document. search_json answers
  //   {"v":1,"ok":true,"total":N,"total_docs":D,"hits":[{"doc","name","passage","field","lang",
  //    "score","snippet","snippet_begin_u16","snippet_end_u16","highlights":[{"begin_byte",
  //    "end_byte","begin_u16","end_u16","in_snippet_begin_u16","in_snippet_end_u16"}],
  //    "begin_byte","end_byte","begin_u16","end_u16"}],"facets":{"lang":{..},"doc":{..}}}
  // What each offset indexes:
  //  - "begin_byte"/"end_byte" (hit = its passage, and each highlight): bytes of the ORIGINAL
  //    input given to add_document (BOM, CRLF, invalid bytes, a legacy charset all counted);
  //  - "begin_u16"/"end_u16" (hit = its passage, and each highlight), "snippet_begin_u16"/
  //    "snippet_end_u16" (the source range the snippet was cut from): UTF-16 units of the DECODED
  //    source text, i.e. the JS string given to addDocument, or TextDecoder's string of the bytes
  //    (what analyze_json's "text" holds); the hit's range is the passage to show in the original;
  //  - "snippet" is normalized text (lines re-joined, headers and footnote markers removed), so
  //    it may differ from the source slice; "in_snippet_begin_u16"/"in_snippet_end_u16" index
  //    the "snippet" string itself: snippet.slice(in_snippet_begin_u16, in_snippet_end_u16) is
  //    the highlighted word as shown.
  // A title passage ("field":"title") has its offsets in its title instead
  // (document/document_title.h says what a title is). options_json:
  // {"limit","offset","per_doc","snippet_bytes" (0 = none), "facet_limit" (top documents /
  // entities, 20),"facets" (default ["lang","doc"]; "entity" adds
  // "entity":[{"id","canonical","type","count"}], "year" adds "year":{"2022":n}, "month" adds
  // "month":{"2022-03":n}, passages with a date in that month; false = no "facets" member,
  // which saves the per-match pass)}, all optional.
  // entity:/date: filters and those facets read search/search_annotations.h, computed on first
  // use.
  // A malformed query is an error envelope with its position.
  // A document over document::kMaxDocumentBytes (128 MiB) is kOutOfRange; one that would not fit
  // in the memory left (set_free_memory_probe) is kOutOfMemory ("out_of_memory" in the
  // envelope); either way nothing changes: the documents already indexed stay searchable.
  core::Status add_document(std::string_view id, std::string_view name, std::string_view input);
  std::string add_document_json(std::string_view id, std::string_view name, std::string_view input);
  bool remove_document(std::string_view id);
  Reply search_reply(std::string_view query, std::string_view options_json);
  std::string search_json(std::string_view query, std::string_view options_json);
  // Only the ranked documents, for callers that show their own result list (FlexSearch's
  // answer): the documents of search_json's hits under {"limit":limit,"per_doc":1}, in the
  // same order with the same scores, without offsets, snippets, totals or facets (so no
  // exhaustive count is needed: Searcher::top_docs, query/top_docs.cc, may stop early).
  // search_top_docs_json: {"v":1,"ok":true,"docs":["id",...],"scores":[12.3,...]} or the
  // error envelope (a malformed query: search_json's, with its position).
  TopDocs search_top_docs(std::string_view query, std::size_t limit);
  std::string search_top_docs_json(std::string_view query, std::size_t limit);
  std::string index_stats_json();

  // Memory: free_bytes(need) answers how many more bytes the engine may allocate (bindings/
  // embind.cc: the wasm heap's growth left, plus malloc's free chunks). add_document first
  // estimates a document's peak, kAddBytesPerInputByte per input byte, and refuses it when that
  // exceeds the answer; tokenize_to and analyze_to do the same with their own estimates (their
  // JSON streams out, so only the analysis counts). The probe may stop counting once it has
  // found `need` bytes: counting malloc's free chunks walks the whole heap, and most documents
  // fit in the growth left. Unset (native, unless set_memory_budget): no check.
  // The estimates are the peaks tests/scaling/memory_bound.cc measures on its input shapes
  // (bench/robustness/README.md), with a margin for the allocator and ICU's own buffers.
  // Measured in wasm (heap grown per input byte, the input's copy included, 30 MB of each
  // shape, bench/robustness/README.md): addDocument then saveIndex 6.5 (prose) to 14.6 (legacy
  // charset), analyze at most that. 16 admits a 100 MB document in the 2 GiB heap (1.6 GB asked
  // of the ~1.9 GB left after its copy) and refuses 125 MiB.
  static constexpr std::size_t kAddBytesPerInputByte = 16;
  static constexpr std::size_t kAnalyzeBytesPerInputByte = kAddBytesPerInputByte;
  static constexpr std::size_t kTokenizeBytesPerInputByte = 12;
  using FreeMemoryProbe = std::function<std::size_t(std::size_t need)>;
  void set_free_memory_probe(FreeMemoryProbe free_bytes);
  // A byte budget for the heap in use (the native `loupe index --memory-mb`): installs the probe
  // budget - heap_in_use_bytes(), so the same estimates refuse what would pass it, with the
  // same kOutOfMemory. The heap counted is the process's, not only this engine's. 0 removes it.
  void set_memory_budget(std::size_t bytes);
  // The heap in use now: glibc's mallinfo2 (uordblks, malloc's chunks in use, plus hblkhd, its
  // mmapped blocks); mallinfo's uordblks elsewhere (Emscripten); 0 where neither exists.
  static std::size_t heap_in_use_bytes();
  // Drops what is kept across calls only for speed (the entity calls' documents, scans, tagged
  // texts and word tables: tens of MiB at most); results stay the same. Done before a document
  // is refused for memory.
  void release_kept_memory();

  // Date and time expressions (extract/dates/): reference_date is "" (found in the text if it
  // states one) or "YYYY-MM-DD". {"v":1,"ok":true,"reference":{"date","source",...},
  //  "dates":[{"surface","kind","as_written","value","mod","confidence","uses_reference",
  //  "begin_byte","end_byte","begin_u16","end_u16"}]}
  Reply dates_reply(std::string_view utf8, std::string_view reference_date);
  std::string dates_json(std::string_view utf8, std::string_view reference_date);
  // The indexed documents' dates at once, from the cache the date: filter and the year facet
  // read (search/search_annotations.h; each document's own reference date): {"v":1,"ok":true,
  //  "documents":[{"id","name","reference","count"}],"total":n,"counts":{"decade":{"202":n},
  //  "year":{"2024":n},"month":{"2024-03":n}},"dates":[{dates_json's members...,"doc":id}]}.
  // A date counts in the buckets its value starts with ("2024-03-14": 202, 2024, 2024-03).
  // options_json picks the dates listed: {"dates":false} none, {"doc":"id"} one document's,
  // {"from":"2024-03","to":"2024-07"} those in the period (each bound at its own precision,
  // either open); {} all. "surface" is the normalized text's, as in index_entities_json.
  std::string index_dates_json(std::string_view options_json);

  // PERSON / ORG / LOC over a set of documents, linked across them (extract/entities/):
  // {"entities":[{"aliases","canonical","confidence_max","confidence_mean","cooccurs":[{"entity",
  //  "paragraphs","sentences"}],"documents","id","mention_count","type"}],"mentions":[
  //  {"begin_byte","begin_u16","confidence","doc","end_byte","end_u16","entity","surface",
  //  "type"}],"ok":true,"v":1} (offsets into that document's text; confidence_mean and _max:
  //  of the entity's mentions, 0-1).
  // named_texts: (doc name, utf8). An entity whose every mention the tagger gives less than
  // the minimum confidence is left out (default 0.4: F1-optimal for calibrated confidences;
  // Korean paragraphs keep all; extract/entities/entity_confidence.cc); 0 keeps every entity.
  using NamedTexts = std::vector<std::pair<std::string, std::string>>;
  // c in [0, 1]; anything else (NaN, negative, above 1) is kInvalidArgument and changes nothing.
  core::Status set_entity_min_confidence(float c);
  Reply entities_reply(const NamedTexts& named_texts);
  std::string entities_json(const NamedTexts& named_texts);
  // The same over the indexed documents (doc = their ids), from the linking the entity: filter
  // and facet use (computed once per change of the documents, shared with them): for callers
  // that index their documents anyway, it saves linking the corpus a second time. Offsets are
  // the same as entities_json's for the same texts; "surface" is the name in the normalized
  // text (a name a PDF broke across lines comes whole), the source's slice may differ.
  std::string index_entities_json();
  // The entity tagger's models (extract/entities/entity_models.h; the wasm build holds none):
  // the languages whose model the indexed documents need and that is not loaded yet,
  // {"languages":["en","uk"],"ok":true,"v":1}; load_entity_model_json passes one model's bytes
  // (models/ner-<lang>.bin), ok or an error naming the language. Loading re-links entities.
  std::string entity_models_needed_json();
  std::string load_entity_model_json(std::string_view lang, std::string_view bytes);

  // storage/FORMAT.md. with_text false leaves the documents' text out (about 3/4 of the bytes):
  // for callers that store the documents anyway; loading it then needs `sources`.
  std::vector<std::uint8_t> save_index(bool with_text = true);
  // The input bytes given to add_document for this id (a file's bytes, a JS string's UTF-8).
  using SourceLookup = std::function<core::Result<std::string>(std::string_view id)>;
  // Replaces the documents on success only. For an index saved without text, each document's
  // text is re-derived from sources(id) (decode + normalize, no analysis) and must be the text
  // indexed (length and CRC-32), else kInvalidData naming the document.
  core::Status load_index(std::string_view bytes, const SourceLookup& sources = {});

 private:
  explicit Engine(std::unique_ptr<segment::WordSegmenter> words);
  analysis::TextAnalyzer* text_analyzer();  // made on first use; null if ICU data is missing
  // The one date extractor (dates_json and the date: filter), made on first use; its status
  // says why it could not be made.
  const core::Result<std::unique_ptr<dates::DateExtractor>>& date_extractor();
  search::SearchCorpus& search_corpus();  // made on first use
  // kOutOfMemory when input_bytes * per_byte would not fit; `doing` names the work ("index").
  // A refusal first drops the caches kept for speed (release_kept_memory) and asks again.
  core::Status room_for(std::size_t input_bytes, std::size_t per_byte, const char* doing);
  core::Status room_to_add(std::size_t input_bytes);  // room_for add_document

  std::unique_ptr<segment::WordSegmenter> words_;
  std::unique_ptr<analysis::TextAnalyzer> analyzer_;
  std::unique_ptr<core::Result<std::unique_ptr<dates::DateExtractor>>> dates_;
  std::unique_ptr<search::SearchCorpus> search_;
  FreeMemoryProbe free_bytes_;        // set_free_memory_probe
  float entity_min_confidence_ = -1;  // set_entity_min_confidence; < 0: the engine's default
  // entities_reply's documents of its last call, decoded and normalized, with their input bytes:
  // the app asks again for the same texts (on every change of its library), and decoding and
  // normalizing them again was a tenth of a call. At most kEntityDocsKeptBytes of input.
  static constexpr std::size_t kEntityDocsKeptBytes = std::size_t{16} << 20;
  std::vector<std::pair<std::string, std::shared_ptr<const document::PreparedDocument>>>
      entity_docs_;
};

// The error envelope, for failures that happen before an Engine exists.
std::string error_json(const core::Status& status);
// {"v":1,"ok":true}: the answer of a call that succeeded with nothing more to say.
std::string ok_json();

}  // namespace loupe
