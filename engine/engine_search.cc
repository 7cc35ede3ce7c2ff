// Engine's search methods: documents go through the whole front of the pipeline (Engine::
// prepare: decode, normalize with PDF repairs, analyze) into a SearchIndex; queries through the
// parser and the Searcher, analyzed by the same TextAnalyzer; hits come back as the JSON
// envelope with snippets. The index keeps the normalized text (snippets, passages) and two maps
// per document (index::DocInfo): normalized bytes -> input bytes, normalized UTF-16 -> source
// UTF-16; every offset a hit carries goes through them (engine.h says which text each indexes).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "analysis/text_analyzer.h"
#include "core/json_writer.h"
#include "core/utf16_index.h"
#include "core/utf8.h"
#include "document_title.h"
#include "engine.h"
#include "index/search_index.h"
#include "prepared_document.h"
#include "query/query_parser.h"
#include "query/searcher.h"
#include "query/snippeter.h"
#include "search_annotations.h"
#include "storage/index_serializer.h"

namespace loupe {

struct Engine::SearchCorpus {
  analysis::TextAnalyzer* analyzer = nullptr;  // the Engine's; null if ICU data is missing
  index::SearchIndex index;
  SearchAnnotations annotations;  // entity:/date: filters and facets, computed on first use
  query::BlockMaxCache block_max;  // search_top_docs' early termination (query/block_max.h)

  // UTF-16 offsets of hits without decoding whole documents per query: a document's first
  // hit walks its text once (core::walk_utf16, ASCII 8 bytes at a time) to each body
  // passage's begin, kept by passage; a hit's offsets are then walked from its passage's
  // begin (a title's from 0). A document whose passages do not begin on the walk's
  // character boundaries (only crafted index bytes: normalized text is valid UTF-8) gets a
  // whole-text Utf16Index instead. All of it is dropped when DocInfo objects move.
  static constexpr std::uint32_t kNotWalked = ~0u, kNoWalk = ~0u - 1;
  std::vector<std::uint32_t> doc_walk;     // by document: offset of its passages in walk_u16, or k*
  std::vector<std::uint32_t> walk_u16;     // UTF-16 begin of each walked document's passages
  std::vector<std::unique_ptr<core::Utf16Index>> u16;  // by document * 2 + title, the fallback
  std::uint64_t u16_version = ~0ull;

  void check_u16_version() {
    if (u16_version == index.layout_version()) return;
    u16.clear(), walk_u16.clear(), doc_walk.assign(index.docs().size(), kNotWalked);
    u16_version = index.layout_version();
  }
  const core::Utf16Index& utf16(std::uint32_t doc, bool title) {
    const std::size_t slot = doc * 2 + (title ? 1 : 0);
    if (u16.size() <= slot) u16.resize(slot + 1);
    const index::DocInfo& d = index.docs()[doc];
    if (!u16[slot]) u16[slot] = std::make_unique<core::Utf16Index>(title ? d.title : d.text);
    return *u16[slot];
  }
  // The UTF-16 begin of every body passage of `doc` (walked on first use), or kNoWalk.
  std::uint32_t passage_begin_u16(std::uint32_t passage) {
    const std::uint32_t doc = index.passages()[passage].doc;
    if (doc_walk[doc] == kNotWalked) {
      const index::DocInfo& d = index.docs()[doc];
      const std::uint32_t end = d.first_passage + d.passage_count;  // <= passages(): checked at load
      doc_walk[doc] = static_cast<std::uint32_t>(walk_u16.size());
      std::size_t pos = 0, u16_pos = 0;
      for (std::uint32_t i = d.first_passage; i < end; ++i) {
        const index::PassageInfo& p = index.passages()[i];
        if (p.field == index::Field::kBody) {
          const core::Utf16Walk w = core::walk_utf16(d.text, pos, p.begin_byte);
          if (p.begin_byte < pos || w.end_byte != p.begin_byte) {
            walk_u16.resize(doc_walk[doc]), doc_walk[doc] = kNoWalk;
            break;
          }
          pos = w.end_byte, u16_pos += w.units;
        }
        walk_u16.push_back(static_cast<std::uint32_t>(u16_pos));
      }
    }
    if (doc_walk[doc] == kNoWalk) return kNoWalk;
    return walk_u16[doc_walk[doc] + (passage - index.docs()[doc].first_passage)];
  }
  // The UTF-16 range of r (in the passage's text) over that text.
  core::Utf16Range text_u16(std::uint32_t passage, core::ByteRange r) {
    const index::PassageInfo& p = index.passages()[passage];
    const bool title = p.field == index::Field::kTitle;
    const std::string& text = title ? index.docs()[p.doc].title : index.docs()[p.doc].text;
    const std::size_t base_byte = title ? 0 : p.begin_byte;
    const std::size_t base_u16 = title ? 0 : passage_begin_u16(passage);
    if (base_u16 != kNoWalk && base_byte <= r.begin_byte && r.begin_byte <= r.end_byte) {
      const core::Utf16Walk a = core::walk_utf16(text, base_byte, r.begin_byte);
      if (a.end_byte == r.begin_byte) {
        const std::size_t begin = base_u16 + a.units;
        return {begin, begin + core::walk_utf16(text, r.begin_byte, r.end_byte).units};
      }
    }
    return utf16(p.doc, title).to_utf16(r);
  }

  // A range of a passage's (normalized) text in the caller's terms: bytes of the original
  // input, UTF-16 of the decoded source, and UTF-16 of the normalized text itself. A title
  // has no maps: all three are its own offsets.
  struct Place {
    core::ByteRange input;
    core::Utf16Range source_u16;
    core::Utf16Range text_u16;
  };
  Place place(std::uint32_t passage, core::ByteRange r) {
    const index::PassageInfo& p = index.passages()[passage];
    const index::DocInfo& d = index.docs()[p.doc];
    const core::Utf16Range t = text_u16(passage, r);
    if (p.field == index::Field::kTitle) return {r, t, t};
    const core::ByteRange s = d.u16_to_source.to_source(core::ByteRange{t.begin_u16, t.end_u16});
    return {d.to_input.to_source(r), {s.begin_byte, s.end_byte}, t};
  }

  // The query word's terms in one language's chain. The Searcher asks once per language in
  // the index; chains that cannot differ on this word's script share one analysis (memo, per
  // query): a stemmer only touches its own script (analysis/analyzer.h), so for a Latin word
  // ko/ru/uk/other give the same terms, for a Cyrillic word ko/en/es/other, for Hangul all.
  // The memo outlives the query: a word's analysis depends on the word and the chain only, not
  // on the index, and users retype the same words (each keystroke of search-as-you-type).
  // Readings: the context-free analysis, and for a Hangul word also the others a document may
  // have indexed, because the index splits by the document's evidence (korean_particles.h rule
  // 6): 정상회의 is indexed whole where the document also wrote 정상회의는, else as 정상회. So
  // a word reads as itself kept whole, split once (정상회의는 -> 정상회의) and, for one term,
  // that term split again as a bare word would be (정상회의 -> 정상회).
  std::vector<std::vector<std::string>> query_terms(std::string_view word, core::Language lang) {
    const core::Language chain = equivalent_chain(word, lang);
    std::string key(1, static_cast<char>(chain));
    key.append(word);
    if (const auto* found = memo.find(key)) return *found;
    std::vector<std::vector<std::string>> out;
    if (analyzer) {
      for (const bool whole : {false, true}) {
        std::vector<std::string> terms;
        bool hangul = false;
        for (const analysis::AnalyzedToken& t : analyzer->analyze_terms(word, chain, whole)) {
          terms.push_back(t.term);
          hangul |= (t.flags & analysis::kTokenHangul) != 0;
        }
        if (std::find(out.begin(), out.end(), terms) == out.end()) out.push_back(std::move(terms));
        if (!hangul) break;  // the other readings differ only for Hangul
      }
      if (out.size() > 1 && out.front().size() == 1) {
        std::vector<std::string> again;
        for (const analysis::AnalyzedToken& t : analyzer->analyze_terms(out.front().front(), chain)) again.push_back(t.term);
        if (std::find(out.begin(), out.end(), again) == out.end()) out.push_back(std::move(again));
      }
    }
    memo.put(std::move(key), out);
    return out;
  }
  std::vector<query::Hit> top_hits(std::string_view query_text, std::size_t limit, TopDocs& out);
  struct ParsedOptions {
    query::SearchOptions search;
    std::size_t snippet_bytes = 240;
    std::size_t facet_limit = 20;
    bool facet[4] = {true, true, false, false};  // lang, doc, entity, year
    bool facet_member = true;                    // false: "facets":false, no member at all
  };
  std::string options_text;  // the options string `options` was parsed from ("" = none yet)
  ParsedOptions options;

  query::ReadingsMemo memo;      // chain byte + word -> that chain's readings
  query::QueryMemo readings;  // the same over all the index's chains, with their languages (query/term_expander.h)

  static core::Language equivalent_chain(std::string_view word, core::Language lang) {
    bool latin = false, cyrillic = false, other = false;
    for (std::size_t i = 0; i < word.size();) {
      const core::DecodedChar d = core::decode_utf8(word, i);
      const char32_t c = d.code_point;
      i += d.length;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F)) latin = true;
      else if (c >= 0x400 && c <= 0x4FF) cyrillic = true;
      else if (c >= 0xAC00 && c <= 0xD7A3) continue;  // every chain treats Hangul alike
      else if (c >= 0x80 || (c >= '0' && c <= '9')) other |= c >= 0x80;
    }
    using L = core::Language;
    if (other || (latin && cyrillic)) return lang;
    if (latin) return lang == L::kEn || lang == L::kEs ? lang : L::kOther;
    if (cyrillic) return lang == L::kRu || lang == L::kUk ? lang : L::kOther;
    return L::kKo;
  }
};

namespace {

using json = nlohmann::json;
constexpr int kEnvelopeVersion = 1;

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The normalized text's UTF-16 offsets -> the decoded source's UTF-16 offsets: the byte map's
// edits converted to UTF-16 units. Between edits the two texts have the same byte length and
// are byte-identical except for equal-length rewrites the byte map leaves implicit ("\r" ->
// "\n"); such a rewrite whose UTF-16 length differs (NFC "D\u0323" -> "\u1E0C", 3 bytes
// each) becomes an edit of its own, so the map stays exact at every edit boundary.
normalize::OffsetMap utf16_map(const PreparedDocument& p, const core::Utf16Index& text_u16) {
  const std::string& t = p.analyzed.text;
  const std::string& s = p.source;
  const core::Utf16Index& su = *p.source_u16;
  std::vector<normalize::OffsetMap::Edit> edits;
  const auto push = [&](core::ByteRange out, core::ByteRange src, bool always) {
    const core::Utf16Range a = text_u16.to_utf16(out), b = su.to_utf16(src);
    if (always || a.end_u16 - a.begin_u16 != b.end_u16 - b.begin_u16) {
      edits.push_back({a.begin_u16, a.end_u16, b.begin_u16, b.end_u16});
    }
  };
  std::size_t po = 0, ps = 0;  // ends of the previous edit
  const auto gap = [&](std::size_t out_end, std::size_t src_end) {
    const std::size_t n = out_end - po;
    if (n != src_end - ps) return push({po, out_end}, {ps, src_end}, false);  // never expected
    std::size_t a = 0, z = n;
    while (a < n && t[po + a] == s[ps + a]) ++a;
    if (a == n) return;
    while (z > a && t[po + z - 1] == s[ps + z - 1]) --z;
    while (a > 0 && (continuation(t[po + a]) || continuation(s[ps + a]))) --a;
    while (z < n && (continuation(t[po + z]) || continuation(s[ps + z]))) ++z;
    push({po + a, po + z}, {ps + a, ps + z}, false);
  };
  for (const normalize::OffsetMap::Edit& e : p.to_source.edits()) {
    gap(e.out_begin, e.src_begin);
    push({e.out_begin, e.out_end}, {e.src_begin, e.src_end}, true);
    po = e.out_end, ps = e.src_end;
  }
  gap(t.size(), s.size());
  return normalize::OffsetMap(std::move(edits), text_u16.to_utf16(t.size()), su.to_utf16(s.size()));
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json error_body(const core::Status& s) {
  return {{"v", kEnvelopeVersion}, {"ok", false},
          {"error", {{"code", core::status_code_name(s.code())}, {"message", s.message()}}}};
}

// Reads an unsigned option without ever throwing (the engine is built without exceptions).
std::size_t option(const json& o, const char* key, std::size_t fallback, std::size_t max) {
  if (!o.is_object()) return fallback;
  const auto it = o.find(key);
  if (it == o.end() || !it->is_number_unsigned()) return fallback;
  return std::min<std::size_t>(it->get<std::size_t>(), max);
}
// The hits envelope is the hot path of every query: written with core::JsonWriter, since an
// nlohmann tree cost more than the search itself.
using JsonOut = core::JsonWriter;

}  // namespace

Engine::SearchCorpus& Engine::search_corpus() {
  if (!search_) search_ = std::make_shared<SearchCorpus>();
  if (!search_->analyzer) search_->analyzer = text_analyzer();  // one analyzer for all features
  return *search_;
}

core::Status Engine::add_document(std::string_view id, std::string_view name, std::string_view input) {
  SearchCorpus& c = search_corpus();
  auto prepared = prepare(input);
  if (!prepared.ok()) return prepared.status();
  PreparedDocument& p = *prepared.value();
  index::DocumentInput doc{std::string(id), std::string(name), {}, {}, {}, {}};
  if (const std::string t = document_title(name, p.analyzed.text); !t.empty()) {
    if (auto title = prepare(t); title.ok()) doc.title = std::move(title.value()->analyzed);
  }
  {
    const core::Utf16Index text_u16(p.analyzed.text);  // views the text: done before the move
    doc.to_input = normalize::OffsetMap::compose(p.source_to_input, p.to_source);
    doc.u16_to_source = utf16_map(p, text_u16);
  }
  doc.body = std::move(p.analyzed);
  c.annotations.forget(doc.id);
  return c.index.add_document(std::move(doc));
}

std::string Engine::add_document_json(std::string_view id, std::string_view name, std::string_view input) {
  const core::Status s = add_document(id, name, input);
  if (!s.ok()) return dump(error_body(s));
  const index::SearchIndex& idx = search_corpus().index;
  const index::DocInfo& d = idx.docs()[idx.find_document(std::string(id))];
  return dump({{"v", kEnvelopeVersion}, {"ok", true}, {"doc", d.id}, {"passages", d.passage_count}});
}

bool Engine::remove_document(std::string_view id) {
  search_corpus().annotations.forget(std::string(id));
  return search_corpus().index.remove_document(std::string(id));
}

namespace {
std::string query_error_json(const core::Status& s, std::size_t begin_byte, std::size_t begin_u16) {
  json e = error_body(s);
  e["error"]["begin_byte"] = begin_byte;
  e["error"]["begin_u16"] = begin_u16;
  return dump(e);
}
}  // namespace

// Both forms' ranking (the JSON one writes ids from the index, no TopDocs copy); errors: `out`.
std::vector<query::Hit> Engine::SearchCorpus::top_hits(std::string_view query_text, std::size_t limit, TopDocs& out) {
  const query::ParseResult parsed = query::parse_query(query_text);
  if (!parsed.ok()) {
    out.status = core::Status(core::StatusCode::kInvalidArgument, parsed.error.message);
    out.error_begin_byte = parsed.error.begin_byte, out.error_begin_u16 = parsed.error.begin_u16;
    return {};
  }
  query::SearchOptions o;
  o.limit = std::min<std::size_t>(limit, 100000), o.per_doc = 1, o.facets = false;
  o.filter_passages = [this](const query::QueryNode& n) { return annotations.passages(index, n); };
  const query::Searcher searcher(index, [this](std::string_view w, core::Language l) { return query_terms(w, l); }, {},
                                 &readings);
  return searcher.top_docs(parsed.root, o.limit, o, block_max);
}

TopDocs Engine::search_top_docs(std::string_view query_text, std::size_t limit) {
  TopDocs out;
  const index::SearchIndex& idx = search_corpus().index;
  for (const query::Hit& h : search_corpus().top_hits(query_text, limit, out)) {
    const std::uint32_t doc = idx.passages()[h.passage].doc;
    out.docs.push_back({idx.docs()[doc].id, doc, h.score});
  }
  return out;
}

std::string Engine::search_top_docs_json(std::string_view query_text, std::size_t limit) {
  TopDocs r;
  const index::SearchIndex& idx = search_corpus().index;
  const std::vector<query::Hit> hits = search_corpus().top_hits(query_text, limit, r);
  if (!r.status.ok()) return query_error_json(r.status, r.error_begin_byte, r.error_begin_u16);
  JsonOut j;
  j.reserve(64 + hits.size() * 48);
  j.open('{').key("v").num(kEnvelopeVersion).key("ok").lit("true").key("docs").open('[');
  for (const query::Hit& h : hits) j.str(idx.docs()[idx.passages()[h.passage].doc].id);
  j.close(']').key("scores").open('[');
  for (const query::Hit& h : hits) j.real(h.score);
  return j.close(']').close('}').take();
}

std::string Engine::search_json(std::string_view query_text, std::string_view options_json) {
  SearchCorpus& c = search_corpus();
  const query::ParseResult parsed = query::parse_query(query_text);
  if (!parsed.ok()) {
    return query_error_json(core::Status(core::StatusCode::kInvalidArgument, parsed.error.message),
                            parsed.error.begin_byte, parsed.error.begin_u16);
  }
  // Callers send the same options query after query: parsing them was a quarter of a small
  // query's time, so the last options string is remembered with what it parsed to.
  if (options_json != c.options_text || c.options_text.empty()) {
    const json opts = json::parse(options_json.empty() ? std::string_view("{}") : options_json, nullptr, false);
    if (opts.is_discarded() || !opts.is_object()) {
      return dump(error_body(core::Status(core::StatusCode::kInvalidArgument, "options must be a JSON object")));
    }
    SearchCorpus::ParsedOptions p;  // kept only once all of it parsed
    p.search.limit = option(opts, "limit", 10, 100000);
    p.search.offset = option(opts, "offset", 0, 1000000);
    p.search.per_doc = option(opts, "per_doc", 3, 1000);
    p.snippet_bytes = option(opts, "snippet_bytes", 240, 4096);
    p.facet_limit = option(opts, "facet_limit", 20, 100000);
    // "facets": which to count (default lang and doc; entity and year run the extractors), or
    // false for no "facets" member at all (saves the per-match pass).
    if (const auto f = opts.find("facets"); f != opts.end()) {
      if (f->is_boolean() && !f->get<bool>()) {
        std::fill(p.facet, p.facet + 4, false);
        p.facet_member = false;
      } else if (!f->is_array()) {
        return dump(error_body(core::Status(core::StatusCode::kInvalidArgument, "facets must be an array of names or false")));
      } else {
        static constexpr const char* kFacets[] = {"lang", "doc", "entity", "year"};
        std::fill(p.facet, p.facet + 4, false);
        for (const json& name : *f) {
          const auto* k = std::find_if(std::begin(kFacets), std::end(kFacets), [&](const char* n) { return name.is_string() && name == n; });
          if (k == std::end(kFacets)) return dump(error_body(core::Status(core::StatusCode::kInvalidArgument, "unknown facet " + dump(name) + " (use lang, doc, entity, year)")));
          p.facet[k - kFacets] = true;
        }
      }
    }
    p.search.facets = p.facet[0] || p.facet[1];
    p.search.keep_passages = p.facet[2] || p.facet[3];
    c.options = p;
    c.options_text.assign(options_json.empty() ? std::string_view("{}") : options_json);
  }
  query::SearchOptions o = c.options.search;
  o.filter_passages = [&c](const query::QueryNode& n) { return c.annotations.passages(c.index, n); };
  const std::size_t snippet_bytes = c.options.snippet_bytes;
  const std::size_t facet_limit = c.options.facet_limit;
  const bool* facet = c.options.facet;

  const index::SearchIndex& idx = c.index;
  const query::Searcher searcher(idx, [&c](std::string_view w, core::Language l) { return c.query_terms(w, l); }, {},
                                 &c.readings);
  const query::SearchResult r = searcher.search(parsed.root, o);
  const auto is_match = [&](std::string_view term) { return searcher.highlights(term, r.matched_terms); };

  c.check_u16_version();
  JsonOut j;
  j.reserve(256 + r.hits.size() * (320 + 2 * snippet_bytes));  // one allocation: ~270 bytes a hit
  j.open('{').key("v").num(kEnvelopeVersion).key("ok").lit("true");
  j.key("total").num(r.total).key("total_docs").num(r.total_docs).key("hits").open('[');
  for (const query::Hit& h : r.hits) {
    const index::PassageInfo& p = idx.passages()[h.passage];
    const index::DocInfo& d = idx.docs()[p.doc];
    const bool title = p.field == index::Field::kTitle;
    const std::string& text = title ? d.title : d.text;
    analysis::AnalyzedText passage;
    // snippet_bytes 0: no snippet (ranking only, e.g. benchmarks): skips the re-analysis.
    query::Snippet s{{p.begin_byte, p.begin_byte}, {}};
    if (snippet_bytes > 0) {
      passage.text = text.substr(p.begin_byte, p.end_byte - p.begin_byte);
      if (c.analyzer) passage.tokens = c.analyzer->analyze_terms(passage.text, p.lang, false, true);
      s = query::make_snippet(passage, p.begin_byte, is_match, snippet_bytes);
    }
    const SearchCorpus::Place pp = c.place(h.passage, {p.begin_byte, p.end_byte});
    const SearchCorpus::Place sp = c.place(h.passage, s.bytes);
    j.open('{').key("doc").str(d.id).key("name").str(d.name).key("passage").num(p.paragraph);
    j.key("field").str(title ? "title" : "body").key("lang").str(core::language_code(p.lang));
    j.key("score").real(h.score).key("snippet").str(std::string_view(text).substr(s.bytes.begin_byte, s.bytes.size()));
    j.key("snippet_begin_u16").num(sp.source_u16.begin_u16).key("snippet_end_u16").num(sp.source_u16.end_u16);
    j.key("highlights").open('[');
    for (const core::ByteRange& m : s.highlights) {
      const SearchCorpus::Place mp = c.place(h.passage, m);
      j.open('{').key("begin_byte").num(mp.input.begin_byte).key("end_byte").num(mp.input.end_byte);
      j.key("begin_u16").num(mp.source_u16.begin_u16).key("end_u16").num(mp.source_u16.end_u16);
      j.key("in_snippet_begin_u16").num(mp.text_u16.begin_u16 - sp.text_u16.begin_u16);
      j.key("in_snippet_end_u16").num(mp.text_u16.end_u16 - sp.text_u16.begin_u16).close('}');
    }
    j.close(']').key("begin_byte").num(pp.input.begin_byte).key("end_byte").num(pp.input.end_byte);
    j.key("begin_u16").num(pp.source_u16.begin_u16).key("end_u16").num(pp.source_u16.end_u16).close('}');
  }
  j.close(']');
  if (!c.options.facet_member) return j.close('}').take();
  j.key("facets").open('{');
  if (facet[0]) {
    j.key("lang").open('{');
    for (const auto& [lang, n] : r.lang_facet) j.key(core::language_code(lang)).num(n);
    j.close('}');
  }
  // The documents with the most matching passages (facet_limit of them, default 20).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> top = r.doc_facet;
  const std::size_t keep = std::min(top.size(), facet_limit);
  std::partial_sort(top.begin(), top.begin() + keep, top.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (facet[1]) {
    j.key("doc").open('{');
    for (std::size_t i = 0; i < keep; ++i) j.key(idx.docs()[top[i].first].id).num(top[i].second);
    j.close('}');
  }
  write_annotation_facets(j, c.annotations, idx, r.passages, facet[2], facet[3], facet_limit);
  return j.close('}').close('}').take();
}

std::string Engine::index_stats_json() {
  const index::SearchIndex& idx = search_corpus().index;
  std::size_t text_bytes = 0, postings_bytes = 0;
  for (const index::DocInfo& d : idx.docs()) text_bytes += d.alive ? d.text.size() + d.title.size() : 0;
  for (index::TermId t = 0; t < idx.terms().size(); ++t) postings_bytes += idx.postings(t).size();
  return dump({{"v", kEnvelopeVersion}, {"ok", true}, {"documents", idx.live_documents()},
               {"passages", idx.live_passages(index::Field::kBody) + idx.live_passages(index::Field::kTitle)},
               {"terms", idx.terms().size()}, {"term_bytes", idx.terms().arena_bytes()},
               {"postings_bytes", postings_bytes}, {"text_bytes", text_bytes}});
}

std::string Engine::index_entities_json() {
  SearchCorpus& c = search_corpus();
  return c.annotations.entities_json(c.index);
}

std::vector<std::uint8_t> Engine::save_index(bool with_text) {
  SearchCorpus& c = search_corpus();
  c.index.compact();
  return storage::save_index(c.index, with_text);
}

core::Status Engine::load_index(std::string_view bytes, const SourceLookup& sources) {
  // The analyzed text is the normalized text (analysis keeps it as is), so decode + normalize
  // re-derive it without the analysis chain.
  const storage::TextSource text = [&sources](std::string_view id) -> core::Result<std::string> {
    if (!sources) return core::Status(core::StatusCode::kInvalidArgument, "no source given");
    auto input = sources(id);
    if (!input.ok()) return input.status();
    auto prepared = normalize_document(input.value());
    if (!prepared.ok()) return prepared.status();
    return std::move(prepared.value()->analyzed.text);
  };
  auto loaded = storage::load_index(bytes, text);
  if (!loaded.ok()) return loaded.status();
  SearchCorpus& c = search_corpus();
  c.index = std::move(loaded.value());
  c.u16_version = ~0ull;  // layout_version() may repeat across indexes
  c.block_max = query::BlockMaxCache();
  c.readings.drop_expansions(~0ull);  // they hold the old index's term ids
  c.annotations.clear();
  return core::Status::ok_status();
}

}  // namespace loupe
