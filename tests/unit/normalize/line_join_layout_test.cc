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

TEST_CASE("normalize: a web page's headings and short paragraphs stay paragraphs",
          "[normalize]") {
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
