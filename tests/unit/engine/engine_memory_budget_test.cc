// Engine::set_memory_budget: the native limit on the heap in use (loupe index --memory-mb).
#include <catch2/catch.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "engine.h"
#include "support/make_engine.h"

using nlohmann::json;

namespace {

using loupe::test::make_engine;
using loupe::test::total_hits;

// 1 MiB of ordinary sentences: kAddBytesPerInputByte asks 16 MiB for it.
std::string one_mib() {
  std::string s;
  while (s.size() < (std::size_t{1} << 20)) s += "The harbor pilots waited for the evening tide. ";
  return s;
}

}  // namespace

TEST_CASE("the heap in use is read natively", "[engine]") {
  const std::size_t before = loupe::Engine::heap_in_use_bytes();
  CHECK(before > 0);
  auto block = std::make_unique<char[]>(std::size_t{8} << 20);
  char* volatile kept = block.get();  // escapes: the allocation cannot be left out
  kept[0] = 1;
  CHECK(loupe::Engine::heap_in_use_bytes() >= before + (std::size_t{8} << 20));
}

TEST_CASE("with a memory budget, a document that would pass it is out_of_memory, the index kept",
          "[engine]") {
  auto e = make_engine();
  REQUIRE(e->add_document("a", "a.txt", "Lavrov met Haass in New York.").ok());
  REQUIRE(e->add_document("b", "b.txt", "The lighthouse keeper counted ferries.").ok());
  // 4 MiB left: the 1 MiB document (16 MiB asked) does not fit, a sentence does.
  e->set_memory_budget(loupe::Engine::heap_in_use_bytes() + (std::size_t{4} << 20));
  const std::string big = one_mib();
  const json r = json::parse(e->add_document_json("big", "big.txt", big));
  CHECK(r["ok"] == false);
  CHECK(r["error"]["code"] == "out_of_memory");
  CHECK(r["error"]["message"].get<std::string>().find("already indexed are kept") !=
        std::string::npos);
  CHECK(e->add_document("big", "big.txt", big).code() == loupe::core::StatusCode::kOutOfMemory);
  CHECK(total_hits(*e, "Lavrov") == 1);
  CHECK(total_hits(*e, "lighthouse") == 1);
  CHECK(total_hits(*e, "pilots") == 0);
  REQUIRE(e->add_document("c", "c.txt", "Seagulls circled the marina.").ok());
  CHECK(total_hits(*e, "marina") == 1);
  // The streamed analyze (the CLI's, the wasm bindings') has its own estimate.
  std::string streamed;
  const auto analyzed =
      e->analyze_to(big, false, [&](std::string_view piece) { streamed.append(piece); });
  CHECK(analyzed.code() == loupe::core::StatusCode::kOutOfMemory);
  CHECK(json::parse(streamed)["error"]["code"] == "out_of_memory");

  // Removed: the same document is added.
  e->set_memory_budget(0);
  REQUIRE(e->add_document("big", "big.txt", big).ok());
  CHECK(total_hits(*e, "pilots") == 1);
  CHECK(total_hits(*e, "Lavrov") == 1);
}

TEST_CASE("without a memory budget nothing is refused for memory", "[engine]") {
  auto e = make_engine();
  REQUIRE(e->add_document("a", "a.txt", "Lavrov met Haass in New York.").ok());
  REQUIRE(e->add_document("big", "big.txt", one_mib()).ok());
  CHECK(total_hits(*e, "pilots") == 1);
  CHECK(total_hits(*e, "Lavrov") == 1);
}

// The entity calls keep their texts' scans and spans for the next call (tens of MiB at most):
// under a budget they give way to a document instead of making it out_of_memory.
TEST_CASE("with a memory budget, the caches kept for speed are dropped before a refusal",
          "[engine]") {
  loupe::Engine::NamedTexts texts;  // 2 MB of sentences in 40 documents
  for (int i = 0; i < 40; ++i) {
    std::string text;
    while (text.size() < 50000)
      text += "Lavrov met Haass in New York on day " + std::to_string(i) + " of the talks. ";
    texts.emplace_back("d" + std::to_string(i), text);
  }
  const std::string big = one_mib();
  for (const bool cached : {false, true}) {
    INFO("caches filled: " << cached);
    auto e = make_engine();
    std::string first;
    if (cached) first = e->entities_json(texts);
    // 64 KiB short of what the 1 MiB document asks (16 MiB).
    e->set_memory_budget(loupe::Engine::heap_in_use_bytes() + (std::size_t{16} << 20) -
                         (std::size_t{64} << 10));
    const loupe::core::Status added = e->add_document("big", "big.txt", big);
    if (!cached) {
      CHECK(added.code() == loupe::core::StatusCode::kOutOfMemory);
      continue;
    }
    CHECK(added.ok());
    CHECK(total_hits(*e, "pilots") == 1);
    e->set_memory_budget(0);
    CHECK(e->entities_json(texts) == first);  // the same results, computed again
  }
}
