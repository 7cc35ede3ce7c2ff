// Language: the languages Loupe analyses specially, identified per paragraph.
// E.g. language_code(Language::kUk) == "uk"; language_from_code("ko") == Language::kKo.
#pragma once
#include <string_view>

namespace loupe::core {

enum class Language { kOther, kKo, kEn, kEs, kRu, kUk };

inline std::string_view language_code(Language lang) {
  switch (lang) {
    case Language::kKo:
      return "ko";
    case Language::kEn:
      return "en";
    case Language::kEs:
      return "es";
    case Language::kRu:
      return "ru";
    case Language::kUk:
      return "uk";
    case Language::kOther:
      return "other";
  }
  return "other";
}

inline Language language_from_code(std::string_view code) {
  for (Language l : {Language::kKo, Language::kEn, Language::kEs, Language::kRu, Language::kUk}) {
    if (language_code(l) == code) return l;
  }
  return Language::kOther;
}

}  // namespace loupe::core
