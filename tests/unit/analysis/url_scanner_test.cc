#include "analysis/url_scanner.h"

#include <catch2/catch.hpp>
#include <string>

#include "analysis/analyzed_text.h"

using namespace loupe::analysis;

namespace {
std::vector<std::string> links(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& l : find_links(s, {0, s.size()})) {
    out.emplace_back(s.substr(l.bytes.begin_byte, l.bytes.size()));
  }
  return out;
}
}  // namespace

TEST_CASE("find_links trims sentence punctuation and rejects non-addresses", "[analysis]") {
  CHECK(links("see https://x.org/a. Or me@x.org") ==
        std::vector<std::string>{"https://x.org/a", "me@x.org"});
  CHECK(links("a@b, user@localhost, @handle, x@y.z1").empty());
  CHECK(links("twww.example.com http:// www.").empty());
  CHECK(links("«https://пример.рф/путь»") == std::vector<std::string>{"https://пример.рф/путь"});
  CHECK(links("자료는 www.example.com에서 확인") == std::vector<std::string>{"www.example.com"});
  CHECK(links("“http://a.org/x”.") == std::vector<std::string>{"http://a.org/x"});
  auto l = find_links("mail: A.B@Example.COM.", {0, 22});
  REQUIRE(l.size() == 1);
  CHECK(l[0].flag == kTokenEmail);
  CHECK(l[0].bytes.begin_byte == 6);
  CHECK(l[0].bytes.end_byte == 21);
}
