#include "extract/dates/grammar.h"

#include <algorithm>
#include <array>
#include <bit>

#include "extract/dates/grammar_leaves.h"
#include "extract/dates/seen_keys.h"

namespace loupe::dates {
namespace {

constexpr int kMaxPasses = 5;
constexpr std::size_t kMaxItems = 3000;  // per window: a guard, never reached by real text

// Whether an item of the element's code (its kind, and lexicon class) fills the element.
bool elem_accepts(const Elem& el, const Item& it, const std::vector<Tok>& toks) {
  if (el.glued && toks[it.b].space_before) return false;
  if (el.kind == ElemKind::kPunct && !punct_matches(el.punct, toks[it.b].norm)) return false;
  return !el.test || el.test(it);
}

// How many tokens a filler ("the", ",", "por la") starting here covers; 0 if none.
int filler_length(const Tok& t) {
  if (t.type == TokenType::kPunct) return t.norm == "," ? 1 : 0;
  int n = 0;
  for (const LexHit& h : t.hits) {
    if (h.entry->cls == Lx::kFiller) n = std::max(n, h.tokens);
  }
  return n;
}

// What can start a rule: one bit per item kind and lexicon class, so a position holding no
// item a rule's first element accepts never tries that rule.
int item_code(const Item& it) {
  return it.type == ItemType::kLex ? 8 + static_cast<int>(it.lex->cls) : static_cast<int>(it.type);
}
unsigned long long elem_bit(const Elem& el) {
  if (el.optional) return ~0ull;
  switch (el.kind) {
    case ElemKind::kLex:
      return 1ull << (8 + static_cast<int>(el.cls));
    case ElemKind::kNum:
      return 1ull << static_cast<int>(ItemType::kNum);
    case ElemKind::kOrd:
      return 1ull << static_cast<int>(ItemType::kOrd);
    case ElemKind::kTime:
      return 1ull << static_cast<int>(ItemType::kTime);
    case ElemKind::kInterval:
      return 1ull << static_cast<int>(ItemType::kInterval);
    case ElemKind::kDuration:
      return 1ull << static_cast<int>(ItemType::kDuration);
    case ElemKind::kPunct:
      return 1ull << static_cast<int>(ItemType::kPunct);
  }
  return ~0ull;
}
static_assert(8 + static_cast<int>(Lx::kTimeZone) < 64, "lexicon classes fit the start masks");

// The one item code an element accepts, optional or not.
unsigned long long elem_code_bit(Elem el) {
  el.optional = false;
  return elem_bit(el);
}

// The vectors of a window's chart, kept from window to window.
struct ChartScratch {
  // Items by first token (relative to b), each as id << 6 | item code: an element skips the
  // items of other codes without reading them.
  std::vector<std::vector<int>> starts;
  std::vector<unsigned long long> masks;  // item codes present at each position
  // Codes of the items added since fresh_from, by first token: a rule that can take none of
  // them only rebuilds what the last pass built.
  std::vector<unsigned long long> fresh_masks;
  // The same ORed from each position to the window's end, kept up to date within a pass.
  std::vector<unsigned long long> ahead_from, fresh_from;
  std::vector<int> fillers;  // filler_length of each token, asked at every element tried
  SeenKeys seen;
  std::vector<Item> pending;
  std::vector<const Item*> got;
  std::vector<int> got_ids;
};

struct Parser {
  Parser(const std::vector<Tok>& toks, int b, int e, std::vector<Item>& items, ChartScratch& s,
         const std::vector<unsigned long long>& elem_bits)
      : toks(toks),
        b(b),
        e(e),
        items(items),
        starts(s.starts),
        masks(s.masks),
        fresh_masks(s.fresh_masks),
        fillers(s.fillers),
        seen(s.seen),
        pending(s.pending),
        got(s.got),
        got_ids(s.got_ids),
        elem_bits(elem_bits) {}

  const std::vector<Tok>& toks;
  int b, e;
  std::vector<Item>& items;
  std::vector<std::vector<int>>& starts;
  std::vector<unsigned long long>& masks;
  std::vector<unsigned long long>& fresh_masks;
  const std::vector<int>& fillers;
  SeenKeys& seen;
  std::vector<Item>& pending;
  std::vector<const Item*>& got;
  std::vector<int>& got_ids;
  const std::vector<unsigned long long>& elem_bits;  // per rule, element by element
  int fresh_from = 0;            // items from this id on are new since the last pass
  std::size_t elem_bits_at = 0;  // where the current rule's element bits begin in elem_bits

  void add(const Item& it) {  // Item is trivially copyable
    items.push_back(it);
    index_last();
  }
  // Files the last item of `items` under its first token.
  void index_last() {
    const Item& it = items.back();
    const int code = item_code(it);
    const unsigned long long bit = 1ull << code;
    starts[it.b - b].push_back((static_cast<int>(items.size()) - 1) << 6 | code);
    masks[it.b - b] |= bit;
    fresh_masks[it.b - b] |= bit;
  }

  // The items starting at token p that fill element k, each followed by the rest of the rule.
  void try_items(const Rule& r, int rule_id, std::size_t k, int p, int first,
                 unsigned long long bit) {
    for (int entry : starts[p - b]) {
      if (!(bit >> (entry & 63) & 1)) continue;
      const int id = entry >> 6;
      const Item& it = items[id];
      if (!elem_accepts(r.elems[k], it, toks)) continue;
      got.push_back(&it);
      got_ids.push_back(id);
      match(r, rule_id, k + 1, it.e, k == 0 ? it.b : first);
      got.pop_back();
      got_ids.pop_back();
    }
  }

  void match(const Rule& r, int rule_id, std::size_t k, int pos, int first) {
    if (k == r.elems.size()) {
      bool fresh = false;  // after the first pass, only matches using a new item can be new
      for (int id : got_ids) fresh |= id >= fresh_from;
      if (!fresh) return;
      // FNV-1a over the rule and its children: each application is tried once.
      unsigned long long key =
          (1469598103934665603ull ^ static_cast<unsigned>(rule_id)) * 1099511628211ull;
      for (int id : got_ids) {
        key = (key ^ static_cast<unsigned>(id + 2)) * 1099511628211ull;
        key = (key ^ (key >> 29)) * 0xBF58476D1CE4E5B9ull;
      }
      if (!seen.insert(key)) return;
      Item& out = pending.emplace_back();
      RuleMatch m{&toks, std::move(got)};  // lent to the builder, taken back below
      const bool built = r.build(m, out);
      got = std::move(m.items);
      if (!built) {
        pending.pop_back();
        return;
      }
      // A copy of a partial child ("2014" alone) becomes whole inside a longer expression.
      for (const Item* g : got) {
        if (g && g->partial && out.partial) out.partial = false;
      }
      out.b = first;  // set after build: builders may start from a copy of a child
      out.e = pos;
      out.rule = rule_id;
      if (r.prio != 0) out.prio = r.prio;
      return;
    }
    const Elem& el = r.elems[k];
    if (el.optional) {
      got.push_back(nullptr);
      got_ids.push_back(-1);
      match(r, rule_id, k + 1, pos, first);
      got.pop_back();
      got_ids.pop_back();
    }
    const unsigned long long bit = elem_bits[elem_bits_at + k];
    for (int p = pos, skipped = 0; p < e && skipped <= 2; ++skipped) {
      if (masks[p - b] & bit) try_items(r, rule_id, k, p, first, bit);
      // Fillers ("the", ",") may stand between two elements, never before the first.
      const int skip = k == 0 || el.glued ? 0 : fillers[p - b];
      if (skip == 0) break;
      p += skip;
    }
  }
};

void add_leaves(Parser& ps) {
  for (int i = ps.b; i < ps.e; ++i) {
    const Tok& t = ps.toks[i];
    double num = 0;
    int digits = 0;
    if (const ItemType type = token_leaf(t, num, digits); type != ItemType::kLex) {
      Item& leaf = ps.items.emplace_back();
      leaf.b = i, leaf.e = i + 1, leaf.type = type, leaf.num = num, leaf.digits = digits;
      ps.index_last();
    }
    for (const LexHit& h : t.hits) {
      if (i + h.tokens > ps.e) continue;
      Item& l = ps.items.emplace_back();
      l.b = i, l.e = i + h.tokens, l.type = ItemType::kLex, l.lex = h.entry;
      ps.index_last();
    }
  }
}

}  // namespace

Elem lx(Lx cls, ItemTest test) { return {ElemKind::kLex, cls, {}, test}; }
Elem num(ItemTest test) { return {ElemKind::kNum, Lx::kFiller, {}, test}; }
Elem ord(ItemTest test) { return {ElemKind::kOrd, Lx::kFiller, {}, test}; }
Elem tm(ItemTest test) { return {ElemKind::kTime, Lx::kFiller, {}, test}; }
Elem iv(ItemTest test) { return {ElemKind::kInterval, Lx::kFiller, {}, test}; }
Elem du(ItemTest test) { return {ElemKind::kDuration, Lx::kFiller, {}, test}; }
Elem pc(std::string_view alternatives) { return {ElemKind::kPunct, Lx::kFiller, alternatives}; }
Elem opt(Elem e) {
  e.optional = true;
  return e;
}
Elem glued(Elem e) {
  e.glued = true;
  return e;
}

Grammar::Grammar() {
  add_number_rules(rules_);
  add_date_rules(rules_);
  add_clock_rules(rules_);
  add_combination_rules(rules_);
  for (std::size_t r = 0; r < rules_.size(); ++r) {
    RuleCodes codes;
    codes.rule = static_cast<int>(r);
    codes.elem_bits_at = elem_bits_.size();
    for (const Elem& el : rules_[r].elems) {
      elem_bits_.push_back(elem_code_bit(el));
      codes.takes |= elem_bits_.back();
      if (!el.optional) codes.needs |= elem_bits_.back();
    }
    const unsigned long long first = rules_[r].elems.empty() ? 0 : elem_bit(rules_[r].elems[0]);
    if (first == ~0ull) any_first_.push_back(codes);
    for (int code = 0; code < 64 && first != ~0ull; ++code) {
      if (first & (1ull << code)) by_first_code_[code].push_back(codes);
    }
    if (codes.needs == 0) needs_nothing_.push_back(codes);
    for (int code = 0; code < 64; ++code) {
      std::vector<unsigned long long>& list = needs_by_code_[code];
      if ((codes.needs >> code & 1) &&
          std::find(list.begin(), list.end(), codes.needs) == list.end()) {
        list.push_back(codes.needs);
      }
    }
  }
}

bool Grammar::can_fire(unsigned long long present) const {
  // A rule that needs nothing has to take something present; any other needs one of the
  // present codes, so only the lists of those codes are read.
  for (const RuleCodes& c : needs_nothing_) {
    if (c.takes & present) return true;
  }
  for (unsigned long long left = present; left; left &= left - 1) {
    for (unsigned long long needs : needs_by_code_[std::countr_zero(left)]) {
      if ((needs & ~present) == 0) return true;
    }
  }
  return false;
}

void Grammar::parse(const std::vector<Tok>& toks, int b, int e, std::vector<Item>& items) const {
  // Most windows are a lone preposition, article or number word that no rule can start on.
  if (!can_fire(leaf_codes(toks, b, e))) return;
  thread_local ChartScratch scratch;
  if (scratch.starts.size() < static_cast<std::size_t>(e - b)) scratch.starts.resize(e - b);
  for (int i = 0; i < e - b; ++i) scratch.starts[i].clear();
  scratch.masks.assign(e - b, 0);
  scratch.seen.clear();
  scratch.fillers.resize(e - b);
  for (int i = b; i < e; ++i) scratch.fillers[i - b] = filler_length(toks[i]);
  Parser ps(toks, b, e, items, scratch, elem_bits_);
  const std::vector<unsigned long long>& masks = scratch.masks;
  ps.fresh_masks.assign(e - b, 0);
  add_leaves(ps);
  std::vector<unsigned long long>& ahead_from = scratch.ahead_from;
  std::vector<unsigned long long>& fresh_from = scratch.fresh_from;
  for (int pass = 0; pass < kMaxPasses; ++pass) {
    const std::size_t before = items.size();
    ahead_from.assign(e - b + 1, 0);
    fresh_from.assign(e - b + 1, 0);
    for (int q = e - 1; q >= b; --q) {
      ahead_from[q - b] = ahead_from[q - b + 1] | masks[q - b];
      fresh_from[q - b] = fresh_from[q - b + 1] | ps.fresh_masks[q - b];
    }
    for (int p = b; p < e; ++p) {
      const unsigned long long present = masks[p - b];  // codes added now wait for next pass
      // What the tokens from p on hold, all of it and what is new since the last pass: a rule
      // needing a code absent there, or taking none of the new ones, would find nothing new.
      unsigned long long ahead = ahead_from[p - b];
      unsigned long long fresh = pass == 0 ? ~0ull : fresh_from[p - b];
      if (fresh == 0) continue;  // nothing new from here on: every rule would rebuild the same
      auto run = [&](const RuleCodes& c) {
        if ((c.needs & ~ahead) || !(c.takes & fresh)) return;
        ps.elem_bits_at = c.elem_bits_at;
        ps.match(rules_[c.rule], c.rule, 0, p, p);
        for (Item& it : ps.pending) {
          const unsigned long long bit = 1ull << item_code(it);  // it starts at p or later
          fresh |= bit, ahead |= bit;
          // Positions after p up to its start see it from now on.
          for (int y = p + 1; y <= it.b; ++y) ahead_from[y - b] |= bit, fresh_from[y - b] |= bit;
          ps.add(it);
        }
        ps.pending.clear();
      };
      for (unsigned long long left = present; left; left &= left - 1) {
        for (const RuleCodes& c : by_first_code_[std::countr_zero(left)]) run(c);
      }
      for (const RuleCodes& c : any_first_) run(c);
      if (items.size() > kMaxItems) return;
    }
    if (items.size() == before) break;
    ps.fresh_from = static_cast<int>(before);
    ps.fresh_masks.assign(e - b, 0);
    for (std::size_t id = before; id < items.size(); ++id) {
      ps.fresh_masks[items[id].b - b] |= 1ull << item_code(items[id]);
    }
  }
}

}  // namespace loupe::dates
