#!/usr/bin/env bash
# Writes the proper nouns of Debian's Spanish hunspell dictionary (package hunspell-es 1:7.5.0,
# /usr/share/hunspell/es_ES.dic: its 11,267 entries that start with a capital letter, toponyms,
# given names, surnames, acronyms such as ONU or OTAN) one a line, for the trainer's --list FILE.
# The dictionary (LibreOffice's, by Santiago Bosio) is GPL-3+ or LGPL-3+ or MPL-1.1+
# (/usr/share/doc/hunspell-es/copyright, dictionaries/es/*). Read from the installed package, or
# else downloaded with apt-get and unpacked into a temporary folder; never committed: a model
# trained with it holds only 32-bit hashes of the words (word_classes.h).
# Usage: tools/ner-train/fetch_dictionary_names.sh OUT_FILE
# E.g. tools/ner-train/fetch_dictionary_names.sh /tmp/names-es.txt
set -euo pipefail
out=$1
dic=/usr/share/hunspell/es_ES.dic
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ ! -f "$dic" ]; then
  (cd "$tmp" && apt-get download hunspell-es >/dev/null && dpkg-deb -x hunspell-es_*.deb root)
  dic=$tmp/root/usr/share/hunspell/es_ES.dic
fi
# The first line is the entry count; an entry's affix flags follow a slash.
tail -n +2 "$dic" | sed 's,/.*,,' | LC_ALL=C.UTF-8 grep '^[[:upper:]]' | LC_ALL=C sort -u >"$out"
echo "$(wc -l <"$out") names in $out" >&2
