#!/usr/bin/env bash
# Loupe's chunked static index and Pagefind (npm, run with npx) side by side on one site: the
# man-page corpus rendered as HTML pages (make-html.mjs). Prints each engine's indexing time,
# peak memory and index size, then visit.mjs's Chromium figures (requests, bytes and time to
# first result for the first query and a visit of ten). Figures: engine/site/README.md.
#   bash bench/site/pagefind-compare.sh [CORPUS_DIR] [WORK_DIR]
#   (defaults /tmp/loupe-bigcorpus from ../shared/bench/make-bigcorpus.sh, /tmp/loupe-pagefind;
#   LOUPE=path/to/loupe; PAGEFIND="npx -y pagefind@1.6.0"; web/dist must hold the site build)
set -euo pipefail
cd "$(dirname "$0")/../.."
loupe=$(realpath "${LOUPE:-build/native/cli/loupe}")
pagefind=${PAGEFIND:-npx -y pagefind@1.6.0}
corpus=${1:-/tmp/loupe-bigcorpus} work=${2:-/tmp/loupe-pagefind}
[ -d "$corpus" ] || { echo "skipped: no corpus at $corpus (bash ../shared/bench/make-bigcorpus.sh)"; exit 0; }
for f in loupe-site-element.js loupe-site-worker.js loupe-site.js loupe-site.wasm; do
  [ -f "web/dist/$f" ] || { echo "web/dist/$f is missing: make wasm"; exit 1; }
done
rm -rf "$work" && mkdir -p "$work"
site=$work/site
node bench/site/make-html.mjs "$corpus" "$site"
measure() { /usr/bin/time -f '%e s wall, %U+%S s CPU, %M KB peak' "$@"; }
echo "loupe site: $( { measure "$loupe" site "$site" -o "$site/loupe" > /dev/null; } 2>&1 | tail -1)"
echo "pagefind:   $( { measure $pagefind --site "$site" --output-subdir pagefind > "$work/pagefind.log"; } 2>&1 | tail -1)"
size() { du -sb "$1" | cut -f1; }
echo "index size: loupe $(size "$site/loupe") B in $(ls "$site/loupe" | wc -l) files," \
  "pagefind $(size "$site/pagefind") B in $(find "$site/pagefind" -type f | wc -l) files"
mkdir -p "$site/lib"
cp web/dist/loupe-site-element.js web/dist/loupe-site-worker.js web/dist/loupe-site.js \
  web/dist/loupe-site.wasm "$site/lib/"
node bench/site/visit.mjs "$site"
