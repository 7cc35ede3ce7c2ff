// ner-train: trains the entity tagger of one language (an averaged perceptron, perceptron.h)
// on annotated corpora, picks the epoch by exact span + type F1 on the dev files, writes the
// quantized model and scores that model (the runtime decoder) on each dev file.
// Usage: loupe_ner_train --out models/ner-en.bin --train A.jsonl... --dev B.jsonl...
//          [--bits 20] [--epochs 15] [--min-count 2] [--seed 1] [--clip 1.0] [--max-rows N]
//          [--holdout K] [--seeds N] [--places-loc] [--org-names-only] [--recall-shift]
//          [--split-places] [--margin M] [--org-with-place] [--split-brackets]
//          [--conjunctions] [--places FILE] [--list FILE]...
// --holdout K: the epoch count is picked on 1 training document in K (by a hash of its id, so
// copies of a file stay on one side), then the model is trained again on all of them for that
// many epochs; the dev files are only reported. Without it the epoch is picked on the dev files.
// --no-pick (without --holdout): exactly --epochs epochs on all documents (a rerun at an epoch
// count picked before). --seeds N (with --holdout): the last training done in N seeded orders,
// the weights averaged. --recall-shift (with --holdout): the score every token's O label loses
// is picked on the held-out documents too and written into the model's transitions.
// --margin M: training decodes with M added to every wrong label (perceptron.h).
// Training data conventions (ner_data.h): --places-loc: ORG spans the lexicon lists as places
// become LOC; --split-places (Korean): LOC spans of several places split as the product does;
// --org-names-only: ORG spans with a quoted name keep the name; --split-brackets: `Name (ABBR)`
// becomes two spans; --org-with-place: an ORG span and the LOC span after it become one ORG;
// --conjunctions (Spanish): CoNLL-2002's period for `y` inside a name made `y` again.
// --within M.bin (Korean): only the weights model M holds are trained (M: pruned, train.sh).
// --crf [--crf-eta R] [--crf-decay D] [--crf-l1 C] [--crf-l2 C] [--crf-average-from E]: the
// conditional log-likelihood instead of the perceptron (crf.h), the same model file.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "crf.h"
#include "extract/entities/entity_tagger.h"
#include "extract/entities/lexicon.h"
#include "extract/entities/name_key.h"
#include "ner_data.h"
#include "ner_options.h"
#include "perceptron.h"
#include "word_classes.h"

namespace loupe::ner {
namespace {

struct DevSet {
  std::string name;
  std::vector<NerDoc> docs;
  std::vector<entities::TaggerTokens> tokens;
  std::vector<std::vector<entities::FeatureRows>> features;  // per doc, per sequence
};

// BILOU labels of the tokens of one document; returns the spans the tokens cannot express.
std::size_t gold_labels(const NerDoc& doc, const entities::TaggerTokens& t,
                        std::vector<std::uint8_t>& labels) {
  labels.assign(t.tokens.size(), 0);
  std::size_t lost = 0;
  auto starts = [&](std::size_t byte) {
    return std::lower_bound(t.tokens.begin(), t.tokens.end(), byte,
                            [](const entities::TaggerToken& k, std::size_t b) {
                              return k.bytes.begin_byte < b;
                            }) -
           t.tokens.begin();
  };
  for (const GoldSpan& s : doc.spans) {
    const std::size_t b = starts(s.bytes.begin_byte);
    std::size_t e = b;
    while (e < t.tokens.size() && t.tokens[e].bytes.end_byte < s.bytes.end_byte) ++e;
    if (b >= t.tokens.size() || e >= t.tokens.size() ||
        t.tokens[b].bytes.begin_byte != s.bytes.begin_byte ||
        t.tokens[e].bytes.end_byte != s.bytes.end_byte) {
      ++lost;
      if (std::getenv("NER_LOST") && lost < 60)
        std::fprintf(stderr, "lost: %s\n",
                     doc.text.substr(s.bytes.begin_byte, s.bytes.size()).c_str());
      continue;
    }
    for (std::size_t k = b; k <= e; ++k)
      labels[k] = static_cast<std::uint8_t>(entities::tagger_label(s.type, b == e   ? 3
                                                                           : k == b ? 0
                                                                           : k == e ? 2
                                                                                    : 1));
  }
  return lost;
}

bool legal(const std::vector<std::uint8_t>& labels) {
  int prev = -1;
  for (std::uint8_t l : labels) {
    if (!entities::tagger_transition_allowed(prev, l)) return false;
    prev = l;
  }
  return entities::tagger_transition_allowed(prev, entities::kTaggerLabels);
}

std::vector<GoldSpan> to_gold(const std::vector<entities::TaggedSpan>& spans) {
  std::vector<GoldSpan> out;
  for (const auto& s : spans) out.push_back({s.bytes, s.type});
  return out;
}

// Training sequences of `docs`, with gold labels; reports spans the tokens cannot express.
std::vector<TrainSequence> training_sequences(const std::vector<NerDoc>& docs,
                                              entities::TaggerFeatures& extractor) {
  std::vector<TrainSequence> data;
  std::size_t spans = 0, lost = 0;
  std::vector<std::uint8_t> labels;
  for (const NerDoc& doc : docs) {
    const entities::TaggerTokens t = entities::tag_tokens(doc.text);
    lost += gold_labels(doc, t, labels);
    spans += doc.spans.size();
    extractor.document(doc.text, t);
    for (const entities::TokenSequence& seq : t.sequences) {
      TrainSequence s;
      extractor.extract(doc.text, t, seq, s.features);
      s.gold.assign(labels.begin() + seq.begin, labels.begin() + seq.end);
      if (!legal(s.gold)) s.gold.clear(), ++lost;  // a span across a sequence break
      data.push_back(std::move(s));
    }
  }
  std::fprintf(stderr, "train: %zu sequences, %zu spans, %zu not expressible in tokens\n",
               data.size(), spans, lost);
  return data;
}

std::uint64_t id_hash(const std::string& id) {
  std::uint64_t h = 0xCBF29CE484222325ull;
  for (unsigned char c : id) h = (h ^ c) * 0x100000001B3ull;
  return h;
}

// Rare features (fewer than min_count occurrences) go to one bucket that keeps no weight:
// a smaller model, less noise. Returns that bucket.
std::uint32_t drop_rare(std::vector<TrainSequence>& data, const Options& o) {
  std::vector<std::uint16_t> count(std::size_t{1} << o.bits, 0);
  for (const TrainSequence& s : data)
    for (std::uint32_t id : s.features.ids) count[id] += count[id] < 65535;
  const std::uint32_t dropped = (1u << o.bits) - 1;
  for (TrainSequence& s : data)
    for (std::uint32_t& id : s.features.ids)
      if (count[id] < o.min_count) id = dropped;
  return dropped;
}

DevSet dev_set(std::string name, std::vector<NerDoc> docs, entities::TaggerFeatures& extractor) {
  DevSet d;
  d.name = std::move(name);
  d.docs = std::move(docs);
  for (const NerDoc& doc : d.docs) {
    const entities::TaggerTokens& t = d.tokens.emplace_back(entities::tag_tokens(doc.text));
    auto& rows = d.features.emplace_back();
    extractor.document(doc.text, t);
    for (const auto& seq : t.sequences) extractor.extract(doc.text, t, seq, rows.emplace_back());
  }
  return d;
}

// Exact span + type F1 of float weights on the dev sets (the epoch choice).
double dev_f1(const std::vector<DevSet>& devs, const std::vector<float>& w,
              const std::vector<float>& tr) {
  NerScore all;
  std::vector<std::uint8_t> found;
  for (const DevSet& d : devs)
    for (std::size_t k = 0; k < d.docs.size(); ++k) {
      std::vector<entities::TaggedSpan> spans;
      for (std::size_t s = 0; s < d.tokens[k].sequences.size(); ++s) {
        Perceptron::decode(w, tr, d.features[k][s], found);
        const std::vector<float> margin(found.size(), 0);
        entities::spans_from_labels(d.tokens[k], d.tokens[k].sequences[s], found, margin, spans);
      }
      all.add(d.docs[k].spans, to_gold(spans));
    }
  return all.f1();
}

// Transitions with `shift` taken from every move into O (and the start in O): each token's O
// score falls by `shift`, so a name the model is unsure of is tagged (more recall, less
// precision). A perceptron trained on sparse names is conservative: its recall trails.
std::vector<float> shifted_from_o(std::vector<float> tr, float shift) {
  constexpr int L = entities::kTaggerLabels;
  for (int prev = 0; prev < L; ++prev) tr[static_cast<std::size_t>(prev) * L] -= shift;
  tr[static_cast<std::size_t>(L) * L] -= shift;
  return tr;
}

// The shift with the best F1 on `pick` (0 when none beats the model as trained).
float pick_recall_shift(const std::vector<DevSet>& pick, const std::vector<float>& w,
                        const std::vector<float>& tr) {
  float best = 0;
  double best_f1 = dev_f1(pick, w, tr);
  for (float s : {1.0f, 2.0f, 3.0f, 4.0f, 6.0f, 8.0f, 10.0f, 12.0f, 15.0f, 20.0f}) {
    const double f1 = dev_f1(pick, w, shifted_from_o(tr, s));
    std::fprintf(stderr, "shift %5.1f against O: held-out F1 %.2f\n", s, f1);
    if (f1 > best_f1) best_f1 = f1, best = s;
  }
  return best;
}

}  // namespace

struct Trained {
  std::vector<float> w, tr;
  int epochs = 0;
};

// Trains for o.epochs epochs (or exactly `epochs` when > 0) on `docs`; keeps the epoch with the
// best F1 on `pick` (the last epoch when `pick` is empty); prints F1 on `pick` and `report`.
Trained train(const Options& o, const std::vector<NerDoc>& docs,
              entities::TaggerFeatures& extractor, const std::vector<DevSet>& pick,
              const std::vector<DevSet>& report, int epochs) {
  std::vector<TrainSequence> data = training_sequences(docs, extractor);
  const std::uint32_t dropped = drop_rare(data, o);
  std::unique_ptr<Perceptron> perceptron;
  std::unique_ptr<CrfTrainer> crf;
  if (o.crf)
    crf = std::make_unique<CrfTrainer>(o.bits, o.crf_options), crf->skip_bucket(dropped);
  else
    perceptron = std::make_unique<Perceptron>(o.bits, o.margin);
  if (!o.within.empty()) {
    std::vector<std::uint8_t> mask = model_weight_mask(o.within, o.bits);
    crf ? crf->restrict_to(std::move(mask)) : perceptron->restrict_to(std::move(mask));
  }
  std::mt19937 rng(o.seed);
  Trained best;
  double best_f1 = -1;
  std::vector<float> w, tr;
  const int rounds = epochs > 0 ? epochs : o.epochs;
  for (int e = 1; e <= rounds; ++e) {
    const std::size_t errors = crf ? crf->epoch(data, rng) : perceptron->epoch(data, rng);
    if (!pick.empty() || e == rounds) {
      crf ? crf->weights(w, tr) : perceptron->averaged(w, tr);
      for (int l = 0; l < entities::kTaggerLabels; ++l)
        w[std::size_t{dropped} * entities::kTaggerLabels + l] = 0;
    }
    const double f1 = pick.empty() ? 0 : dev_f1(pick, w, tr);
    const double other = report.empty() || (pick.empty() && e < rounds) ? 0 : dev_f1(report, w, tr);
    std::fprintf(stderr, "epoch %2d: %zu token errors, pick F1 %.2f, dev F1 %.2f\n", e, errors, f1,
                 other);
    if (pick.empty() ? e == rounds : f1 > best_f1) best_f1 = f1, best = {w, tr, e};
  }
  return best;
}

int train_main(int argc, char** argv) {
  const Options o = parse_options(argc, argv);
  entities::NameKeyer keyer;
  const entities::Lexicon lexicon(keyer);
  entities::TaggerFeatures extractor(&lexicon, &keyer, o.bits);
  std::vector<NerDoc> all, fit, tune;
  for (const std::string& path : o.train)
    for (NerDoc& doc : read_ner_file(path)) all.push_back(std::move(doc));
  if (o.conjunctions)
    std::fprintf(stderr, "conjunctions restored inside names: %zu\n", restore_conjunctions(all));
  if (o.org_names_only)
    std::fprintf(stderr, "organizations cut to their quoted names: %zu training spans\n",
                 org_names_only(all));
  if (o.org_with_place)
    std::fprintf(stderr, "organizations joined with the place after them: %zu training spans\n",
                 org_with_following_place(all));
  if (o.split_brackets)
    std::fprintf(stderr, "bracketed parts split off: %zu training spans\n", split_bracketed(all));
  if (o.places_loc)
    std::fprintf(stderr, "places as LOC: %zu training spans\n",
                 listed_places_as_loc(all, lexicon, keyer));
  if (o.split_places)
    std::fprintf(stderr, "Korean places split: %zu training spans added\n",
                 split_korean_places(all, lexicon));
  entities::WordClasses classes;
  if (o.word_classes > 0) {
    WordClassOptions wo;
    wo.fine = o.word_classes;
    classes = learn_word_classes(all, extractor, wo);
    extractor.set_word_classes(&classes);
  } else if (!o.places.empty()) {
    classes = place_classes(o.places, extractor);
    extractor.set_word_classes(&classes);
  }
  if (!o.lists.empty()) {  // parse_options refuses it with --word-classes
    classes = with_lists(classes, o.lists, extractor);
    extractor.set_word_classes(&classes);
  }
  std::vector<DevSet> devs;
  for (const std::string& path : o.dev)
    devs.push_back(
        dev_set(path.substr(path.find_last_of('/') + 1), read_ner_file(path), extractor));
  Trained best;
  if (o.holdout > 0) {
    for (const NerDoc& doc : all)
      (id_hash(doc.id) % static_cast<unsigned>(o.holdout) == 0 ? tune : fit).push_back(doc);
    std::vector<DevSet> picks;
    picks.push_back(dev_set("holdout", std::move(tune), extractor));
    const Trained held = train(o, fit, extractor, picks, devs, 0);
    const int epochs = held.epochs;
    const float shift = o.recall_shift ? pick_recall_shift(picks, held.w, held.tr) : 0;
    std::fprintf(stderr,
                 "picked %d epochs and a shift of %.1f against O on the held-out training "
                 "documents; all of them:\n",
                 epochs, shift);
    best = train(o, all, extractor, {}, devs, epochs);
    for (int k = 1; k < o.seeds; ++k) {
      Options other = o;
      other.seed = o.seed + static_cast<unsigned>(k);
      std::fprintf(stderr, "seed %u:\n", other.seed);
      const Trained t = train(other, all, extractor, {}, devs, epochs);
      for (std::size_t i = 0; i < best.w.size(); ++i) best.w[i] += t.w[i];
      for (std::size_t i = 0; i < best.tr.size(); ++i) best.tr[i] += t.tr[i];
    }
    for (float& x : best.w) x /= static_cast<float>(o.seeds);
    for (float& x : best.tr) x /= static_cast<float>(o.seeds);
    best.tr = shifted_from_o(std::move(best.tr), shift);
  } else if (o.no_pick) {
    best = train(o, all, extractor, {}, devs, 0);
  } else {
    best = train(o, all, extractor, devs, {}, 0);
  }
  if (o.max_rows) keep_strongest_rows(best.w, o.max_rows);
  const float scale = quantize_scale(best.w, o.clip);
  const std::string bytes = entities::write_tagger_model(o.bits, scale, best.w, best.tr,
                                                         classes.empty() ? nullptr : &classes);
  std::ofstream(o.out, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  auto parsed = entities::TaggerModel::parse(bytes);
  if (!parsed.ok()) throw std::runtime_error(parsed.status().message());
  std::fprintf(stderr, "wrote %s: %zu bytes, %zu rows, scale %.3f\n", o.out.c_str(), bytes.size(),
               parsed.value().rows(), scale);
  entities::EntityTagger tagger(&lexicon, &keyer);
  for (const DevSet& d : devs) {
    NerScore s;
    for (const NerDoc& doc : d.docs)
      s.add(doc.spans, to_gold(tagger.tag(doc.text, parsed.value())));
    s.print(stdout, d.name + " (quantized)", true);
  }
  return 0;
}

}  // namespace loupe::ner

int main(int argc, char** argv) {
  try {
    return loupe::ner::train_main(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "loupe_ner_train: %s\n", e.what());
    return 1;
  }
}
