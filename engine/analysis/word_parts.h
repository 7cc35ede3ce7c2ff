// Word parts: ICU keeps identifiers, file names and elided words whole ("sys/socket.h" gives
// "socket.h", "BPF_PROG_TYPE_SOCKET_FILTER", "mycookie.allocated", "d'allocation"), so a search
// for "socket", "allocated" or "allocation" would miss them. The text analyzer adds each part
// of such a word as a token of its own at the word's position (kTokenPart), after the whole
// word, which stays indexed as written (Lucene's WordDelimiterGraphFilter with the original
// preserved, for index time only: a query word is matched whole).
// A word is split at '_', '.', ':', '\'', '@' (ICU keeps "@file" whole) and U+2019; a part is
// kept if it has 2+ code points and a letter. Numbers ("2.6.24", "1.5km"), URLs, e-mail
// addresses and Hangul words are never split (Korean has its own suffix terms, index/hangul.h).
// E.g. "oom_kill_allocating_task" -> parts "oom", "kill", "allocating", "task".
#pragma once
#include <string_view>
#include <vector>

#include "analysis/analyzed_text.h"

namespace loupe::analysis {

// Appends the parts of `word` (a token of `text`, flags already set by the Tokenizer) to
// `out`: each with its own byte range inside the word, the term set to its surface and the
// word's flags plus kTokenPart. Appends nothing for a word that is not split.
void append_word_parts(std::string_view text, const AnalyzedToken& word,
                       std::vector<AnalyzedToken>& out);

// Drops part tokens whose term equals the term of their word or of an earlier part of it
// ("Lavrov's" stems to "lavrov" twice: one posting, not two). Run after the filter chain.
void drop_repeated_parts(std::vector<AnalyzedToken>& tokens);

}  // namespace loupe::analysis
