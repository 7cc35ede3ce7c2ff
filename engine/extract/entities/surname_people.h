// The people a lone surname may join when linking (entity_linking.cc's surnames pass): the
// full names by script and surname key, and the choice among several that fit.
// E.g. chosen_person({3}, named) -> 3; chosen_person({3, 8}, {{3, 4}, {8, 1}}) -> 3.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "extract/entities/text_scan.h"

namespace loupe::entities {

// The people with a full name, by script and surname key (surnames()).
struct SurnamePeople {
  struct Person {
    std::size_t member;                                 // one of its records
    std::map<std::uint32_t, std::size_t> first_in_doc;  // doc -> first byte
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> first_in_paragraph;
  };
  std::map<std::pair<Script, std::string>, std::map<std::size_t, Person>> of_key;  // by root
  std::map<std::size_t, std::size_t> named;  // a person's member -> how often named in full
  // The same people by romanized surname, for a lone surname no person of its script fits
  // (Путина in a text that names Vladimir Putin only in Latin and Hangul).
  std::map<std::string, std::set<std::size_t>> by_roman;
};

inline constexpr std::size_t kNoPerson = static_cast<std::size_t>(-1);

// The one person of `fit`, or of several the one the corpus names in full at least twice as
// often as any other (a tagger that joins neighbouring names makes rare false namesakes:
// 유리 우샤코프 푸틴); else kNoPerson.
std::size_t chosen_person(const std::set<std::size_t>& fit,
                          const std::map<std::size_t, std::size_t>& named);

}  // namespace loupe::entities
