// Engine (engine.h): creation, the analysis objects made on first use, and the per-text answers
// (tokens, analysis, dates, entities). Search is engine_search.cc. Each method is a thin call:
// the work is in document/, extract/ and search/, the JSON in envelope/.
#include "engine.h"

#include <algorithm>

#include "analysis/text_analyzer.h"
#include "core/utf16_index.h"
#include "document/prepared_document.h"
#include "envelope/analysis_envelope.h"
#include "envelope/dates_envelope.h"
#include "envelope/entities_envelope.h"
#include "envelope/envelope.h"
#include "extract/dates/date_extractor.h"
#include "extract/entities/entity_index.h"
#include "search/search_corpus.h"

namespace loupe {
namespace {

Reply error_reply(core::Status status) {
  std::string json = envelope::error_json(status);
  return {std::move(status), std::move(json)};
}

Reply ok_reply(std::string json) { return {core::Status::ok_status(), std::move(json)}; }

}  // namespace

Engine::Engine(std::unique_ptr<segment::WordSegmenter> words) : words_(std::move(words)) {}
Engine::~Engine() = default;

core::Result<std::unique_ptr<Engine>> Engine::create() {
  auto words = segment::WordSegmenter::create();
  if (!words.ok()) return words.status();
  return std::unique_ptr<Engine>(new Engine(std::move(words.value())));
}

analysis::TextAnalyzer* Engine::text_analyzer() {
  if (!analyzer_) {
    auto created = analysis::TextAnalyzer::create();
    if (!created.ok()) return nullptr;
    analyzer_ = std::move(created.value());
  }
  return analyzer_.get();
}

// Immutable once made, so dates_json and the date: filter share it.
const core::Result<std::unique_ptr<dates::DateExtractor>>& Engine::date_extractor() {
  if (!dates_) {
    dates_ = std::make_unique<core::Result<std::unique_ptr<dates::DateExtractor>>>(
        dates::DateExtractor::create());
  }
  return *dates_;
}

std::vector<Token> Engine::tokenize(std::string_view utf8) {
  const core::Utf16Index u16(utf8);
  std::vector<Token> tokens;
  for (const segment::WordSpan& span : words_->segment(utf8)) {
    const core::ByteRange& b = span.bytes;
    tokens.push_back(
        {std::string(utf8.substr(b.begin_byte, b.size())), b, u16.to_utf16(b), span.kind});
  }
  return tokens;
}

std::string Engine::tokenize_json(std::string_view utf8) {
  return envelope::tokens_envelope(utf8, *words_);
}

Reply Engine::analyze_reply(std::string_view input, bool include_text) {
  analysis::TextAnalyzer* analyzer = text_analyzer();
  if (!analyzer) {
    return error_reply(core::Status(core::StatusCode::kInternal, "ICU break rules unavailable"));
  }
  auto doc = document::prepare_document(input, *analyzer, document::TokenMode::kPerParagraph);
  if (!doc.ok()) return error_reply(doc.status());
  return ok_reply(envelope::analysis_envelope(*doc.value(), include_text));
}

namespace {

// A streamed reply's status once written: kOutOfMemory when it passed its limit.
core::Status streamed(const core::JsonWriter& w, std::size_t max_reply_bytes) {
  if (!w.overflowed()) return core::Status::ok_status();
  return core::Status(core::StatusCode::kOutOfMemory,
                      "out of memory: the answer would be longer than " +
                          std::to_string(max_reply_bytes) +
                          " bytes, more than one string can hold; give a shorter text");
}

constexpr std::size_t kChunkBytes = std::size_t{1} << 16;

}  // namespace

core::Status Engine::tokenize_to(std::string_view utf8, const JsonSink& sink,
                                 std::size_t max_reply_bytes) {
  if (core::Status room = room_for(utf8.size(), kTokenizeBytesPerInputByte, "tokenize");
      !room.ok()) {
    sink(envelope::error_json(room));
    return room;
  }
  core::JsonWriter w;
  w.stream_to(sink, kChunkBytes, max_reply_bytes);
  envelope::write_tokens_envelope(w, utf8, *words_);
  w.flush();
  return streamed(w, max_reply_bytes);
}

core::Status Engine::analyze_to(std::string_view input, bool include_text, const JsonSink& sink,
                                std::size_t max_reply_bytes) {
  analysis::TextAnalyzer* analyzer = text_analyzer();
  core::Result<std::unique_ptr<document::PreparedDocument>> doc =
      core::Status(core::StatusCode::kInternal, "ICU break rules unavailable");
  // Tokens a paragraph at a time, written as they come: none held (the envelope streams).
  if (core::Status room = room_for(input.size(), kAnalyzeBytesPerInputByte, "analyze");
      !room.ok()) {
    doc = std::move(room);
  } else if (analyzer) {
    doc = document::prepare_document(input, *analyzer, document::TokenMode::kPerParagraph);
  }
  if (!doc.ok()) {
    sink(envelope::error_json(doc.status()));
    return doc.status();
  }
  core::JsonWriter w;
  w.stream_to(sink, kChunkBytes, max_reply_bytes);
  envelope::write_analysis_envelope(w, *doc.value(), include_text);
  w.flush();
  return streamed(w, max_reply_bytes);
}

std::string Engine::analyze_json(std::string_view input, bool include_text) {
  return analyze_reply(input, include_text).json;
}

// Dates are found in the normalized text (lines re-joined, footnote markers out) and reported
// in the input's bytes and the decoded text's UTF-16 units.
Reply Engine::dates_reply(std::string_view utf8, std::string_view reference_date) {
  const auto& extractor = date_extractor();
  if (!extractor.ok()) return error_reply(extractor.status());
  auto prepared = document::normalize_document(utf8);
  if (!prepared.ok()) return error_reply(prepared.status());
  const document::PreparedDocument& doc = *prepared.value();
  auto found = extractor.value()->extract(doc.analyzed.text, reference_date);
  if (!found.ok()) return error_reply(found.status());
  return ok_reply(envelope::dates_envelope(doc, found.value()));
}

std::string Engine::dates_json(std::string_view utf8, std::string_view reference_date) {
  return dates_reply(utf8, reference_date).json;
}

// The extractions the date: filter keeps (search/search_annotations.h): one extraction per
// document for both the filter and the caller's dates view.
std::string Engine::index_dates_json(std::string_view options_json) {
  if (!date_extractor().ok()) return envelope::error_json(date_extractor().status());
  const auto pick = search::read_dates_pick(options_json);
  if (!pick.ok()) return envelope::error_json(pick.status());
  return search_corpus().dates_json(pick.value());
}

namespace {

// A mention's range in the normalized text as its input bytes, decoded-text UTF-16 units and
// source text. The source range is mapped once: input_range() and utf16_range() would each map
// it again.
envelope::MentionPlace mention_place(const document::PreparedDocument& doc,
                                     normalize::OffsetLookup& to_source,
                                     normalize::OffsetLookup& to_input, core::ByteRange bytes) {
  const core::ByteRange src = to_source.to_source(bytes);
  // The end's UTF-16 offset from the begin's, a walk over the mention only, when the begin is a
  // character's first byte (always, for a mention of whole words).
  core::Utf16Range u16;
  if (src.begin_byte < doc.source.size() &&
      (static_cast<unsigned char>(doc.source[src.begin_byte]) & 0xC0) != 0x80) {
    u16.begin_u16 = doc.source_u16->to_utf16(src.begin_byte);
    u16.end_u16 = u16.begin_u16 + core::walk_utf16(doc.source, src.begin_byte, src.end_byte).units;
  } else {
    u16 = doc.source_u16->to_utf16(src);
  }
  return envelope::MentionPlace{to_input.to_source(src), u16,
                                std::string_view(doc.source).substr(src.begin_byte, src.size())};
}

}  // namespace

core::Status Engine::set_entity_min_confidence(float c) {
  if (!(c >= 0 && c <= 1))  // NaN too
    return core::Status(core::StatusCode::kInvalidArgument,
                        "the minimum entity confidence must be a number from 0 to 1");
  entity_min_confidence_ = c;
  return core::Status::ok_status();
}

// Entities are found in each document's normalized text (a name broken across lines is whole
// again) and reported in its input bytes and decoded-text UTF-16 units.
Reply Engine::entities_reply(const NamedTexts& named_texts) {
  entities::EntityIndex index;
  index.set_min_confidence(entity_min_confidence_ < 0 ? entities::kDefaultMinConfidence
                                                      : entity_min_confidence_);
  std::vector<std::shared_ptr<const document::PreparedDocument>> docs;
  std::vector<std::string> names;
  decltype(entity_docs_) kept;  // this call's documents, for the next call
  std::size_t kept_bytes = 0;
  for (const auto& named : named_texts) {
    // Not a structured binding: clang 14 (Emscripten 3.1.6) cannot capture one in a lambda.
    const std::string &name = named.first, &text = named.second;
    // The same input bytes as a document of the last call: its preparation is the same.
    auto same = std::find_if(entity_docs_.begin(), entity_docs_.end(),
                             [&](const auto& d) { return d.second && d.first == text; });
    std::shared_ptr<const document::PreparedDocument> doc;
    std::string input;
    if (same != entity_docs_.end()) {
      doc = std::move(same->second);
      input = std::move(same->first);
    } else {
      auto prepared = document::normalize_document(text);
      if (!prepared.ok()) {
        const core::Status& s = prepared.status();
        return error_reply(core::Status(s.code(), name + ": " + s.message()));
      }
      doc = std::move(prepared.value());
    }
    index.add_document(name, doc->analyzed.text);
    if (kept_bytes + text.size() <= kEntityDocsKeptBytes) {
      kept_bytes += text.size();
      if (input.empty()) input = text;  // a new document: its bytes copied once
      kept.emplace_back(std::move(input), doc);
    }
    docs.push_back(std::move(doc));
    names.push_back(name);
  }
  entity_docs_ = std::move(kept);
  const std::vector<entities::Entity>& found = index.entities();  // links them all
  // Mentions come by document in text order: lookups kept per document decode each block of
  // a map's runs once (a fresh lookup per mention decoded one per offset).
  std::vector<normalize::OffsetLookup> to_source, to_input;
  for (const auto& doc : docs) to_source.emplace_back(doc->to_source);
  for (const auto& doc : docs) to_input.emplace_back(doc->source_to_input);
  return ok_reply(
      envelope::entities_envelope(found, index.mentions(), names, [&](const entities::Mention& m) {
        return mention_place(*docs[m.doc], to_source[m.doc], to_input[m.doc], m.bytes);
      }));
}

std::string Engine::entities_json(const NamedTexts& named_texts) {
  return entities_reply(named_texts).json;
}

std::string error_json(const core::Status& status) { return envelope::error_json(status); }

std::string ok_json() { return envelope::ok_json(); }

}  // namespace loupe
