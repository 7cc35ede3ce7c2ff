// DateLexer's trie of single Hangul words (date_lexer.h): built from the lexicon's forms,
// walked once per syllable that starts a word when a run of Hangul is cut.
#include <cstdint>

#include "core/utf8.h"
#include "extract/dates/date_lexer.h"

namespace loupe::dates {
namespace {

std::size_t edge_slot(unsigned long long key, std::size_t mask) {
  return (key * 0x9E3779B97F4A7C15ull >> 20) & mask;
}

// Character k of a Hangul run: the scanner's Hangul runs hold valid three-byte characters only.
inline char32_t run_char(std::string_view run, std::size_t k) {
  const auto* p = reinterpret_cast<const unsigned char*>(run.data()) + 3 * k;
  return (char32_t(p[0] & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
}

// The scanner's Hangul letters (text_scanner.cc): what a run, so a piece of one, is made of.
bool hangul_letter(char32_t c) {
  return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) ||
         (c >= 0x3130 && c <= 0x318F);
}

}  // namespace

void DateLexer::add_hangul_word(std::string_view word) {
  if (hangul_word_end_.empty()) hangul_word_end_.push_back(false);
  if (hangul_edges_.empty()) hangul_edges_.assign(1024, {0, 0});
  int node = 0;
  for (std::size_t i = 0; i < word.size();) {
    const core::DecodedChar d = core::decode_utf8(word, i);
    i += d.length;
    const unsigned long long key = (static_cast<unsigned long long>(node) << 21 | d.code_point) + 1;
    if (hangul_word_end_.size() * 2 >= hangul_edges_.size()) {  // grow, keeping it half empty
      std::vector<std::pair<unsigned long long, int>> old(hangul_edges_.size() * 2, {0, 0});
      old.swap(hangul_edges_);
      for (const auto& edge : old) {
        if (edge.first == 0) continue;
        std::size_t k = edge_slot(edge.first, hangul_edges_.size() - 1);
        while (hangul_edges_[k].first) k = (k + 1) & (hangul_edges_.size() - 1);
        hangul_edges_[k] = edge;
      }
    }
    const std::size_t mask = hangul_edges_.size() - 1;
    std::size_t k = edge_slot(key, mask);
    while (hangul_edges_[k].first && hangul_edges_[k].first != key) k = (k + 1) & mask;
    if (!hangul_edges_[k].first) {
      hangul_edges_[k] = {key, static_cast<int>(hangul_word_end_.size())};
      hangul_word_end_.push_back(false);
    }
    node = hangul_edges_[k].second;
  }
  hangul_word_end_[node] = true;
  const char32_t first = core::decode_utf8(word, 0).code_point;
  if (is_syllable(first)) starts_hangul_[first - kFirstSyllable] |= kStartsWord;
}

int DateLexer::longest_hangul_word(std::string_view run, std::size_t at, int& best_node) const {
  if (hangul_edges_.empty()) return 0;
  const std::size_t mask = hangul_edges_.size() - 1;
  int node = 0, best = 0;
  for (std::size_t k = 0; k < kMaxHangulWord && at + k < run.size() / 3; ++k) {
    const unsigned long long key =
        (static_cast<unsigned long long>(node) << 21 | run_char(run, at + k)) + 1;
    std::size_t i = edge_slot(key, mask);
    while (hangul_edges_[i].first && hangul_edges_[i].first != key) i = (i + 1) & mask;
    if (!hangul_edges_[i].first) break;
    node = hangul_edges_[i].second;
    if (hangul_word_end_[node]) best = static_cast<int>(k) + 1, best_node = node;
  }
  return best;
}

// The trie node of `word` when it is a trie word of at most kMaxHangulWord characters, else -1.
int DateLexer::hangul_trie_node(std::string_view word) const {
  if (hangul_edges_.empty()) return -1;
  const std::size_t mask = hangul_edges_.size() - 1;
  int node = 0, chars = 0;
  for (std::size_t at = 0; at < word.size(); ++chars) {
    const core::DecodedChar d = core::decode_utf8(word, at);
    at += d.length;
    const unsigned long long key = (static_cast<unsigned long long>(node) << 21 | d.code_point) + 1;
    std::size_t i = edge_slot(key, mask);
    while (hangul_edges_[i].first && hangul_edges_[i].first != key) i = (i + 1) & mask;
    if (!hangul_edges_[i].first) return -1;
    node = hangul_edges_[i].second;
  }
  return chars <= kMaxHangulWord && hangul_word_end_[node] ? node : -1;
}

// After index_first_words: each first word of Hangul letters alone is found in the trie. (One
// longer than kMaxHangulWord characters never equals a piece the trie may answer for.)
void DateLexer::index_hangul_words() {
  hangul_node_slot_.assign(hangul_word_end_.size(), -1);
  trie_holds_hangul_firsts_ = true;
  for (const auto& [word, forms] : by_first_) {
    bool letters = !word.empty();
    int chars = 0;
    for (std::size_t at = 0; at < word.size() && letters; ++chars) {
      const core::DecodedChar d = core::decode_utf8(word, at);
      letters = d.valid && hangul_letter(d.code_point);
      at += d.length;
    }
    if (!letters || chars > kMaxHangulWord) continue;
    const int node = hangul_trie_node(word);
    if (node < 0) {
      trie_holds_hangul_firsts_ = false;
      continue;
    }
    hangul_node_slot_[node] = first_word_slot(word);
  }
}

}  // namespace loupe::dates
