// document_title: the title a document is searched by (the BM25 title field, query/bm25.h).
// A Markdown document whose first line is a level-1 heading ("# Title") is titled by it: its
// author named it. Otherwise the file name is the title, without its folder and its
// extension, with '_' and '-' as spaces ("lavrov_interview-2023.txt" -> "lavrov interview
// 2023") and without words that look like hashes (8+ hex digits mixing digits and letters); a
// title with no letter left is none ("000_d74994d38762cac4.txt"). Names the app makes up for
// pasted text are titles too ("Pasted text"). The title is indexed as its own passage; its
// hits carry offsets into the title (engine.h).
// E.g. document_title("notes.md", "# Переговоры в Нью-Йорке\n\n...") -> "Переговоры в Нью-Йорке".
#pragma once
#include <string>
#include <string_view>

namespace loupe::document {

std::string document_title(std::string_view name, std::string_view text);

}  // namespace loupe::document
