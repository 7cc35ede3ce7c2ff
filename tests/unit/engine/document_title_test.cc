// document_title: a Markdown heading, else the file name's words (document/document_title.cc).
#include "document/document_title.h"

#include <catch2/catch.hpp>
#include <string>

using loupe::document::document_title;

TEST_CASE("document title: a level-1 heading on the first line", "[engine][title]") {
  CHECK(document_title("notes.md", "# Переговоры в Нью-Йорке\n\nтекст") ==
        "Переговоры в Нью-Йорке");
  CHECK(document_title("a.md", "\xEF\xBB\xBF#\t Title ##  \r\nbody") ==
        "Title");                                             // BOM, tab, closing hashes
  CHECK(document_title("a.md", "# 정상회의") == "정상회의");  // no line end
  CHECK(document_title("a.md", "# \nbody") == "a");           // an empty heading: the name
  CHECK(document_title("a.md", "## Two\n") == "a");           // level 2 is no title
  CHECK(document_title("a.md", "#Tight\n") == "a");           // no space after '#'
  CHECK(document_title("a.md", "text\n# Later\n") == "a");    // not the first line
  CHECK(document_title("a.md", "# " + std::string(510, 'x')) == std::string(510, 'x'));
  CHECK(document_title("a.md", "# " + std::string(511, 'x') + "\nbody") == "a");  // a 513-byte line
}

TEST_CASE("document title: the file name's words, without hashes", "[engine][title]") {
  CHECK(document_title("dir/lavrov_interview-2023.txt", "text") == "lavrov interview 2023");
  CHECK(document_title("C:\\docs\\a  b.txt", "") == "a b");
  CHECK(document_title("000_d74994d38762cac4.txt", "") == "");  // no letter left
  CHECK(document_title("000_d74994d38762cac4.txt#12", "") == "000 d74994d38762cac4.txt#12");
  CHECK(document_title("report_DEADBEEF12_final.pdf", "") == "report final");
  CHECK(document_title("__-_", "") == "");
  CHECK(document_title(".bashrc", "") == ".bashrc");
  CHECK(document_title("Pasted text", "") == "Pasted text");
  CHECK(document_title("보고서_2024.hwp", "") == "보고서 2024");
}
