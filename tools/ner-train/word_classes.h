// Word classes learned from unlabelled text (the training files' text, labels unused): each
// word seen at least `min_count` times is a vector of its left and right neighbours' counts
// (the `contexts` most frequent words, one slot for the others, one for a sequence edge),
// square-rooted and L2-normalized; spherical k-means (seeded, deterministic) puts them in
// `fine` classes, and again in `coarse` ones. The classes are the tagger's features
// (entities::WordClasses, tagger_features.h); only the words' key hashes and class numbers are
// kept, never the text.
// E.g. learn_word_classes(docs, extractor, {}) -> ~10,000 words in 256 fine / 32 coarse classes.
#pragma once
#include <string>
#include <vector>

#include "extract/entities/tagger_features.h"
#include "extract/entities/tagger_word_classes.h"
#include "ner_data.h"

namespace loupe::ner {

struct WordClassOptions {
  int fine = 256;   // classes (at most 1024)
  int coarse = 32;  // at most 64
  int min_count = 3;
  int contexts = 600;
  int iterations = 12;
  unsigned seed = 1;
};

entities::WordClasses learn_word_classes(const std::vector<NerDoc>& docs,
                                         entities::TaggerFeatures& extractor,
                                         const WordClassOptions& options);

// --places FILE: the capitalized words of a list of place names (one name a line, e.g. the
// towns of a country) as classes: a bit for each place the word takes in a name (1 alone, 2
// first, 4 inside, 8 last of several), so the tagger sees "a word of a known town's name".
entities::WordClasses place_classes(const std::string& path, entities::TaggerFeatures& extractor);

// --list FILE (repeated, at most 6): the capitalized words of other lists (one name a line, e.g.
// the proper nouns of a dictionary) as bit groups of their own in the same table: list k sets
// bit kFineBits + k (the coarse part; the place bits are the fine part), so the tagger sees "a
// word of list k" apart from "a word of a town's name". `classes`: the place classes or empty.
entities::WordClasses with_lists(const entities::WordClasses& classes,
                                 const std::vector<std::string>& paths,
                                 entities::TaggerFeatures& extractor);

}  // namespace loupe::ner
