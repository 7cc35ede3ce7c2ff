#include "scaling_site.h"

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

}  // namespace loupe::scaling
