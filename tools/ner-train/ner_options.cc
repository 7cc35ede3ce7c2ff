#include "ner_options.h"

#include <stdexcept>

namespace loupe::ner {

Options parse_options(int argc, char** argv) {
  Options o;
  std::vector<std::string>* list = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--out")
      o.out = next(), list = nullptr;
    else if (a == "--bits")
      o.bits = std::stoi(next()), list = nullptr;
    else if (a == "--epochs")
      o.epochs = std::stoi(next()), list = nullptr;
    else if (a == "--min-count")
      o.min_count = std::stoi(next()), list = nullptr;
    else if (a == "--seed")
      o.seed = static_cast<unsigned>(std::stoul(next())), list = nullptr;
    else if (a == "--max-rows")
      o.max_rows = std::stoul(next()), list = nullptr;
    else if (a == "--holdout")
      o.holdout = std::stoi(next()), list = nullptr;
    else if (a == "--seeds")
      o.seeds = std::stoi(next()), list = nullptr;
    else if (a == "--places-loc")
      o.places_loc = true, list = nullptr;
    else if (a == "--split-places")
      o.split_places = true, list = nullptr;
    else if (a == "--no-pick")
      o.no_pick = true, list = nullptr;
    else if (a == "--recall-shift")
      o.recall_shift = true, list = nullptr;
    else if (a == "--org-names-only")
      o.org_names_only = true, list = nullptr;
    else if (a == "--org-with-place")
      o.org_with_place = true, list = nullptr;
    else if (a == "--split-brackets")
      o.split_brackets = true, list = nullptr;
    else if (a == "--conjunctions")
      o.conjunctions = true, list = nullptr;
    else if (a == "--margin")
      o.margin = std::stof(next()), list = nullptr;
    else if (a == "--word-classes")
      o.word_classes = std::stoi(next()), list = nullptr;
    else if (a == "--places")
      o.places = next(), list = nullptr;
    else if (a == "--list")
      o.lists.push_back(next()), list = nullptr;
    else if (a == "--within")
      o.within = next(), list = nullptr;
    else if (a == "--crf")
      o.crf = true, list = nullptr;
    else if (a == "--crf-eta")
      o.crf_options.eta = std::stod(next()), list = nullptr;
    else if (a == "--crf-decay")
      o.crf_options.decay = std::stod(next()), list = nullptr;
    else if (a == "--crf-l1")
      o.crf_options.l1 = std::stod(next()), list = nullptr;
    else if (a == "--crf-average-from")
      o.crf_options.average_from = std::stoi(next()), list = nullptr;
    else if (a == "--crf-l2")
      o.crf_options.l2 = std::stod(next()), list = nullptr;
    else if (a == "--clip")
      o.clip = std::stod(next()), list = nullptr;
    else if (a == "--train")
      list = &o.train;
    else if (a == "--dev")
      list = &o.dev;
    else if (list)
      list->push_back(a);
    else
      throw std::runtime_error("unknown argument " + a);
  }
  if (o.out.empty() || o.train.empty() || o.dev.empty())
    throw std::runtime_error(
        "usage: loupe_ner_train --out FILE --train A.jsonl... --dev B.jsonl...");
  // The word-class table has 6 bits for lists, and learned classes use them all.
  if (o.lists.size() > 6) throw std::runtime_error("--list: at most 6 lists");
  if (!o.lists.empty() && o.word_classes > 0)
    throw std::runtime_error("--list cannot be combined with --word-classes");
  return o;
}

}  // namespace loupe::ner
