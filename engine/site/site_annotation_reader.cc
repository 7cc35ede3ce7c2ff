// AnnotationReader (site_annotation_reader.h): the entity: and date: filters and facets of a
// static site, as search::SearchAnnotations answers them in memory.
#include "site/site_annotation_reader.h"

#include <algorithm>
#include <set>

#include "query/filter_date.h"
#include "site/payload_io.h"

namespace loupe::site {
namespace {

using core::Status;

std::vector<std::string> split(std::string_view s, std::string_view separators) {
  std::vector<std::string> out;
  for (std::size_t p = 0; p < s.size();) {
    std::size_t e = s.find_first_of(separators, p);
    if (e == std::string_view::npos) e = s.size();
    if (e > p) out.emplace_back(s.substr(p, e - p));
    p = e + 1;
  }
  return out;
}

// entities::NameKeyer on an ASCII word: word_key lower-cases and drops periods; romanize keeps
// the lower-cased letters a-z. The skeleton needs entities::skeleton: unknown here.
WordKeying ascii_keys(std::string_view word) {
  WordKeying k;
  if (!std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; })) return k;
  k.known = true;
  for (char c : word) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    if (c != '.') k.keys.key.push_back(lower);
    if (lower >= 'a' && lower <= 'z') k.keys.roman.push_back(lower);
  }
  return k;
}

void sort_unique(std::vector<std::uint32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// By passage, each once (a passage's records agree: the reader checks them when it joins them).
void sort_unique(AnnotationReader::PassageRecords& v) {
  const auto by_passage = [](const auto& a, const auto& b) { return a.first < b.first; };
  std::stable_sort(v.begin(), v.end(), by_passage);
  v.erase(std::unique(v.begin(), v.end(),
                      [](const auto& a, const auto& b) { return a.first == b.first; }),
          v.end());
}

}  // namespace

Status AnnotationReader::open() {
  if (opened_) return Status();
  if (!file_.empty()) {
    auto payload = fetch_(kAnnotationsMagic, file_);
    if (!payload.ok()) return payload.status();
    auto index = decode_annotation_index(payload.value());
    if (!index.ok()) return invalid(file_ + ": " + index.status().message());
    index_ = std::move(index.value());
  }
  key_pages_.assign(index_.key_pages.size(), {});
  key_loaded_.assign(index_.key_pages.size(), false);
  entity_loaded_.assign(index_.entity_pages.size(), false);
  date_loaded_.assign(index_.date_pages.size(), false);
  entities_.assign(index_.entities, {});
  opened_ = true;
  return Status();
}

Status AnnotationReader::prepare(const query::QueryNode& node) {
  using Kind = query::QueryNode::Kind;
  if (node.kind == Kind::kDate || node.kind == Kind::kEntity) {
    const std::pair<int, std::string> at{static_cast<int>(node.kind), node.text};
    if (answers_.count(at)) return Status();
    if (Status s = open(); !s.ok()) return s;
    auto found = node.kind == Kind::kDate ? date_passages(node.text) : entity_passages(node.text);
    if (!found.ok()) return found.status();
    answers_[at] = std::move(found.value());
  }
  for (const query::QueryNode& c : node.children)
    if (Status s = prepare(c); !s.ok()) return s;
  return Status();
}

const AnnotationReader::PassageRecords& AnnotationReader::passage_records(
    const query::QueryNode& node) const {
  static const PassageRecords none;
  const auto it = answers_.find({static_cast<int>(node.kind), node.text});
  return it == answers_.end() ? none : it->second;
}

std::vector<std::uint32_t> AnnotationReader::passages(const query::QueryNode& node) const {
  std::vector<std::uint32_t> out;
  for (const auto& [p, record] : passage_records(node)) out.push_back(p);
  return out;
}

core::Result<AnnotationReader::PassageRecords> AnnotationReader::date_passages(
    std::string_view value) {
  query::DateFilterError error;
  const std::optional<query::DayRange> want = query::parse_date_filter(value, &error);
  PassageRecords out;
  if (!want) return out;  // the parser validated it
  std::vector<std::size_t> pages;
  for (std::size_t i = 0; i < index_.date_pages.size(); ++i) {
    const DatePageRef& p = index_.date_pages[i];
    if (p.first_lo <= want->hi && want->lo <= p.last_hi) pages.push_back(i);
  }
  if (Status s = load_date_pages(pages); !s.ok()) return s;
  for (const SiteDate& d : dates_)
    if (query::DayRange{d.lo, d.hi}.overlaps(*want)) out.emplace_back(d.passage, d.record);
  sort_unique(out);
  return out;
}

core::Result<AnnotationReader::PassageRecords> AnnotationReader::entity_passages(
    std::string_view name) {
  auto ids = resolve(name);
  if (!ids.ok()) return ids.status();
  std::vector<std::size_t> pages;
  for (std::uint32_t id : ids.value()) {
    const auto after =
        std::upper_bound(index_.entity_pages.begin(), index_.entity_pages.end(), id,
                         [](std::uint32_t v, const EntityPageRef& p) { return v < p.first_id; });
    pages.push_back(static_cast<std::size_t>(after - index_.entity_pages.begin()) - 1);
  }
  if (Status s = load_entity_pages(pages); !s.ok()) return s;
  PassageRecords out;
  for (std::uint32_t id : ids.value()) {
    const SiteEntity& e = entities_[id];  // records: one per passage (decode_entity_page)
    for (std::size_t k = 0; k < e.passages.size(); ++k)
      out.emplace_back(e.passages[k], e.records[k]);
  }
  sort_unique(out);
  return out;
}

WordKeying AnnotationReader::key_word(std::string_view word) const {
  if (keyer_.word) return keyer_.word(word);
  const std::vector<const KeyRecord*> w = records(key_of('w', word));
  if (!w.empty()) return {true, {w[0]->word_key, w[0]->roman, w[0]->skeleton}};
  return ascii_keys(word);
}

// search::SearchAnnotations::resolve_entity over the stored keys: the entities with a name of
// the query's lookup key; else, for one word, the people of that surname; else those with a
// name whose last word romanizes alike, or people whose roman is near (same skeleton).
core::Result<std::vector<std::uint32_t>> AnnotationReader::resolve(std::string_view name) {
  const std::vector<std::string> words = split(name, " ");
  const std::vector<std::string> tokens = split(name, " \n\t");  // as NameKeyer::lookup_key
  if (words.empty()) return std::vector<std::uint32_t>{};
  if (!keyer_.word) {  // the words' keys from the site's table first
    std::vector<std::string> keys{key_of('w', words.back())};
    for (const std::string& t : tokens) keys.push_back(key_of('w', t));
    if (Status s = load_keys(keys); !s.ok()) return s;
  }
  bool name_known = true;
  std::string key;
  for (const std::string& t : tokens) {
    const WordKeying k = key_word(t);
    name_known = name_known && k.known;
    if (!key.empty()) key.push_back(' ');  // as lookup_key joins them
    key += k.keys.key;
  }
  const WordKeying last = key_word(words.back());
  const bool near = keyer_.near && last.keys.skeleton.size() >= 3;
  std::vector<std::string> wanted;
  if (name_known) wanted.push_back(key_of('n', key));
  if (last.known && words.size() == 1) wanted.push_back(key_of('s', last.keys.key));
  if (last.known && !last.keys.roman.empty()) wanted.push_back(key_of('r', last.keys.roman));
  if (last.known && near) wanted.push_back(key_of('k', last.keys.skeleton));
  if (Status s = load_keys(wanted); !s.ok()) return s;
  std::vector<std::uint32_t> ids;
  const auto take = [&](const std::string& k, bool close) {
    for (const KeyRecord* r : records(k))
      if (!close || keyer_.near(last.keys.roman, r->roman)) ids.push_back(r->entity);
  };
  if (name_known) take(key_of('n', key), false);
  if (ids.empty() && last.known && words.size() == 1) take(key_of('s', last.keys.key), false);
  if (ids.empty() && last.known && !last.keys.roman.empty()) {
    take(key_of('r', last.keys.roman), false);
    if (near) take(key_of('k', last.keys.skeleton), true);
  }
  for (std::uint32_t id : ids)
    if (id >= index_.entities) return invalid(file_ + ": a key names no entity");
  sort_unique(ids);
  return ids;
}

std::vector<const KeyRecord*> AnnotationReader::records(const std::string& key) const {
  std::vector<const KeyRecord*> out;
  const auto& pages = index_.key_pages;
  const auto after =
      std::upper_bound(pages.begin(), pages.end(), key,
                       [](const std::string& k, const KeyPageRef& p) { return k < p.first_key; });
  if (after == pages.begin()) return out;
  const std::vector<KeyRecord>& page = key_pages_[after - pages.begin() - 1];  // sized at open
  auto it = std::lower_bound(page.begin(), page.end(), key,
                             [](const KeyRecord& r, const std::string& k) { return r.key < k; });
  for (; it != page.end() && it->key == key; ++it) out.push_back(&*it);
  return out;
}

Status AnnotationReader::load_keys(const std::vector<std::string>& keys) {
  Status first_error;
  for (const std::string& key : keys) {
    const auto& pages = index_.key_pages;
    const auto after =
        std::upper_bound(pages.begin(), pages.end(), key,
                         [](const std::string& k, const KeyPageRef& p) { return k < p.first_key; });
    if (after == pages.begin()) continue;
    const std::size_t i = static_cast<std::size_t>(after - pages.begin()) - 1;
    if (key_loaded_[i]) continue;
    auto payload = fetch_(kKeyPageMagic, pages[i].file);
    auto page = payload.ok() ? decode_key_page(payload.value())
                             : core::Result<std::vector<KeyRecord>>(payload.status());
    const std::string* next = i + 1 < pages.size() ? &pages[i + 1].first_key : nullptr;
    if (page.ok() && (page.value().empty() || page.value().front().key != pages[i].first_key ||
                      (next && page.value().back().key >= *next)))
      page = invalid("its keys are not the annotations file's range");
    if (!page.ok()) {
      if (first_error.ok())
        first_error =
            payload.ok() ? invalid(pages[i].file + ": " + page.status().message()) : page.status();
      continue;
    }
    key_pages_[i] = std::move(page.value());
    key_loaded_[i] = true;
  }
  return first_error;
}

Status AnnotationReader::load_entity_pages(const std::vector<std::size_t>& pages) {
  Status first_error;
  for (std::size_t i : pages) {
    if (entity_loaded_[i]) continue;
    const EntityPageRef& ref = index_.entity_pages[i];
    const std::uint32_t end =
        i + 1 < index_.entity_pages.size() ? index_.entity_pages[i + 1].first_id : index_.entities;
    auto payload = fetch_(kEntityPageMagic, ref.file);
    auto page = payload.ok() ? decode_entity_page(payload.value(), passages_, documents_)
                             : core::Result<std::vector<SiteEntity>>(payload.status());
    if (page.ok() && page.value().size() != end - ref.first_id)
      page = invalid("its entities are not the annotations file's range");
    if (!page.ok()) {
      if (first_error.ok())
        first_error =
            payload.ok() ? invalid(ref.file + ": " + page.status().message()) : page.status();
      continue;
    }
    for (std::size_t k = 0; k < page.value().size(); ++k)
      entities_[ref.first_id + k] = std::move(page.value()[k]);
    entity_loaded_[i] = true;
  }
  return first_error;
}

Status AnnotationReader::load_date_pages(const std::vector<std::size_t>& pages) {
  Status first_error;
  for (std::size_t i : pages) {
    if (date_loaded_[i]) continue;
    const DatePageRef& ref = index_.date_pages[i];
    auto payload = fetch_(kDatePageMagic, ref.file);
    auto page = payload.ok() ? decode_date_page(payload.value(), passages_, documents_)
                             : core::Result<std::vector<SiteDate>>(payload.status());
    if (page.ok()) {  // its days inside the page's range, as the annotations file lists them
      for (const SiteDate& d : page.value())
        if (d.lo < ref.first_lo || d.hi > ref.last_hi)
          page = invalid("a date outside the annotations file's range");
    }
    if (!page.ok()) {
      if (first_error.ok())
        first_error =
            payload.ok() ? invalid(ref.file + ": " + page.status().message()) : page.status();
      continue;
    }
    dates_.insert(dates_.end(), page.value().begin(), page.value().end());
    date_loaded_[i] = true;
  }
  return first_error;
}

Status AnnotationReader::load_all_dates() {
  if (Status s = open(); !s.ok()) return s;
  std::vector<std::size_t> all(index_.date_pages.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  return load_date_pages(all);
}

}  // namespace loupe::site
