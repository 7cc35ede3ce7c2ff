// The options of loupe_ner_train (ner_train.cc gives their meaning), parsed from argv.
// E.g. parse_options(argc, argv).epochs == 15 without --epochs.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "crf.h"

namespace loupe::ner {

struct Options {
  std::string out, within;  // --within: a pruned model whose weights alone are trained
  std::vector<std::string> train, dev;
  int bits = 20, epochs = 15, min_count = 2;
  std::size_t max_rows = 0;  // keep only the rows of largest L1 norm (0: all); the size budget
  unsigned seed = 1;
  int holdout = 0;
  int seeds = 1;  // models trained in different orders whose weights are averaged
  bool places_loc = false;
  bool org_names_only = false;
  bool org_with_place = false, split_brackets = false;
  bool conjunctions = false;  // --conjunctions: CoNLL-2002's `Castilla. León` as `Castilla y León`
  bool recall_shift = false;  // pick a score shift against O on the held-out documents
  bool split_places = false;
  bool no_pick = false;  // --no-pick: train --epochs epochs, pick nothing
  float margin = 0;      // loss-augmented training (perceptron.h)
  int word_classes = 0;  // fine word classes learned from the training text (0: none)
  std::string places;    // --places FILE: a place-name list as word classes (word_classes.h)
  std::vector<std::string> lists;  // --list FILE (repeated): other lists, bit groups of their own
  double clip = 1.0;  // quantile of |weight| that maps to 127 (1: the largest; clipping hurt)
  bool crf = false;   // --crf: conditional log-likelihood (crf.h) instead of the perceptron
  CrfOptions crf_options;
};

// Throws std::runtime_error on an unknown argument or without --out, --train and --dev.
Options parse_options(int argc, char** argv);

}  // namespace loupe::ner
