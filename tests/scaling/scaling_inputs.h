// The input shapes the scaling test feeds every stage, generated (our own sentences, never the
// shared corpus) to any size: the shapes that once made a stage superlinear.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace loupe::scaling {

struct Shape {
  const char* name;
  std::string (*make)(std::size_t bytes);  // about `bytes` long (never shorter)
};

std::string prose(std::size_t bytes);        // five languages, wrapped lines, paragraphs
std::string one_line(std::size_t bytes);     // the same prose with no line break at all
std::string hangul_run(std::size_t bytes);   // Hangul syllables without a space
std::string short_lines(std::size_t bytes);  // "item 123: ok" lines
std::string legacy(std::size_t bytes);       // Russian prose in windows-1251
std::string repairs(std::size_t bytes);      // footnote markers, hyphenated breaks, CRLF,
                                             // letter-spaced Hangul, control characters
std::string name_marks(std::size_t bytes);   // quotes and brackets left open, glosses, games,
                                             // pairs of countries

const std::vector<Shape>& shapes();

}  // namespace loupe::scaling
