// The line join's layout decisions on whole texts: double-spaced wrapped text (a blank line after
// every line) is joined, while a web page's text (headings and short paragraphs, a blank line
// between each) keeps its paragraphs. Written texts, not corpus text.
#include <catch2/catch.hpp>
#include <string>

#include "normalize/normalizer.h"
#include "support/normalize_check.h"

using loupe::normalize::normalize;
using loupe::normalize::NormalizedText;

TEST_CASE("normalize: double-spaced wrapped text joins; two blank lines break a paragraph",
          "[normalize]") {
  const std::string in =
      "The harbor authority said on Monday that the night shift would\n"
      "\n"
      "return to the container terminal once the cranes had been checked\n"
      "\n"
      "by inspectors from the port and from the insurance company that\n"
      "\n"
      "covers the damage done by the storm to the eastern quays.\n"
      "\n"
      "\n"
      "Dock workers were told to wait for a written notice before they\n"
      "\n"
      "came back, and most of them stayed at home for the whole week.\n";
  const NormalizedText n = normalize(in);
  CHECK(n.text ==
        "The harbor authority said on Monday that the night shift would return to the container "
        "terminal once the cranes had been checked by inspectors from the port and from the "
        "insurance company that covers the damage done by the storm to the eastern quays.\n\n"
        "Dock workers were told to wait for a written notice before they came back, and most of "
        "them stayed at home for the whole week.");
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: a web page's headings and short paragraphs stay paragraphs", "[normalize]") {
  // What `loupe site` makes of <title>, <h1> and two <p>: the title line, then the blocks.
  const std::string page =
      "# Hamburg after the storm\n\nHamburg after the storm\n\nThe harbor of Hamburg "
      "reopened.\n\nMerkel visited the harbor.";
  CHECK(normalize(page).text == page);
  // Headings between paragraphs of about one length: short lines without a period are no
  // wrapped lines cut mid-sentence.
  const std::string sections =
      "Harbor reopens\n\nThe harbor of Hamburg reopened on Monday after the storm.\n\nDamage\n\n"
      "The eastern quays lost two cranes and a warehouse roof in the night.\n\nWhat comes next\n\n"
      "Insurers will send inspectors to every terminal before the end of May.";
  CHECK(normalize(sections).text == sections);
}

TEST_CASE("normalize: a Markdown heading line is a paragraph of its own in wrapped text",
          "[normalize]") {
  const std::string in =
      "# Report on the harbor\n"
      "The negotiators met in New York in April and discussed the war\n"
      "in Ukraine for several hours, according to four former officials\n"
      "who spoke to the press about the meeting later that month.\n";
  const NormalizedText n = normalize(in);
  CHECK(n.text ==
        "# Report on the harbor\n\nThe negotiators met in New York in April and discussed the "
        "war in Ukraine for several hours, according to four former officials who spoke to the "
        "press about the meeting later that month.");
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: a page gap inside a word joins it when the document shows the word whole",
          "[normalize]") {
  // A PDF extractor's page gap: blank lines with no header or page number to remove, after a
  // full line cut mid-word. 러시아 occurs inside lines (러시아와의, 러시아산): the evidence.
  const std::string body =
      "정부는 올해 예산안을 발표하면서 러시아와의 교역이 줄어든 만큼\n"
      "수출 지원을 늘리겠다고 밝혔다. 러시아산 원유 수입은 지난해보다\n"
      "절반 이하로 떨어졌고 정유 업계는 새 거래처를 찾는 중이다. 러\n"
      "\n"
      "\n"
      "\n";
  const std::string in = body +
                         "시아 측은 아직 공식 입장을 내놓지 않았으며 협상 재개 여부는\n"
                         "다음 달 회의에서 정해질 것으로 보인다.\n";
  const NormalizedText n = normalize(in);
  CHECK(n.text.find("중이다. 러시아 측은") != std::string::npos);
  CHECK(n.text.find("\n\n") == std::string::npos);
  loupe::test::check_word_offsets(in, n);

  // No inside word starts with 러나: the gap stays a paragraph break.
  const std::string other = body +
                            "나 측은 아직 공식 입장을 내놓지 않았으며 협상 재개 여부는\n"
                            "다음 달 회의에서 정해질 것으로 보인다.\n";
  CHECK(normalize(other).text.find("중이다. 러\n\n나 측은") != std::string::npos);
  // A full line that ends a sentence before the gap: a paragraph break, whatever follows.
  std::string ended = in;
  ended.replace(ended.find("중이다. 러\n"), std::string("중이다. 러\n").size(),
                "중이다. 러시아.\n");
  CHECK(normalize(ended).text.find("러시아.\n\n시아 측은") != std::string::npos);
}

TEST_CASE("normalize: a page gap after a hyphenated full line joins the word", "[normalize]") {
  const std::string in =
      "The negotiators met in New York in April and discussed the war\n"
      "in Ukraine for several hours, according to four former officials\n"
      "who spoke to the press about the meeting later that month, nego-\n"
      "\n"
      "\n"
      "tiations that the ministry had kept quiet until the autumn.\n";
  const NormalizedText n = normalize(in);
  CHECK(n.text.find("later that month, negotiations that the ministry") != std::string::npos);
  loupe::test::check_word_offsets(in, n);
}

TEST_CASE("normalize: a table of one row per paragraph stays rows, its repeated headings too",
          "[normalize]") {
  // Rows end mid-sentence (no period) and a blank line follows each, as in double-spaced
  // wrapped text; but every next row opens with a capital, and the rows hold several numbers
  // (no "title 08" page marker), so the headings seen twice are no running headers.
  const std::string table =
      "WEEKLY STANDINGS\n\nNORTH GROUP\n\nW L PCT GB\n\nHARBOR CITY 12 4 .750 -\n\n"
      "RIVERTON 10 6 .625 2\n\nLAKESIDE 8 8 .500 4\n\nELMWOOD 6 10 .375 6\n\n"
      "SOUTH GROUP\n\nW L PCT GB\n\nMILLBROOK 11 5 .688 -\n\nOAKDALE 9 7 .563 2\n\n"
      "PINE HILL 5 11 .313 6\n\nWEST FALLS 4 12 .250 7";
  const NormalizedText n = normalize(table);
  CHECK(n.text == table);
  CHECK(n.removed_source.empty());
}

TEST_CASE("normalize: a running title with one number and its page's number marks a page",
          "[normalize]") {
  // Seen twice, a header needs a page marker beside it: `Summit (4.25) review 08` is a title
  // with a date and the page's number (one number before it: 4.25 is one).
  std::string in;
  for (int page = 8; page <= 9; ++page) {
    in += "Harbour Bulletin\n";
    in += "The ministers met in the port city and spoke about the new ferry line,\n";
    in += "the customs rules for the trucks and the dredging of the old channel,\n";
    in += "which the two towns have argued about for more than twenty years now.\n";
    in += "Summit (4.25) review 0" + std::to_string(page) + "\n";
  }
  const NormalizedText n = normalize(in);
  CHECK(n.text.find("Harbour Bulletin") == std::string::npos);
  loupe::test::check_word_offsets(in, n);
}
