#!/usr/bin/env python3
"""Writes about SIZE_MB megabytes of prose in five languages (our own sentences, wrapped at
~70 columns, a blank line every five sentences) to OUT: the input of peak_memory.sh. With a
CHARSET (cp1251 or euc-kr), only the sentences that charset can encode, written in it: legacy-
charset text, which the engine decodes with an offset map back to these bytes.

usage: make_prose.py SIZE_MB OUT [CHARSET]
"""
import sys

SENTENCES = [
    "세르게이 라브로프 외무장관은 지난 4월 15일 뉴욕에서 미국의 전직 관리들을 만났다.",
    "On March 3, 2021 Sergey Lavrov met Richard Haass in New York to discuss the talks.",
    "Министр Лавров прилетел в Нью-Йорк 15 ноября 2022 года, переговоры шли весь день.",
    "Переговори у Києві тривали всю ніч 3 березня 2023 року між делегаціями.",
    "El ministro Lavrov llegó a Nueva York el 5 de mayo de 2020 para las negociaciones.",
    "The harbor authority of Busan said the shipping lanes would reopen next Friday.",
    "회담은 비공식 채널 외교의 한 예로, 협상이 아니라 대화였다고 참석자들은 주장했다.",
]


def main(size_mb, out, charset="utf-8"):
    target = int(float(size_mb) * (1 << 20))
    chunk = []
    line = 0
    ours = [s for s in SENTENCES if can_encode(s, charset)]
    for i, s in enumerate(ours * 5):
        for word in s.split(" "):
            chunk.append(word)
            line += len(word.encode()) + 1
            chunk.append("\n" if line > 70 else " ")
            line = 0 if line > 70 else line
        if i % 5 == 4:
            chunk.append("\n\n")
            line = 0
    block = "".join(chunk).encode(charset)
    with open(out, "wb") as f:
        written = 0
        n = 0
        while written < target:
            piece = block.replace(b"2021", str(1900 + n % 120).encode())  # vary the words a bit
            f.write(piece)
            written += len(piece)
            n += 1


def can_encode(s, charset):
    try:
        s.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


if __name__ == "__main__":
    main(*sys.argv[1:4])
