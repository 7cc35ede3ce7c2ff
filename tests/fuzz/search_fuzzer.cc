// The query parser and search with filters and facets over a small corpus in five languages:
// the first piece is the query, the second the options JSON.
#include "fuzz_engine.h"

namespace {

loupe::Engine& corpus() {
  static loupe::Engine& engine = []() -> loupe::Engine& {
    loupe::Engine& e = loupe::fuzz::fresh_engine_once();
    const char* docs[][2] = {
        {"ko",
         "세르게이 라브로프 외무장관은 2022년 11월 15일 뉴욕에서 미국의 전직 관리들을 만났다."},
        {"en",
         "# Harbor report\n\nOn March 3, 2021 Sergey Lavrov met Richard Haass in New York. "
         "The talks about the harbor lasted until Friday."},
        {"ru", "Министр Лавров прилетел в Нью-Йорк 15 ноября 2022 года. Переговоры шли весь день."},
        {"uk", "Переговори у Києві тривали всю ніч 3 березня 2023 року."},
        {"es",
         "El ministro Lavrov llegó a Nueva York el 5 de mayo de 2020 para las negociaciones."},
    };
    for (const auto& d : docs) {
      if (!e.add_document(d[0], std::string(d[0]) + ".txt", d[1]).ok()) std::abort();
    }
    return e;
  }();
  return engine;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  loupe::Engine& engine = corpus();
  loupe::fuzz::Pieces pieces(data, size);
  const std::string_view query = pieces.next();
  const std::string_view options = pieces.next();
  loupe::fuzz::check_envelope(engine.search_json(query, options));
  loupe::fuzz::check_envelope(engine.search_top_docs_json(query, 1 + size % 20));
  return 0;
}
