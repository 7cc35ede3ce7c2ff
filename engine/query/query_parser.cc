#include "query/query_parser.h"

#include "core/language.h"
#include "core/utf8.h"
#include "query/filter_date.h"

namespace loupe::query {
namespace {

using Kind = QueryNode::Kind;
constexpr int kMaxDepth = 64;  // deeper nesting is an error, not a stack overflow

class Parser {
 public:
  explicit Parser(std::string_view q) : q_(q) {}

  ParseResult run() {
    ParseResult r;
    skip_space();
    if (q_.size() > kMaxQueryBytes) {
      fail("the query is " + std::to_string(q_.size()) + " bytes long; the limit is " +
               std::to_string(kMaxQueryBytes),
           kMaxQueryBytes);
    } else if (pos_ >= q_.size()) {
      fail("the query is empty", 0);
    } else {
      r.root = parse_or(0);
      skip_space();
      if (!failed_ && pos_ < q_.size()) fail("unexpected ')' with no '(' before it", pos_);
      if (!failed_) check_negation(r.root, true);
    }
    r.error = error_;
    return r;
  }

 private:
  void fail(const std::string& what, std::size_t at) {
    if (failed_) return;  // keep the first error: later ones are consequences
    failed_ = true;
    std::size_t u16 = 0;
    for (std::size_t i = 0; i < at && i < q_.size();) {
      const core::DecodedChar d = core::decode_utf8(q_, i);
      u16 += core::utf16_length(d.code_point);
      i += d.length;
    }
    error_ = {what + " at byte " + std::to_string(at) + " (UTF-16 " + std::to_string(u16) + ")", at,
              u16};
  }

  // Counts a leaf's terms against kMaxQueryTerms.
  void count_terms(std::size_t terms, std::size_t at) {
    terms_ += terms;
    if (terms_ > kMaxQueryTerms) {
      fail("the query reads more than " + std::to_string(kMaxQueryTerms) +
               " terms (a prefix* or fuzzy~ word counts " + std::to_string(kExpansionTerms) +
               ", a phrase its words)",
           at);
    }
  }

  bool space_at(std::size_t i, std::size_t* len) const {
    const char c = q_[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return *len = 1, true;
    if (q_.substr(i, 3) == "\xE3\x80\x80") return *len = 3, true;  // U+3000 ideographic space
    return false;
  }
  void skip_space() {
    std::size_t len;
    while (pos_ < q_.size() && space_at(pos_, &len)) pos_ += len;
  }
  bool at_word_end(std::size_t i) const {
    std::size_t len;
    return i >= q_.size() || space_at(i, &len) || q_[i] == '(' || q_[i] == ')' || q_[i] == '"';
  }
  // The bare word at pos_ (not consumed).
  std::string_view peek_word() const {
    std::size_t i = pos_;
    while (!at_word_end(i)) ++i;
    return q_.substr(pos_, i - pos_);
  }
  bool at_operator(std::string_view op) const {
    return peek_word() == op ||
           (op == "OR" && pos_ < q_.size() && q_[pos_] == '|' && peek_word() == "|");
  }

  QueryNode parse_or(int depth) {
    QueryNode first = parse_and(depth);
    if (failed_) return first;
    QueryNode node{Kind::kOr, "", false, 0, first.begin_byte, {}};
    node.children.push_back(std::move(first));
    for (;;) {
      skip_space();
      if (!at_operator("OR") && !at_operator("|")) break;
      const std::size_t op = pos_;
      pos_ += peek_word().size();
      skip_space();
      if (pos_ >= q_.size() || q_[pos_] == ')' || at_operator("OR") || at_operator("|")) {
        fail("OR needs a term after it", op);
        return node;
      }
      node.children.push_back(parse_and(depth));
      if (failed_) return node;
    }
    return node.children.size() == 1 ? std::move(node.children[0]) : node;
  }

  QueryNode parse_and(int depth) {
    QueryNode node{Kind::kAnd, "", false, 0, pos_, {}};
    for (;;) {
      skip_space();
      if (pos_ >= q_.size() || q_[pos_] == ')' || at_operator("OR") || at_operator("|")) break;
      if (at_operator("AND")) {
        const std::size_t op = pos_;
        pos_ += 3;
        skip_space();
        if (node.children.empty() || pos_ >= q_.size() || q_[pos_] == ')') {
          fail("AND needs a term on both sides", op);
          return node;
        }
        continue;
      }
      node.children.push_back(parse_unary(depth));
      if (failed_) return node;
    }
    if (node.children.empty()) {
      fail(pos_ < q_.size() && q_[pos_] != ')' ? "OR needs a term before it" : "expected a term",
           pos_);
      return node;
    }
    return node.children.size() == 1 ? std::move(node.children[0]) : node;
  }

  QueryNode parse_unary(int depth) {
    const std::size_t start = pos_;
    bool negate = false;
    if (q_[pos_] == '-') {
      negate = true;
      ++pos_;
      if (at_word_end(pos_) && (pos_ >= q_.size() || (q_[pos_] != '(' && q_[pos_] != '"'))) {
        fail("'-' must be followed directly by a term, a \"phrase\" or a (group)", start);
        return {};
      }
    } else if (peek_word() == "NOT") {
      negate = true;
      pos_ += 3;
      skip_space();
      if (pos_ >= q_.size() || q_[pos_] == ')') {
        fail("NOT needs a term after it", start);
        return {};
      }
    }
    QueryNode inner = parse_primary(depth);
    if (!negate || failed_) return inner;
    return QueryNode{Kind::kNot, "", false, 0, start, {std::move(inner)}};
  }

  QueryNode parse_primary(int depth) {
    const std::size_t start = pos_;
    if (depth > kMaxDepth) {
      fail("the query is nested too deeply", start);
      return {};
    }
    if (q_[pos_] == '(') {
      ++pos_;
      skip_space();
      if (pos_ >= q_.size()) {
        fail("'(' is never closed", start);
        return {};
      }
      if (q_[pos_] == ')') {
        fail("empty parentheses", start);
        return {};
      }
      QueryNode inner = parse_or(depth + 1);
      if (failed_) return inner;
      skip_space();
      if (pos_ >= q_.size() || q_[pos_] != ')') {
        fail("'(' is never closed", start);
        return inner;
      }
      ++pos_;
      return inner;
    }
    if (q_[pos_] == '"') return parse_phrase(start);
    if (q_[pos_] == ')') {
      fail("expected a term", start);
      return {};
    }
    return parse_word(start);
  }

  QueryNode parse_phrase(std::size_t start) {
    const std::size_t close = q_.find('"', start + 1);
    if (close == std::string_view::npos) {
      fail("unclosed quote", start);
      return {};
    }
    pos_ = close + 1;
    std::string text(q_.substr(start + 1, close - start - 1));
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
      fail("empty phrase", start);
      return {};
    }
    std::size_t words = 1;
    for (std::size_t i = 1; i < text.size(); ++i) words += text[i] == ' ' && text[i - 1] != ' ';
    count_terms(words, start);
    return QueryNode{Kind::kPhrase, std::move(text), false, 0, start, {}};
  }

  QueryNode parse_filter(std::string_view name, std::size_t start) {
    pos_ += name.size() + 1;
    std::string value;
    const std::size_t value_at = pos_ + (pos_ < q_.size() && q_[pos_] == '"');
    if (pos_ < q_.size() && q_[pos_] == '"') {
      QueryNode p = parse_phrase(pos_);
      value = p.text;
    } else {
      value = std::string(peek_word());
      pos_ += value.size();
    }
    if (failed_) return {};
    if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
      fail(std::string(name) + ": needs a value", start);
      return {};
    }
    if (name == "entity") return QueryNode{Kind::kEntity, std::move(value), false, 0, start, {}};
    if (name == "date") {
      DateFilterError e;
      if (!parse_date_filter(value, &e)) {
        fail(e.message, value_at + e.at);
        return {};
      }
      return QueryNode{Kind::kDate, std::move(value), false, 0, start, {}};
    }
    if (name == "lang" && core::language_code(core::language_from_code(value)) != value) {
      fail("unknown language '" + value + "' (use ko, en, es, ru, uk or other)", start);
      return {};
    }
    return QueryNode{
        name == "lang" ? Kind::kLang : Kind::kDoc, std::move(value), false, 0, start, {}};
  }

  QueryNode parse_word(std::size_t start) {
    const std::string_view word = peek_word();
    const std::size_t colon = word.find(':');
    if (colon != std::string_view::npos) {
      const std::string_view name = word.substr(0, colon);
      if (name == "lang" || name == "doc" || name == "entity" || name == "date")
        return parse_filter(name, start);
    }
    pos_ += word.size();
    QueryNode node{Kind::kTerm, std::string(word), false, 0, start, {}};
    std::string& w = node.text;
    if (w.size() >= 2 && w[w.size() - 2] == '~' && (w.back() == '1' || w.back() == '2')) {
      node.fuzzy = w.back() - '0';
      w.resize(w.size() - 2);
    } else if (!w.empty() && w.back() == '~') {
      node.fuzzy = 1;
      w.pop_back();
    } else if (!w.empty() && w.back() == '*') {
      node.prefix = true;
      w.pop_back();
    }
    if (w.find('~') != std::string::npos) {
      fail("'~' goes at the end of a word, followed by nothing, 1 or 2", start + w.find('~'));
    } else if (w.find('*') != std::string::npos) {
      fail("'*' goes only at the end of a word (prefix search)", start + w.find('*'));
    } else if (w.empty()) {
      fail(node.prefix ? "a prefix needs at least one character before '*'"
                       : "a fuzzy term needs at least one character before '~'",
           start);
    }
    count_terms(node.prefix || node.fuzzy ? kExpansionTerms : 1, start);
    return node;
  }

  // Exclusions need something positive in the same group, else they match everything else.
  void check_negation(const QueryNode& n, bool alone) {
    if (failed_) return;
    if (n.kind == Kind::kNot && alone) {
      fail("an exclusion needs a positive term beside it", n.begin_byte);
      return;
    }
    if (n.kind == Kind::kAnd) {
      bool positive = false;
      for (const QueryNode& c : n.children) positive |= c.kind != Kind::kNot;
      if (!positive) return fail("an exclusion needs a positive term beside it", n.begin_byte);
      for (const QueryNode& c : n.children) check_negation(c, false);
    } else if (n.kind == Kind::kOr) {
      for (const QueryNode& c : n.children) check_negation(c, true);
    } else {
      for (const QueryNode& c : n.children) check_negation(c, n.kind != Kind::kNot);
    }
  }

  std::string_view q_;
  std::size_t pos_ = 0;
  std::size_t terms_ = 0;  // count_terms
  bool failed_ = false;
  QueryError error_;
};

}  // namespace

ParseResult parse_query(std::string_view query) { return Parser(query).run(); }

}  // namespace loupe::query
