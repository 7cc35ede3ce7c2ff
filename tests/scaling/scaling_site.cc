#include "scaling_site.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "index/postings.h"
#include "index/search_index.h"
#include "site/site_writer.h"

namespace loupe::scaling {

std::map<std::string, std::string> site_files(std::size_t bytes, std::uint32_t first_doc) {
  constexpr std::uint32_t kPassages = 8;  // a document's; about 21 bytes of table a document
  const auto docs = static_cast<std::uint32_t>(std::max<std::size_t>(bytes / 21, 1));
  index::IndexData d;
  const index::TermId common = d.terms.intern("common");
  d.postings.emplace_back(), d.df.push_back(docs * kPassages);
  std::uint32_t last_common = 0;
  char word[16];
  for (std::uint32_t i = 0; i < docs; ++i) {
    std::snprintf(word, sizeof word, "w%07u", first_doc + i);
    const std::string line = std::string("common ") + word + "\n";
    index::DocInfo doc;
    doc.id = word, doc.name = std::string(word) + ".txt";
    for (std::uint32_t k = 0; k < kPassages; ++k) doc.text += line;
    doc.to_input = normalize::OffsetMap::identity(doc.text.size());
    doc.u16_to_source = normalize::OffsetMap::identity(doc.text.size());
    doc.first_passage = static_cast<std::uint32_t>(d.passages.size());
    doc.passage_count = kPassages;
    const index::TermId own = d.terms.intern(word);
    d.postings.emplace_back(), d.df.push_back(kPassages);
    std::uint32_t last_own = 0;
    for (std::uint32_t k = 0; k < kPassages; ++k) {
      const auto p = static_cast<std::uint32_t>(d.passages.size());
      index::PassageInfo info;
      info.doc = i, info.paragraph = k, info.length = 2;
      info.begin_byte = static_cast<std::uint32_t>(k * line.size());
      info.end_byte = static_cast<std::uint32_t>(info.begin_byte + line.size() - 1);
      info.lang = k % 2 ? core::Language::kEn : core::Language::kEs;
      d.passages.push_back(info);
      index::PostingWriter::append(d.postings[common], last_common, p == 0, p, {0});
      index::PostingWriter::append(d.postings[own], last_own, k == 0, p, {1});
    }
    d.docs.push_back(std::move(doc));
  }
  auto idx = index::SearchIndex::from_data(std::move(d));
  if (!idx.ok()) std::abort();  // our own data: a bug of this generator
  std::map<std::string, std::string> files;
  site::SiteWriteOptions options;
  options.chunk_bytes = bytes;
  auto written =
      site::write_site(idx.value(), options, [&](const std::string& name, const site::Bytes& b) {
        files[name].assign(b.begin(), b.end());
        return core::Status();
      });
  if (!written.ok()) std::abort();
  return files;
}

SiteTable site_table(std::size_t bytes) {
  site::Table t;
  std::uint32_t seed = 12345;  // a fixed LCG: the same table for the same size
  const auto next = [&seed](std::uint32_t n) { return (seed = seed * 1103515245u + 12345u) % n; };
  std::uint32_t lang = 0, left = 0;  // the current run's language and passages left in it
  // About 5.6 bytes a document (its count, a title's run, two runs).
  for (std::size_t size = 0; size < bytes; size += 6) {
    site::TableDoc d;
    d.first_passage = static_cast<std::uint32_t>(t.passages.size());
    d.passage_count = 1 + next(13);
    const bool titled = next(3) != 0;
    for (std::uint32_t k = 0; k < d.passage_count; ++k, --left) {
      if (left == 0) lang = 1 + next(5), left = 1 + next(4);
      index::PassageInfo p;
      p.doc = static_cast<std::uint32_t>(t.docs.size());
      p.lang = static_cast<core::Language>(lang);
      p.field = titled && k == 0 ? index::Field::kTitle : index::Field::kBody;
      t.passages.push_back(p);
    }
    t.docs.push_back(d);
  }
  SiteTable out;
  site::Manifest& m = out.manifest;
  m.documents = static_cast<std::uint32_t>(t.docs.size());
  m.passages = static_cast<std::uint32_t>(t.passages.size());
  for (const index::PassageInfo& p : t.passages) ++m.live_passages[static_cast<int>(p.field)];
  m.table_file = "t-synthetic.bin";
  const site::Bytes payload = site::encode_table(t);
  out.payload.assign(payload.begin(), payload.end());
  return out;
}

SiteAnnotationPages site_annotation_pages(std::size_t bytes) {
  std::uint32_t seed = 777;  // a fixed LCG: the same pages for the same size
  const auto next = [&seed](std::uint32_t n) { return (seed = seed * 1103515245u + 12345u) % n; };
  const auto word = [&](std::uint32_t i) {  // distinct, sorted by i: "b" + base-26 digits
    std::string w = "b";
    for (std::uint32_t k = 0; k < 5; ++k, i /= 26) w.insert(w.begin() + 1, char('a' + i % 26));
    return w;
  };
  SiteAnnotationPages out;
  std::vector<site::KeyRecord> keys;
  std::vector<site::SiteEntity> entities;
  std::vector<site::SiteDate> dates;
  std::size_t key_bytes = 0, entity_bytes = 0;
  for (std::uint32_t i = 0; key_bytes < bytes || entity_bytes < bytes; ++i) {
    const std::string w = word(i);
    for (char kind : {'n', 'r', 's'}) {
      site::KeyRecord r;
      r.key = site::key_of(kind, w);
      r.entity = i;
      keys.push_back(std::move(r));
    }
    key_bytes += 3 * (w.size() + 4);
    site::SiteEntity e;
    e.canonical = "A" + w, e.type = "person", e.key = "person:" + w;
    for (std::uint32_t k = 1 + next(8); k > 0; --k) e.passages.push_back(out.passages++);
    entity_bytes += e.canonical.size() + e.key.size() + e.passages.size() + 8;
    entities.push_back(std::move(e));
  }
  std::sort(keys.begin(), keys.end());
  for (std::uint32_t p = 0; dates.size() * 6 < bytes; ++p) {
    site::SiteDate d;
    d.passage = p % out.passages;
    d.lo = 19000101 + 10000 * next(120) + 100 * next(12);
    d.hi = d.lo + next(20);
    d.countable = true;
    dates.push_back(d);
  }
  std::sort(dates.begin(), dates.end(),
            [](const site::SiteDate& a, const site::SiteDate& b) { return a.lo < b.lo; });
  const auto as_string = [](const site::Bytes& b) { return std::string(b.begin(), b.end()); };
  out.keys = as_string(site::encode_key_page(keys));
  out.entities = as_string(site::encode_entity_page(entities, 0, entities.size()));
  out.dates = as_string(site::encode_date_page(dates));
  return out;
}

}  // namespace loupe::scaling
