#!/usr/bin/env bash
# Writes the person names of a language in the npm package @faker-js/faker 10.6.0 (MIT) one a
# line, for the trainer's --list FILE. Fetched into a temporary folder, never committed; a model
# trained with it holds only 32-bit hashes of the words (word_classes.h).
#   es (default): the given names and surnames of its locales es and es_MX (319 given names and
#     705 surnames, a few of several words such as `Ana María`);
#   ru, uk: the given names, surnames and patronymics of its locale ru or uk (nominatives,
#     masculine and feminine: `Абрамов`, `Абрамова`, `Ааронович`).
# Usage: tools/ner-train/fetch_person_names.sh OUT_FILE [es|ru|uk]
# E.g. tools/ner-train/fetch_person_names.sh /tmp/persons-es.txt
set -euo pipefail
out=$1
lang=${2:-es}
case $lang in
  es) locales=fakerES,fakerES_MX kinds=first_name,last_name ;;
  ru) locales=fakerRU kinds=first_name,last_name,middle_name ;;
  uk) locales=fakerUK kinds=first_name,last_name,middle_name ;;
  *) echo "unknown language $lang" >&2; exit 2 ;;
esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @faker-js/faker@10.6.0 >/dev/null && tar xzf faker-js-faker-10.6.0.tgz)
node --input-type=module -e '
const faker = await import(process.argv[1]);
const names = new Set();
for (const f of process.argv[2].split(",").map((l) => faker[l]))
  for (const kind of process.argv[3].split(","))
    for (const list of Object.values(f.rawDefinitions.person[kind])) for (const n of list) names.add(n);
process.stdout.write([...names].sort().join("\n") + "\n");
' "$tmp/package/dist/index.js" "$locales" "$kinds" >"$out"
echo "$(wc -l <"$out") names in $out" >&2
