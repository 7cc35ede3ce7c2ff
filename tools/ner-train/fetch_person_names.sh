#!/usr/bin/env bash
# Writes the Spanish given names and surnames of the npm package @faker-js/faker 10.6.0 (MIT;
# its locales es and es_MX: 319 given names and 705 surnames, a few of several words such as
# `Ana María`) one a line, for the trainer's --list FILE. Fetched into a temporary folder, never
# committed; a model trained with it holds only 32-bit hashes of the words (word_classes.h).
# Usage: tools/ner-train/fetch_person_names.sh OUT_FILE
# E.g. tools/ner-train/fetch_person_names.sh /tmp/persons-es.txt
set -euo pipefail
out=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @faker-js/faker@10.6.0 >/dev/null && tar xzf faker-js-faker-10.6.0.tgz)
node --input-type=module -e '
const { fakerES, fakerES_MX } = await import(process.argv[1]);
const names = new Set();
for (const f of [fakerES, fakerES_MX])
  for (const kind of ["first_name", "last_name"])
    for (const list of Object.values(f.rawDefinitions.person[kind])) for (const n of list) names.add(n);
process.stdout.write([...names].sort().join("\n") + "\n");
' "$tmp/package/dist/index.js" >"$out"
echo "$(wc -l <"$out") names in $out" >&2
