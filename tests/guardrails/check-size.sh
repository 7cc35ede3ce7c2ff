#!/usr/bin/env bash
# Fails when the library a page downloads passes its budget: 2 MB gzip (gzip -9 per file, as
# web/build.mjs reports it). The library = the engine (loupe-engine.js + .wasm, ICU data
# inside) and the library scripts beside it in web/dist (loupe-search.js and the worker's).
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
# The entity tagger's models (models/ner-<lang>.bin) have their own budget, 400 KB gzip each
# (issue 16). Until the worker fetches them per language, the wasm build embeds all five, so
# the library's allowance is 2 MB plus what the models weigh (printed, not hidden).
models=0
for m in models/ner-*.bin; do
  [ -f "$m" ] || continue
  size=$(gzip -9 -c "$m" | wc -c)
  echo "check-size: $m: $size bytes gzip (budget 409600)"
  [ "$size" -le 409600 ] || { echo "check-size: $m is over its 400 KB gzip budget"; exit 1; }
  models=$((models + size))
done
echo "check-size: library ${files[*]}: $total bytes gzip, of which ~$models the embedded models" \
  "(budget $budget + the models)"
[ "$total" -le $((budget + models)) ] || { echo "check-size: over the 2 MB gzip budget"; exit 1; }
