#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "engine.h"
#include "support/make_engine.h"

using nlohmann::json;

namespace {

using loupe::test::make_engine;

// Inputs whose normalized text differs from the input: BOM + CRLF, a line broken inside a
// Korean word, invalid UTF-8, a legacy-looking Cyrillic text with an NFC change.
const std::map<std::string, std::string> kInputs = {
    {"ko", "\xEF\xBB\xBF오늘 라브\r\n로프가 도착했다.\r\n\r\n외교관계위원회 위원들이 만났다."},
    {"ru", "Министр Лавров прилетел в Нью-Йорк.\n\nПереговоры \xFF продолжались."},
    {"es", "Negociaciones secretas entre diplomáticos."}};

loupe::Engine::SourceLookup sources(const std::map<std::string, std::string>& inputs) {
  return [&inputs](std::string_view id) -> loupe::core::Result<std::string> {
    const auto it = inputs.find(std::string(id));
    if (it == inputs.end())
      return loupe::core::Status(loupe::core::StatusCode::kInvalidArgument, "unknown id");
    return it->second;
  };
}

}  // namespace

TEST_CASE("an index saved without text answers exactly like one saved with it", "[engine]") {
  auto e = make_engine();
  for (const auto& [id, input] : kInputs) REQUIRE(e->add_document(id, id + ".txt", input).ok());
  const std::vector<std::uint8_t> full = e->save_index();
  const std::vector<std::uint8_t> bare = e->save_index(false);
  CHECK(bare.size() < full.size());
  auto a = make_engine(), b = make_engine();
  REQUIRE(a->load_index(std::string(full.begin(), full.end())).ok());
  REQUIRE(b->load_index(std::string(bare.begin(), bare.end()), sources(kInputs)).ok());
  for (const char* q :
       {"라브로프", "위원회", "Лавров", "переговоры", "\"negociaciones secretas\"", "diplom*"}) {
    INFO(q);
    const json ra = json::parse(a->search_json(q, "{}"));
    CHECK(ra["total"].get<int>() > 0);
    CHECK(ra == json::parse(b->search_json(q, "{}")));  // offsets, snippets, highlights alike
  }
}

TEST_CASE("an index without text is refused when a source is missing or changed; the old one stays",
          "[engine]") {
  auto e = make_engine();
  for (const auto& [id, input] : kInputs) REQUIRE(e->add_document(id, id + ".txt", input).ok());
  const std::vector<std::uint8_t> saved = e->save_index(false);
  const std::string bytes(saved.begin(), saved.end());
  auto f = make_engine();
  REQUIRE(f->add_document("old", "old.txt", "Лавров").ok());
  CHECK(f->load_index(bytes).code() == loupe::core::StatusCode::kInvalidData);
  std::map<std::string, std::string> changed = kInputs;
  changed["es"] = "Negociaciones secretas entre diplomáticas.";
  const loupe::core::Status s = f->load_index(bytes, sources(changed));
  CHECK(s.code() == loupe::core::StatusCode::kInvalidData);
  CHECK(s.message().find("document es") == 0);
  changed.erase("es");
  CHECK(f->load_index(bytes, sources(changed)).message() == "document es: unknown id");
  CHECK(json::parse(f->search_json("Лавров", "{}"))["hits"][0]["doc"] == "old");
}
