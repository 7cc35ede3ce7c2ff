// TermLookupScope: tells a reader holding only part of the dictionary (site/site_reader.h)
// every key a query looks up in it. While a scope is alive on this thread, TermDict::find
// (prefix false) and TermDict::prefix_range (prefix true) on `dict` call `observer` with the
// key first; other dictionaries and threads are not observed. A thread-local hook rather than a
// TermDict member: the dictionary's layout and header, which every room includes, stay as they
// are, and a lookup outside a scope costs one test of a thread-local pointer.
// E.g. { TermLookupScope s(idx.terms(), note); searcher.search(root, options); }
#pragma once
#include <functional>
#include <string_view>

#include "index/term_dict.h"

namespace loupe::index {

using TermLookupObserver = std::function<void(std::string_view key, bool prefix)>;

class TermLookupScope {
 public:
  TermLookupScope(const TermDict& dict, const TermLookupObserver& observer);
  ~TermLookupScope();
  TermLookupScope(const TermLookupScope&) = delete;
  TermLookupScope& operator=(const TermLookupScope&) = delete;

 private:
  const void* saved_dict_;
  const TermLookupObserver* saved_observer_;
};

}  // namespace loupe::index
