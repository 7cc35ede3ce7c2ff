#include "normalize/normalizer.h"

#include <catch2/catch.hpp>
#include <string>

#include "support/normalize_check.h"

using loupe::core::ByteRange;
using loupe::normalize::normalize;
using loupe::normalize::NormalizedText;
using loupe::normalize::NormalizeOptions;
using loupe::normalize::RepairKind;

namespace {

std::size_t count(const NormalizedText& n, RepairKind kind) {
  std::size_t k = 0;
  for (const auto& r : n.repairs) k += r.kind == kind;
  return k;
}

// The source bytes a normalized substring maps to.
std::string source_of(std::string_view src, const NormalizedText& n, std::string_view needle) {
  const std::size_t at = n.text.find(needle);
  REQUIRE(at != std::string::npos);
  const ByteRange r = n.to_source.to_source({at, at + needle.size()});
  return std::string(src.substr(r.begin_byte, r.size()));
}

}  // namespace

TEST_CASE("normalize: empty input and plain text", "[normalize]") {
  NormalizedText e = normalize("");
  CHECK(e.text.empty());
  CHECK(e.repairs.empty());
  const std::string es = "La paz llegará pronto.";
  NormalizedText n = normalize(es);
  CHECK(n.text == es);
  CHECK(n.repairs.empty());
  loupe::test::check_word_offsets(es, n);
}

TEST_CASE("normalize: \\r\\n and lone \\r become \\n, mapped to their bytes", "[normalize]") {
  const std::string in = "Переговоры начались.\r\n\r\nРазговор шёл тайно.\r\rКонец.";
  NormalizedText n = normalize(in);
  CHECK(n.text == "Переговоры начались.\n\nРазговор шёл тайно.\n\nКонец.");
  CHECK(count(n, RepairKind::kNewline) >= 2);
  CHECK(source_of(in, n, "Разговор") == "Разговор");
  CHECK(source_of(in, n, "Конец") == "Конец");
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: NUL and invalid UTF-8 are replaced, never dropped", "[normalize]") {
  const std::string in = std::string(
      "Lavrov\0met\x01Haass in \xFF"
      "April.",
      27);
  NormalizedText n = normalize(in);
  CHECK(n.text ==
        "Lavrov met Haass in \xEF\xBF\xBD"
        "April.");
  CHECK(count(n, RepairKind::kControlChar) == 2);
  CHECK(count(n, RepairKind::kInvalidUtf8) == 1);
  const std::size_t fffd = n.text.find("\xEF\xBF\xBD");
  CHECK(n.to_source.to_source({fffd, fffd + 3}) == ByteRange{20, 21});
  CHECK(source_of(in, n, "April") == "April");
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: NFD input is composed, each syllable maps to its jamo", "[normalize]") {
  // "라브로프" in conjoining jamo (NFD) and "é" as e + U+0301, in a Ukrainian/Spanish context.
  const std::string nfd_ko = "\u1105\u1161\u1107\u1173\u1105\u1169\u1111\u1173";
  const std::string in = "Лавров " + nfd_ko + " cafe\u0301 мир";
  NormalizedText n = normalize(in);
  CHECK(n.text == "Лавров 라브로프 café мир");
  CHECK(count(n, RepairKind::kNfc) >= 1);
  CHECK(source_of(in, n, "라브로프") == nfd_ko);
  CHECK(source_of(in, n, "café") == "cafe\u0301");
  CHECK(source_of(in, n, "мир") == "мир");
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: hard-wrapped lines become paragraphs separated by \\n\\n", "[normalize]") {
  const std::string in =
      "The negotiators met in New York in April and discussed the war\n"
      "in Ukraine for several hours, according to four former officials\n"
      "who spoke to the press about the meeting later that month.\n"
      "\n"
      "Both sides said the talks were not negotiations but a dialogue\n"
      "between experts who wanted to test new ideas and proposals.\n";
  NormalizedText n = normalize(in);
  CHECK(n.text ==
        "The negotiators met in New York in April and discussed the war in Ukraine for several "
        "hours, according to four former officials who spoke to the press about the meeting "
        "later that month.\n\nBoth sides said the talks were not negotiations but a dialogue "
        "between experts who wanted to test new ideas and proposals.");
  CHECK(count(n, RepairKind::kLineJoin) >= 4);
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: a line break inside a Hangul word is removed", "[normalize]") {
  // The wrap cuts "라브로프" (seen whole inside other lines) but falls between two words at
  // "외무장관은\n지난" (both seen as whole words): evidence from the document decides.
  const std::string in =
      "러시아 외무부는 라브로프가 미국 관리들과 만났다고 확인했다. 세르게이 라브\n"
      "로프 러시아 외무장관은 뉴욕에서 몇 시간 동안 미국 관리들을 외무장관은\n"
      "지난 4월 만났다고 전직 관리가 말했다. 라브로프 장관은 지난 회담을 부인하지\n"
      "않았고 회담이 대화였다고 말했다 라브로프는 다시 뉴욕에 가지 않았다고 밝혔다.\n";
  NormalizedText n = normalize(in);
  CHECK(n.text.find("세르게이 라브로프 러시아") != std::string::npos);
  CHECK(n.text.find("외무장관은 지난 4월") != std::string::npos);
  CHECK(count(n, RepairKind::kHangulJoin) >= 1);
  CHECK(source_of(in, n, "라브로프 러시아") == "라브\n로프 러시아");
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: words hyphenated across lines", "[normalize]") {
  const std::string in =
      "The secret negotiations began in April, and the well-known diplomat said that the nego-\n"
      "tiations were only a dialogue between experts. Everybody agreed that the well-\n"
      "known diplomat was right, and the experts said that these negotiations should go on\n"
      "despite the war, since Переговоры и перего-\nворы are words in Russian переговоры.\n";
  NormalizedText n = normalize(in);
  CHECK(n.text.find("the negotiations were") != std::string::npos);
  CHECK(n.text.find("the well-known diplomat was") != std::string::npos);
  CHECK(n.text.find("и переговоры are") != std::string::npos);
  CHECK(count(n, RepairKind::kHyphenJoin) == 3);
  CHECK(source_of(in, n, "negotiations were") == "nego-\ntiations were");
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: letter-spaced Hangul collapses, real one-syllable words stay",
          "[normalize]") {
  const std::string in =
      "대통령은 극 동 연 방 관 구  대 통 령  전 권 대 표 를 만났다. 군 대 군 접촉을 재건한다.";
  NormalizedText n = normalize(in);
  CHECK(n.text == "대통령은 극동연방관구  대통령  전권대표를 만났다. 군 대 군 접촉을 재건한다.");
  CHECK(count(n, RepairKind::kLetterSpacing) == 5 + 2 + 4);
  CHECK(source_of(in, n, "극동연방관구") == "극 동 연 방 관 구");
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: footnote markers leave the text, footnotes themselves stay", "[normalize]") {
  const std::string in =
      "보도다.[1] 이 논문이 발표되었다.[12]\n\n"
      "He said so in April. [2] Then he left[3].\n\n"
      "[1] Michael Example: Notes on Diplomacy, 2023.";
  NormalizedText n = normalize(in);
  CHECK(n.text ==
        "보도다. 이 논문이 발표되었다.\n\nHe said so in April. Then he left.\n\n"
        "[1] Michael Example: Notes on Diplomacy, 2023.");
  CHECK(count(n, RepairKind::kFootnoteMarker) == 4);
  REQUIRE(n.removed_source.size() == 4);
  CHECK(in.substr(n.removed_source[0].begin_byte, n.removed_source[0].size()) == "[1]");
  CHECK(in.substr(n.removed_source[2].begin_byte, n.removed_source[2].size()) == " [2]");
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: running headers and page numbers are removed", "[normalize]") {
  std::string in;
  const char* body[] = {
      "Міністр закордонних справ зустрівся з американськими дипломатами у",
      "Нью-Йорку, де вони обговорювали можливі шляхи завершення війни та",
      "нові пропозиції щодо переговорів між Росією і Сполученими Штатами.",
      "Учасники зустрічі стверджували, що це була лише розмова експертів,",
  };
  for (int page = 1; page <= 3; ++page) {
    in += "Вісник миру № 12\n";
    for (const char* line : body) in += std::string(line) + "\n";
    in += std::to_string(page) + "\n";
  }
  NormalizedText n = normalize(in);
  CHECK(n.text.find("Вісник") == std::string::npos);
  CHECK(n.text.find("\n2") == std::string::npos);
  CHECK(count(n, RepairKind::kRunningHeader) >= 3);
  CHECK(count(n, RepairKind::kPageNumber) >= 3);
  // A page break falls mid-paragraph: the lines around it are joined by a space.
  CHECK(n.text.find("експертів, Міністр") != std::string::npos);
  REQUIRE(n.removed_source.size() == 6);
  CHECK(in.substr(n.removed_source[0].begin_byte, n.removed_source[0].size()) ==
        "Вісник миру № 12");
  CHECK(in.substr(n.removed_source[1].begin_byte, n.removed_source[1].size()) == "1");
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: a running header that carries its page number is removed", "[normalize]") {
  // A manual's running head: its chapter's title and the page's number, on every page, above
  // each page's own first line (no line repeats but the head, whose number changes).
  std::string in;
  const char* names[] = {"parse_tree", "free_tree", "copy_tree", "walk_tree"};
  for (int page = 9; page <= 12; ++page) {
    in += "\nChapter 4: Function reference " + std::to_string(page) + "\n";
    in += std::string(names[page - 9]) +
          "\nThe function returns the tree of the buffer it was given,\n";
    in += "or nothing when the buffer is empty or holds no terminator.\n";
    in += "Returns: the tree on success, nothing on failure.\n";
  }
  NormalizedText n = normalize(in);
  CHECK(n.text.find("Chapter") == std::string::npos);
  CHECK(count(n, RepairKind::kRunningHeader) >= 4);
  REQUIRE(!n.removed_source.empty());
  CHECK(in.substr(n.removed_source[0].begin_byte, n.removed_source[0].size()) ==
        "Chapter 4: Function reference 9");
  loupe::test::check_word_offsets(in, n);
  // Numbered headings of one word, and one heading that comes with the same number, stay.
  std::string steps, same;
  for (int i = 1; i <= 4; ++i) {
    steps += "Step " + std::to_string(i) + "\n\n";
    same += "Harbour tide table 7\n\n";
    for (int k = 0; k < 4; ++k) {
      const std::string line =
          "Turn the valve a quarter and wait for the gauge to settle there.\n\n";
      steps += line, same += line;
    }
  }
  CHECK(normalize(steps).text.find("Step 3") != std::string::npos);
  CHECK(count(normalize(same), RepairKind::kRunningHeader) >= 4);  // identical lines: as before
}

TEST_CASE("normalize: options switch steps off", "[normalize]") {
  NormalizeOptions o;
  o.rejoin_lines = false;
  o.remove_footnote_markers = false;
  NormalizedText n = normalize("Primera línea[1]\nsegunda línea", o);
  CHECK(n.text == "Primera línea[1]\n\nsegunda línea");
}

TEST_CASE("normalize: the example in normalizer.h", "[normalize]") {
  const std::string in = "세르게이 라브\n로프 외무장관은[1]\r\n";
  NormalizedText n = normalize(in);
  CHECK(n.text == "세르게이 라브로프 외무장관은");
  REQUIRE(n.removed_source.size() == 1);
  CHECK(n.removed_source[0] == ByteRange{42, 45});
  CHECK(count(n, RepairKind::kNewline) == 1);
  CHECK(count(n, RepairKind::kFootnoteMarker) == 1);
  CHECK(count(n, RepairKind::kHangulJoin) == 1);
  CHECK(n.to_source.to_source({13, 25}) == ByteRange{13, 26});
}

TEST_CASE("normalize: a heading or caption a text repeats is not a running header", "[normalize]") {
  // A title repeated as the first heading (3 lines apart), and a caption repeated once far
  // below with no page number beside either: both are text and stay searchable.
  std::string in = "6. Image menu\n\nChapter 16. Menus\n\n6. Image menu\n\n";
  for (int i = 0; i < 12; ++i)
    in += "The image menu holds the commands that act on the whole image.\n\n";
  in += "Original image\n\n";
  for (int i = 0; i < 6; ++i) in += "Rotation applied with the clip option kept as it was.\n\n";
  in += "Original image\n\nThe end.\n";
  NormalizedText n = normalize(in);
  CHECK(count(n, RepairKind::kRunningHeader) == 0);
  CHECK(n.text.find("6. Image menu") == 0);
  CHECK(n.text.find("Original image") != std::string::npos);
  // The same repeat twice, with a page number beside one: a two-page document's header.
  std::string paged = "Bulletin 12\n";
  for (int i = 0; i < 5; ++i)
    paged += "A line of the first page that runs on to the very end here\n";
  paged += "1\nBulletin 12\n";
  for (int i = 0; i < 5; ++i)
    paged += "A line of the second page that runs on to the very end here\n";
  paged += "2\n";
  NormalizedText p = normalize(paged);
  CHECK(count(p, RepairKind::kRunningHeader) >= 2);
  CHECK(p.text.find("Bulletin") == std::string::npos);
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: a text indented as a whole wraps; a deeper first line starts a paragraph",
          "[normalize]") {
  const std::string in =
      "    APT is the Advanced Package Tool, which provides the apt-get program of the Debian\n"
      "    package system; it gives command line tools for searching and managing packages\n"
      "    and for querying information about them.\n"
      "        A second paragraph starts here, indented deeper than the lines before it were,\n"
      "    and goes on at the block's indentation until it ends.\n";
  NormalizedText n = normalize(in);
  CHECK(n.text.find("the Debian package system") != std::string::npos);
  CHECK(n.text.find("them.\n\nA second paragraph") != std::string::npos);
  CHECK(n.text.find("were, and goes on") != std::string::npos);
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: a manual page's hard margin wraps even among headings and short lines",
          "[normalize]") {
  // Most lines are short (headings, synopsis), a few reach the margin and none goes past it:
  // the lines of a paragraph are one paragraph, so "file descriptor" across a break is a phrase.
  const std::string in =
      "NAME\nEOF - end of file or error indicator\n\nLIBRARY\nStandard C library (libc)\n\n"
      "SYNOPSIS\n#include <stdio.h>\n\n#define EOF\n\nDESCRIPTION\n"
      "EOF  represents the end of an input file, or an error indication.  It is a negative value,\n"
      "of type int.\n\nCAVEATS\n"
      "Programs  can't  pass this value to an output function to write the end of a file.  That\n"
      "would likely result in undefined behavior.  Instead, closing the writing  stream  or  file\n"
      "descriptor that refers to such file is the way to signal the end of that file here.\n\n"
      "SEE ALSO\nfeof(3), fgetc(3)\n";
  NormalizedText n = normalize(in);
  INFO(n.text);
  CHECK(n.text.find("file descriptor that") != std::string::npos);
  // Without a margin (one paragraph per line, lines of every length), breaks stay paragraphs.
  const std::string lines =
      "A short line.\nThen a much longer line that goes on and on well past any margin a wrapped "
      "text would keep to, "
      "because it is a whole paragraph written on one line\nAnd a third line\nFourth\nFifth line "
      "here\n";
  NormalizedText m = normalize(lines);
  CHECK(m.text.find("one line\n\nAnd a third") != std::string::npos);
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: justified monospace text wraps though most of its lines are short",
          "[normalize]") {
  // Fewer than a quarter of the lines reach the margin (headings, a table, a synopsis), but
  // five are exactly the margin's width, as justified text is: a hard margin.
  std::string in =
      "NAME\nsocket - create an endpoint\n\nSYNOPSIS\n#include <sys/socket.h>\n\nint socket(int "
      "d);\n\n"
      "Name       Purpose\nAF_UNIX    Local\nAF_INET    IPv4\nAF_INET6   IPv6\nAF_X25     X.25\n\n"
      "OPTIONS\n-a\n-b\n-c\n-d\n-e\n-f\n-g\n\nDESCRIPTION\n";
  const std::string justified[] = {
      "socket()  creates  an  endpoint  for  communication and returns a file",
      "descriptor  that refers to that endpoint. The file descriptor returned",
      "by  a  successful call will be the lowest numbered file descriptor not",
      "currently  open  for  the  process.  The  domain  argument specifies a",
      "communication  domain;  this selects the protocol family which will be",
      "used for communication."};
  for (const std::string& l : justified) in += l + "\n";
  NormalizedText n = normalize(in);
  INFO(n.text);
  CHECK(n.text.find("returns a file descriptor") != std::string::npos);
  CHECK(n.text.find("descriptor not currently") != std::string::npos);
  for (const std::string& l : justified) CHECK((l.size() == 70 || l == justified[5]));
  loupe::test::check_word_offsets(in, n);
  // Ragged (the same words, single spaces): the page keeps its line breaks.
  std::string ragged = in;
  for (std::size_t at; (at = ragged.find("  ", ragged.find("DESCRIPTION"))) != std::string::npos;)
    ragged.erase(at, 1);
  NormalizedText r = normalize(ragged);
  CHECK(r.text.find("returns a file descriptor") == std::string::npos);
}

TEST_CASE("normalize: the shortest text with a running header, and shorter ones", "[normalize]") {
  // Two repeats with 3 lines between (kMinPageLines), a page number among them: 5 lines.
  const std::string header = "Bulletin 12\n";
  const std::string line = "A line of the page that runs on to the very end of it here\n";
  const std::string in = header + line + line + "7\n" + header;
  const NormalizedText n = normalize(in);
  CHECK(n.removed_source.size() == 3);  // both headers and the page number
  CHECK(n.text.find("Bulletin") == std::string::npos);
  // Repeats closer than that are text, however short the document (the count is skipped).
  const std::string close = header + line + "7\n" + header;
  const NormalizedText c = normalize(close);
  CHECK(c.removed_source.size() == 1);  // the page number only
  CHECK(c.text.find("Bulletin 12") == 0);
  // A page number is one whatever the text's length: a lone "- 3 -" goes.
  CHECK(normalize("- 3 -").removed_source.size() == 1);
  CHECK(normalize("- 3 -").text.empty());
}
