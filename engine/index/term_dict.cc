#include "index/term_dict.h"

#include <algorithm>

#include "index/term_lookup_hook.h"

namespace loupe::index {
namespace {

// The dictionary observed on this thread and its observer (index/term_lookup_hook.h).
thread_local const void* observed_dict = nullptr;
thread_local const TermLookupObserver* lookup_observer = nullptr;

}  // namespace

TermLookupScope::TermLookupScope(const TermDict& dict, const TermLookupObserver& observer)
    : saved_dict_(observed_dict), saved_observer_(lookup_observer) {
  observed_dict = &dict, lookup_observer = &observer;
}

TermLookupScope::~TermLookupScope() {
  observed_dict = saved_dict_, lookup_observer = saved_observer_;
}

std::uint64_t TermDict::hash(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a: short keys, no dependency
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h ^ (h >> 29);
}

TermId TermDict::find(std::string_view t) const {
  if (observed_dict == this) (*lookup_observer)(t, false);
  if (table_.empty()) return kNoTerm;
  const std::size_t mask = table_.size() - 1;
  for (std::size_t i = hash(t) & mask;; i = (i + 1) & mask) {
    const TermId id = table_[i];
    if (id == kNoTerm) return kNoTerm;
    if (term(id) == t) return id;
  }
}

void TermDict::grow() {
  std::vector<TermId> table(table_.empty() ? 1024 : table_.size() * 2, kNoTerm);
  const std::size_t mask = table.size() - 1;
  for (TermId id = 0; id < size(); ++id) {
    std::size_t i = hash(term(id)) & mask;
    while (table[i] != kNoTerm) i = (i + 1) & mask;
    table[i] = id;
  }
  table_ = std::move(table);
}

TermId TermDict::intern(std::string_view t) {
  const TermId found = find(t);
  if (found != kNoTerm) return found;
  if ((size() + 1) * 2 > table_.size()) grow();  // load factor stays at or below 1/2
  const TermId id = static_cast<TermId>(size());
  arena_.append(t);
  offsets_.push_back(static_cast<std::uint32_t>(arena_.size()));
  const std::size_t mask = table_.size() - 1;
  std::size_t i = hash(t) & mask;
  while (table_[i] != kNoTerm) i = (i + 1) & mask;
  table_[i] = id;
  return id;
}

// Incremental: only the ids added since the last call are sorted, then merged in. Loading
// interns terms in byte order, so there the new ids are sorted already (checked, not sorted).
const std::vector<TermId>& TermDict::sorted() const {
  const std::size_t old = sorted_.size();
  if (old == size()) return sorted_;
  const auto less = [this](TermId a, TermId b) { return term(a) < term(b); };
  for (TermId id = static_cast<TermId>(old); id < size(); ++id) sorted_.push_back(id);
  if (!std::is_sorted(sorted_.begin() + old, sorted_.end(), less))
    std::sort(sorted_.begin() + old, sorted_.end(), less);
  std::inplace_merge(sorted_.begin(), sorted_.begin() + old, sorted_.end(), less);
  return sorted_;
}

std::pair<std::size_t, std::size_t> TermDict::prefix_range(std::string_view prefix) const {
  if (observed_dict == this) (*lookup_observer)(prefix, true);
  const std::vector<TermId>& s = sorted();
  const auto lo = std::lower_bound(s.begin(), s.end(), prefix,
                                   [this](TermId id, std::string_view p) { return term(id) < p; });
  auto hi = lo;
  while (hi != s.end() && term(*hi).substr(0, prefix.size()) == prefix) ++hi;
  return {static_cast<std::size_t>(lo - s.begin()), static_cast<std::size_t>(hi - s.begin())};
}

}  // namespace loupe::index
