// Linear-chain CRF training (Lafferty et al. 2001) over the same hashed features, BILOU labels
// and allowed-transition lattice as the perceptron (perceptron.h), so the model file and the
// engine stay as they are: stochastic gradient ascent on the conditional log-likelihood of the
// gold path, the gradient from forward-backward marginals, a learning rate decaying
// exponentially per epoch, and L1 by the cumulative penalty of Tsuruoka, Tsujii and Ananiadou
// (2009, ACL: a sparse model, i.e. a small file) with an optional L2 term (elastic net),
// both applied lazily to the weights a sequence touches.
// E.g. CrfTrainer crf(20, {}); crf.epoch(data, rng); crf.weights(w, t);
#pragma once
#include <cstdint>
#include <random>
#include <vector>

#include "perceptron.h"

namespace loupe::ner {

struct CrfOptions {
  double eta = 0.1;    // learning rate of the first epoch (0, 1]
  double decay = 0.9;  // the rate is multiplied by this over each epoch, (0, 1]
  double l1 = 1.0;     // L1 strength C over the whole training set (>= 0; 0: none)
  double l2 = 0.0;     // L2 strength over the whole training set (>= 0; 0: none)
  // > 0: weights() gives the mean of the weights over the steps from this epoch on (1: all;
  // averaged SGD), not the last step's.
  int average_from = 0;
};

class CrfTrainer {
 public:
  CrfTrainer(int bits, CrfOptions options);

  // One pass over `data` in a seeded random order; returns the number of token errors of the
  // Viterbi path taken before each sequence's update (the perceptron's count, comparable).
  // Prints the mean negative log-likelihood per sequence to stderr.
  std::size_t epoch(const std::vector<TrainSequence>& data, std::mt19937& rng);
  // Only the weights `allowed` marks change (as Perceptron::restrict_to; --within).
  void restrict_to(std::vector<std::uint8_t> allowed) { allowed_ = std::move(allowed); }
  // The bucket rare features were folded into (ner_train.cc drop_rare): never trained.
  void skip_bucket(std::uint32_t bucket) { skip_ = bucket; }
  // The current weights (pending L2 decay applied; with `average`, their mean over the steps
  // so far) and transitions, as the perceptron's averaged(): weights [2^bits x 13],
  // transitions [13 x 13 + 2 x 13].
  void weights(std::vector<float>& weights, std::vector<float>& transitions);

 private:
  // Gradient of one sequence's log-likelihood applied; returns its negative log-likelihood.
  double learn(const TrainSequence& seq);
  void touch(std::size_t index, float gradient);  // one weight: decay, step, L1 clip
  void clip_l1(std::size_t index);

  CrfOptions o_;
  std::vector<float> w_, q_;         // weights; L1 penalty each has received (signed)
  std::vector<std::uint32_t> last_;  // step of each weight's last L2 decay (l2 > 0 only)
  std::vector<double> log_keep_;     // log of the L2 factor kept up to each step
  std::vector<double> u_, tu_;       // average: sum of step * change, as the perceptron's
  std::vector<float> t_;             // transitions, unregularized
  std::vector<std::uint8_t> allowed_;
  std::uint32_t skip_ = UINT32_MAX;
  double eta_ = 0, l1_step_ = 0, penalty_ = 0;  // this step's rate and L1; cumulative L1 u
  std::uint32_t step_ = 0;
  std::size_t total_steps_ = 0;           // sequences seen
  std::size_t average_start_ = SIZE_MAX;  // the step the mean starts at (set in epoch())
  int epochs_ = 0;
  // Per-sequence work space.
  std::vector<double> emit_, alpha_, beta_, norm_;
};

}  // namespace loupe::ner
