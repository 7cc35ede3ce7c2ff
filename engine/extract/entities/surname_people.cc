#include "extract/entities/surname_people.h"

#include <algorithm>

namespace loupe::entities {

std::size_t chosen_person(const std::set<std::size_t>& fit,
                          const std::map<std::size_t, std::size_t>& named) {
  if (fit.size() == 1) return *fit.begin();
  std::size_t best = kNoPerson, best_n = 0, second_n = 0;
  for (std::size_t m : fit) {
    const auto it = named.find(m);
    const std::size_t n = it == named.end() ? 0 : it->second;
    if (n > best_n)
      second_n = best_n, best_n = n, best = m;
    else
      second_n = std::max(second_n, n);
  }
  return fit.size() > 1 && best_n >= 2 * second_n ? best : kNoPerson;
}

}  // namespace loupe::entities
