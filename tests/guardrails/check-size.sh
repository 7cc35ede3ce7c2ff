#!/usr/bin/env bash
# Fails when the library a page downloads passes its budget: 2 MB gzip (gzip -9 per file, as
# web/build.mjs reports it). The library = the engine (loupe-engine.js + .wasm, ICU data
# inside, no entity models) and the library scripts beside it in web/dist (loupe-search.js and
# the worker's). Each entity model (web/dist/models/ner-<lang>.bin) has its own budget.
set -uo pipefail
cd "$(dirname "$0")/../.."
dist=${1:-web/dist}
budget=$((2 * 1024 * 1024))
for f in loupe-engine.js loupe-engine.wasm; do
  [ -f "$dist/$f" ] || { echo "check-size: $dist/$f is missing (make wasm builds it)"; exit 1; }
done
mapfile -t files < <(cd "$dist" && ls loupe-engine.js loupe-engine.wasm loupe-search.js \
  worker*.js lib/*.js worker/*.js 2>/dev/null | sort -u)
total=0
for f in "${files[@]}"; do
  total=$((total + $(gzip -9 -c "$dist/$f" | wc -c)))
done
echo "check-size: library ${files[*]}: $total bytes gzip (budget $budget)"
[ "$total" -le "$budget" ] || { echo "check-size: the library is over its 2 MB gzip budget"; exit 1; }
# The entity tagger's models (issue 16): not in the wasm; the worker fetches models/ner-<lang>.bin
# beside the library when a document of that language first needs entities. 400 KB gzip each.
shopt -s nullglob
models=("$dist"/models/ner-*.bin)
[ "${#models[@]}" -gt 0 ] || { echo "check-size: $dist/models/ner-*.bin missing (web/build.mjs copies them)"; exit 1; }
for m in "${models[@]}"; do
  size=$(gzip -9 -c "$m" | wc -c)
  echo "check-size: $m: $size bytes gzip (budget 409600)"
  [ "$size" -le 409600 ] || { echo "check-size: $m is over its 400 KB gzip budget"; exit 1; }
done
