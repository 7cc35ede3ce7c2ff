#!/usr/bin/env bash
# Builds Snowball's libstemmer for wasm into $LOUPE_CACHE/snowball-<version>-<hash>/.
# The Snowball compiler runs natively to generate the C stemmers; emcc compiles those.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/versions.env"
export NODE_PATH=/usr/share/nodejs

SNOWBALL_SHA256=425cdb5fba13a01db59a1713780f0662e984204f402d3dae1525bda9e6d30f1a
CFLAGS_SB="-O2"
key=$(printf '%s\n' "$SNOWBALL_VERSION" "$CFLAGS_SB" "$EMSCRIPTEN_VERSION" | cat - "$0" | sha256sum | cut -c1-12)
out="$LOUPE_CACHE/snowball-$SNOWBALL_VERSION-$key"
if [ -f "$out/.done" ]; then echo "snowball-wasm: cached at $out"; exit 0; fi
echo "snowball-wasm: building libstemmer $SNOWBALL_VERSION for wasm into $out"

dl="$LOUPE_CACHE/downloads"; mkdir -p "$dl"
tarball="$dl/snowball_$SNOWBALL_VERSION.orig.tar.gz"
[ -f "$tarball" ] || bash "$here/fetch-source.sh" snowball "$dl"
echo "$SNOWBALL_SHA256  $tarball" | sha256sum -c --quiet

work="$out.build"; rm -rf "$work"; mkdir -p "$work"
tar xzf "$tarball" -C "$work" --strip-components=1
make -C "$work" -j"$(nproc)" libstemmer.a >/dev/null   # native: generates src_c/ and libstemmer/
mkdir -p "$out/lib" "$out/include" "$work/wasm"
srcs=("$work"/src_c/stem_*.c "$work"/runtime/api.c "$work"/runtime/utilities.c
      "$work"/libstemmer/libstemmer.c)
for s in "${srcs[@]}"; do
  emcc $CFLAGS_SB -I"$work/include" -c "$s" -o "$work/wasm/$(basename "$s" .c).o"
done
emar rcs "$out/lib/libstemmer.a" "$work"/wasm/*.o
cp "$work/include/libstemmer.h" "$out/include/"
touch "$out/.done"
ln -sfn "$out" "$LOUPE_CACHE/snowball-wasm"
rm -rf "$work"
echo "snowball-wasm: done"
