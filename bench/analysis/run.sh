#!/usr/bin/env bash
# Analysis throughput, side by side in one run: the native engine, the wasm engine and
# Intl.Segmenter (Node), over the same documents. Prints MB/s and the ratios. See bench/README.md.
#
#   bash bench/analysis/run.sh            # bigcorpus if /tmp/loupe-bigcorpus exists, else ../shared/corpus
#   CORPUS=small bash bench/analysis/run.sh
#   CORPUS=/some/dir MAX_MB=8 REPS=7 OP=analyze bash bench/analysis/run.sh
#
# Environment (all optional):
#   CORPUS     small | big | a directory of .txt files   (default: big when present, else small)
#   MAX_MB     cap on the bytes taken from a big corpus: every k-th file in name order, so the
#              language mix is kept (default 4)
#   REPS       repetitions per variant; medians are printed (default 5)
#   MIN_MS     minimum duration of one repetition in ms (default 300)
#   OP         engine call to time: tokenize (default) or analyze
#   BUILD_DIR  native build dir for the bench binary (default build/bench-native)
#   DIST       wasm dist with loupe-engine.single.js or loupe-engine.js + .wasm (default web/dist)
# It builds only the native bench target; it never builds wasm (point DIST at a build you made).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SMALL=${LOUPE_CORPUS_DIR:-$ROOT/../shared/corpus}
BIG=/tmp/loupe-bigcorpus
MAX_MB=${MAX_MB:-4}
REPS=${REPS:-5}
MIN_MS=${MIN_MS:-300}
OP=${OP:-tokenize}
BUILD_DIR=${BUILD_DIR:-$ROOT/build/bench-native}
DIST=${DIST:-$ROOT/web/dist}
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}

case "${CORPUS:-auto}" in
  auto) if [ -n "$(ls -A "$BIG" 2>/dev/null)" ]; then DIR=$BIG; else DIR=$SMALL; fi ;;
  big) DIR=$BIG ;;
  small) DIR=$SMALL ;;
  *) DIR=$CORPUS ;;
esac
if [ -z "$(ls "$DIR"/*.txt 2>/dev/null | head -1)" ]; then
  echo "no .txt documents in $DIR (for the big corpus: bash /work/shared/bench/make-bigcorpus.sh $BIG)" >&2
  exit 1
fi

# The document list both programs read: every k-th file (name order) up to MAX_MB.
LIST=$(mktemp /tmp/loupe-bench-list.XXXXXX)
trap 'rm -f "$LIST" "$LIST.build"' EXIT
find "$DIR" -maxdepth 1 -name '*.txt' -type f -printf '%s\t%p\n' | sort -t$'\t' -k2,2 |
  awk -F'\t' -v max=$((MAX_MB * 1000000)) '
    { size[NR] = $1; path[NR] = $2; total += $1 }
    END {
      step = total > max ? int((total + max - 1) / max) : 1
      for (i = 1; i <= NR; i += step) if (taken + size[i] <= max || taken == 0) { print path[i]; taken += size[i] }
    }' > "$LIST"
echo "corpus: $DIR -> $(wc -l < "$LIST") documents, $(cat $(cat "$LIST") | wc -c) bytes"

# Native: only the bench target, in its own build dir.
if [ ! -f "$BUILD_DIR/build.ninja" ] || ! grep -q "LOUPE_BENCH_OP:STRING=$OP\$" "$BUILD_DIR/CMakeCache.txt"; then
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLOUPE_BENCH_OP="$OP" >/dev/null
fi
cmake --build "$BUILD_DIR" --target loupe_bench_analysis -j2 >"$LIST.build" 2>&1 || { cat "$LIST.build"; exit 1; }
NATIVE_OUT=$("$BUILD_DIR/bench/loupe_bench_analysis" --list "$LIST" --reps "$REPS" --min-ms "$MIN_MS")
echo "$NATIVE_OUT" | grep -v '^RESULT'
NATIVE=$(echo "$NATIVE_OUT" | awk '/^RESULT native/ { printf "%s%s=%s", sep, $3, $4; sep = "," }')

# Wasm and Intl.Segmenter in one Node process, plus the table of ratios.
if [ ! -f "$DIST/loupe-engine.single.js" ] && [ ! -f "$DIST/loupe-engine.js" ]; then
  echo "no wasm build in $DIST (make wasm, or emcmake cmake ... -DLOUPE_DIST=DIR and DIST=DIR)" >&2
  exit 1
fi
node --no-experimental-fetch "$ROOT/bench/analysis/wasm_vs_intl.mjs" --list "$LIST" --dist "$DIST" \
  --op "$OP" --reps "$REPS" --min-ms "$MIN_MS" --native "$NATIVE"
