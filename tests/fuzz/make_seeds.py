#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora into OUT/<harness>/ (our own sentences, never the shared
corpus): texts in the five languages, in the encodings and PDF damage the decoder handles,
queries with every operator, filter and facet, and saved indexes made by the CLI.

usage: make_seeds.py OUT LOUPE_CLI SAMPLES_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile

SEP = b"\xff"  # fuzz_engine.h's piece separator

KO = "세르게이 라브로프 외무장관은 지난 4월 15일 뉴욕에서 미국의 전직 관리들을 만났다."
KO_PDF = "세르게이 라브\n로프 외무장관은[1]\r\n회담을 마친 뒤 기자들과 만났다.\n\n극 동 연 방 대 학 교\n- 3 -\n"
EN = "On March 3, 2021 Sergey Lavrov met Richard Haass in New York. The nego-\ntiations lasted until Friday."
RU = "Министр Лавров прилетел в Нью-Йорк 15 ноября 2022 года. Переговоры шли весь день."
UK = "Переговори у Києві тривали всю ніч 3 березня 2023 року."
ES = "El ministro Lavrov llegó a Nueva York el 5 de mayo de 2020 para las negociaciones."
# The shapes the entity rules read (quoted names, glosses in brackets, games, foreign names,
# spacing variants), cut short and left open as well.
NAMES = [
    'Директор ТОВ «Степові Вітри» та фірми „Ясен“ підписали угоду; «не закрито',
    '훙레이(洪磊) 대변인과 유엔식량계획(WFP), 레오나르도 트라산드(Leonardo Trasande) 교수, 가나다(',
    '대표팀은 폴란드를 3-1로 꺾고 4강에 올랐다. 미국은 발표했다. 유엔 안보리와 유엔안보리.',
    'Alemania venció a Suecia por 6-4 y 7-6 en Italia; marcó 31:82 en Mónaco. "Adevarul", "',
    '무라야마 도미이치 총리와 로드리게즈는 Magna International Inc. and Magna met in "Bar "',
    '한ㆍ러ㆍ중ㆍ일 정상은 미-러, 북·중 관계와 남\n\nㆍ북, 한 · 미, 중·고교, 한ㆍ러가 ㆍ 러ㆍ',
]
IDS = "See <sys/socket.h> and BPF_PROG_TYPE_SOCKET_FILTER at https://example.org/a?b=1 or mail a@b.io."

TEXTS = {
    "ko.txt": KO.encode(),
    "ko_pdf.txt": KO_PDF.encode(),
    "en.txt": EN.encode(),
    "ru_1251.txt": RU.encode("cp1251"),
    "ru_koi8.txt": RU.encode("koi8_r"),
    "ko_euckr.txt": KO.encode("euc_kr"),
    "uk_bom.txt": b"\xef\xbb\xbf" + UK.encode(),
    "es_utf16le.txt": ES.encode("utf-16-le"),
    "ko_utf16be_bom.txt": b"\xfe\xff" + KO.encode("utf-16-be"),
    "ids.txt": IDS.encode(),
    "hangul_run.txt": ("가나다라마바사" * 40).encode(),
    "invalid.txt": b"Lavrov \xc3 met \xe2\x82 Haass \x00 in\x0c New York.",
}

QUERIES = [
    ("라브로프 -(협상 OR 회담) lang:ko", '{"facets":["lang","doc","entity","year"]}'),
    ('"Sergey Lavrov" date:2021', '{"limit":3,"per_doc":1,"snippet_bytes":40}'),
    ("entity:Lavrov date:2020..2023", '{"facets":["entity","year"],"facet_limit":2}'),
    ("harb* OR negociaciones~ | Переговоры~2", '{"offset":1}'),
    ("doc:en* date:..2021 AND NOT talks Lavrov", '{"facets":false}'),
    ('entity:"Сергей Лавров" doc:"ru.txt" (мир OR ніч)', "{}"),
    ("date:2022-11-15 лавров", '{"limit":0}'),
]

# Pages for html_text_fuzzer.cc: every construct cli/html_text.cc reads (title, lang, skipped
# elements, blocks, references, comments, quoted '>' in attributes, a tag left open).
PAGES = {
    "ko.html": f'<!DOCTYPE html><html lang="ko"><head><title>회담 &amp; 기자</title>'
               f'<style>p {{ color: red }}</style></head><body><nav>메뉴</nav><p>{KO}</p>'
               f'<ul><li>하나<li>둘</ul><!-- 주석 --><script>var a = "</p>";</script></body></html>',
    "en.html": f"<HTML LANG=en><TITLE>Talks</TITLE><div class='a>b'>{EN}<br/>&lt;tag&gt; "
               f"&#1051;&#x410;&nbsp;&hellip;&#0;&#x110000;&bogus; &</div><pre>  two   spaces</pre>",
    "mixed.html": f"<html dir=ltr lang = 'ru'><h1>{RU}</h1><table><tr><td>{UK}<td>{ES}</table>"
                  f"<template><p>hidden</template><svg><text>no</text></svg><p>{IDS}",
    "open.html": "<html><title>unclosed title<p>text <a href=\"x>y",
}

DATES = [
    ("2022-11-15", KO), ("", EN), ("2023-01-01", RU), ("2020-13-40", UK), ("", ES),
    ("2024-02-29", "next Friday, in the 1990s, 197X, 지난주 금요일, позавчера, 2주 후"),
]


def write(out, harness, name, data):
    d = os.path.join(out, harness)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def main(out, cli, samples):
    for name, data in TEXTS.items():
        write(out, "analyze", name, data)
        write(out, "add_document", name, data)
    for name, page in PAGES.items():
        write(out, "html_text", name, page.encode())
    for i, (q, opts) in enumerate(QUERIES):
        write(out, "search", f"q{i}", q.encode() + SEP + opts.encode())
    for i, (ref, text) in enumerate(DATES):
        write(out, "dates", f"d{i}", ref.encode() + SEP + text.encode())
    texts = [KO, EN, RU, UK, ES, KO_PDF]
    write(out, "entities", "all", SEP.join(t.encode() for t in texts))
    write(out, "entities", "pair", KO.encode() + SEP + RU.encode())
    write(out, "entities", "names", SEP.join(t.encode() for t in NAMES))
    for i, t in enumerate(NAMES):
        write(out, "entities", f"name{i}", t.encode())
    ops = b""
    for i, t in enumerate(texts):  # add four, search, remove one, search, replace one
        ops += bytes([i % 4]) + t.encode() + SEP
    ops += bytes([12]) + "Lavrov OR 라브로프 date:2022".encode() + SEP + bytes([9]) + SEP
    ops += bytes([13]) + b"entity:Lavrov" + SEP + bytes([1]) + KO_PDF.encode() + SEP
    ops += bytes([14]) + "мир".encode()
    write(out, "corpus_ops", "ops", ops)
    files = sorted(os.path.join(samples, f) for f in os.listdir(samples) if f.endswith(".txt"))
    saved = {}
    for flag in ([], ["--no-text"]):
        path = os.path.join(out, "saved.loupe")
        subprocess.run([cli, "index", *flag, *files, "-o", path], check=True,
                       stdout=subprocess.DEVNULL)
        with open(path, "rb") as f:
            saved[bool(flag)] = f.read()
        os.remove(path)
    # load_index_fuzzer.cc's layout: byte 0 even = no sources; odd = a 2-byte length and a text.
    write(out, "load_index", "with_text", b"\x00" + saved[False])
    with open(files[0], "rb") as f:  # one document's source: the others fail their CRC
        source = f.read()[:65535]
    write(out, "load_index", "with_source",
          b"\x01" + len(source).to_bytes(2, "little") + source + saved[True])
    write_site_seeds(out, cli)


def record(name, data):
    """site_session_fuzzer.cc's record: u8 name length, name, u16 LE length, bytes."""
    return bytes([len(name)]) + name + len(data).to_bytes(2, "little") + data


SITE_QUERIES = ["Lavrov", "라브로프", "Перег*", '"New York"', "negociaciones~", "doc:en.txt lang:en",
                # the annotation pages (key, entity, date): a filter beside a word and alone
                "Lavrov entity:라브로프", "entity:Lavrov", "date:2020..2023 Lavrov"]


def write_site_seeds(out, cli):
    """A site of our sentences written by `loupe site` with the smallest chunks (1 KB), every
    file as a record, then the queries; flags 1 (headers fixed), 3 (and one passage a
    document), 0 (headers as written)."""
    tmp = tempfile.mkdtemp()
    try:
        src, dst = os.path.join(tmp, "src"), os.path.join(tmp, "out")
        os.makedirs(src)
        for name, text in (("ko.txt", KO), ("en.txt", EN), ("ru.txt", RU), ("es.md", ES)):
            with open(os.path.join(src, name), "w", encoding="utf-8") as f:
                f.write(text + "\n")
        subprocess.run([cli, "site", src, "-o", dst, "--chunk-kb", "1"], check=True,
                       stdout=subprocess.DEVNULL)
        files = b""
        for name in sorted(os.listdir(dst)):
            with open(os.path.join(dst, name), "rb") as f:
                files += record(name.encode(), f.read())
        queries = b"".join(record(b"?", q.encode()) for q in SITE_QUERIES)
        write(out, "site_session", "site", b"\x01" + files + queries)
        write(out, "site_session", "site_per_doc", b"\x03" + files + queries)
        write(out, "site_session", "site_unfixed", b"\x00" + files + queries[:2])
        write_site_merge_seeds(out, cli, src, tmp, queries)
    finally:
        shutil.rmtree(tmp)


def write_site_merge_seeds(out, cli, src, tmp, queries):
    """site_merge_fuzzer.cc's parts: the same files as 2 and 3 `loupe site --part` runs, each
    part's files as records, a "|" record between parts, then the queries; flags 1 (headers
    fixed, 1 KB chunks), 3 (and 96-byte chunks), 0."""
    for n in (2, 3):
        parts = []
        for k in range(n):
            dst = os.path.join(tmp, f"part{n}-{k}")
            subprocess.run([cli, "site", src, "-o", dst, "--chunk-kb", "1", "--part", f"{k}/{n}"],
                           check=True, stdout=subprocess.DEVNULL)
            files = b""
            for name in sorted(os.listdir(dst)):
                with open(os.path.join(dst, name), "rb") as f:
                    files += record(name.encode(), f.read())
            parts.append(files)
        joined = record(b"|", b"").join(parts)
        write(out, "site_merge", f"parts{n}", b"\x01" + joined + queries)
        write(out, "site_merge", f"parts{n}_small", b"\x03" + joined + queries)
    write(out, "site_merge", "parts3_unfixed", b"\x00" + joined + queries[:2])


if __name__ == "__main__":
    main(*sys.argv[1:4])
