#!/usr/bin/env bash
# The search-only build's ICU (bindings/CMakeLists.txt, loupe_wasm_site): the same ICU source as
# icu-wasm.sh, compiled for size as LLVM bitcode (-Oz -flto) so the site link optimizes it with
# the engine, and without services the search never runs (UCONFIG_* below). Libraries only: the
# site build packs its own data (toolchain/icu/site-data.sh); and only ICU's common library:
# the search links nothing of i18n (charset detection is the engine's only use of it, for input
# files, which the reader never decodes), so libicui18n.a is empty and a link that came to need
# it would fail on the undefined symbols rather than grow. Into
# $LOUPE_CACHE/icu-<version>-site-<flags hash>/, linked as $LOUPE_CACHE/icu-wasm-site.
# The source as icu-wasm.sh fetches it (shared under $LOUPE_CACHE/src).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/versions.env"
export NODE_PATH=/usr/share/nodejs

# Must match ICU_SITE_DEFINES in toolchain/wasm-deps.cmake (the engine sees the same headers).
# NO_SERVICE: no registered break iterators (BreakIterator::createInstance goes straight to the
# data); NO_FILTERED_BREAK_ITERATION: no sentence suppressions (only the `ss` locale keyword
# asks for them; the engine opens the root locale); NO_LEGACY_CONVERSION: no codepage tables
# (the index holds decoded UTF-8); NO_FILE_IO: data only from the compiled-in package.
DEFINES="-DU_STATIC_IMPLEMENTATION -DU_CHARSET_IS_UTF8=1 -DU_ENABLE_DYLOAD=0 -DU_HAVE_MMAP=0 \
-DUCONFIG_NO_FILE_IO=1 -DUCONFIG_NO_SERVICE=1 -DUCONFIG_NO_FILTERED_BREAK_ITERATION=1 \
-DUCONFIG_NO_LEGACY_CONVERSION=1"
CFLAGS_ICU="-Oz -flto -w -fno-exceptions $DEFINES"
key=$(printf '%s\n' "$ICU_VERSION" "$CFLAGS_ICU" "$EMSCRIPTEN_VERSION" | cat - "$0" | sha256sum | cut -c1-12)
out="$LOUPE_CACHE/icu-$ICU_VERSION-site-$key"
link="$LOUPE_CACHE/icu-wasm-site"
if [ -f "$out/.done" ]; then ln -sfn "$out" "$link"; echo "icu-wasm-site: cached at $out"; exit 0; fi
mkdir -p "$LOUPE_CACHE"; exec 9>"$LOUPE_CACHE/.icu-wasm-site.lock"; flock 9
if [ -f "$out/.done" ]; then ln -sfn "$out" "$link"; echo "icu-wasm-site: cached at $out"; exit 0; fi
src="$LOUPE_CACHE/src/icu-$ICU_VERSION"
if [ ! -d "$src/source" ]; then  # as icu-wasm.sh (a cache restored without src/)
  dl="$LOUPE_CACHE/downloads"; mkdir -p "$dl"
  tarball="$dl/icu_$ICU_VERSION.orig.tar.gz"
  [ -f "$tarball" ] || bash "$here/fetch-source.sh" icu "$dl"
  sha=$(sed -n 's/^ICU_SHA256=//p' "$here/icu-wasm.sh")
  echo "$sha  $tarball" | sha256sum -c --quiet
  rm -rf "$src.tmp"; mkdir -p "$src.tmp"
  tar xzf "$tarball" -C "$src.tmp" --strip-components=1 icu/source
  mv "$src.tmp" "$src"
fi
echo "icu-wasm-site: building ICU $ICU_VERSION (-Oz -flto) into $out"

obj="$out/obj"; mkdir -p "$obj/common" "$out/lib" "$out/include/unicode"
compile() {  # compile DIR FLAGS: every .cpp of source/DIR, in parallel, skipping finished ones
  local dir=$1 flags=$2
  ls "$src/source/$dir"/*.cpp | xargs -P "$(nproc)" -I{} sh -c '
    o="$0/$(basename "{}" .cpp).o"; [ -f "$o" ] && exit 0
    em++ -std=c++17 $1 -I"$2/source/common" -I"$2/source/i18n" -c "{}" -o "$o.tmp" && mv "$o.tmp" "$o"' \
    "$obj/$dir" "$CFLAGS_ICU $flags" "$src"
}
start=$(date +%s)
compile common "-DU_COMMON_IMPLEMENTATION"
rm -f "$out/lib/"*.a
emar rcs "$out/lib/libicuuc.a" "$obj/common/"*.o
emar rcs "$out/lib/libicui18n.a"
cp "$src/source/common/unicode/"*.h "$src/source/i18n/unicode/"*.h "$out/include/unicode/"
rm -rf "$obj"
echo "icu-wasm-site: built in $(($(date +%s) - start)) s"
touch "$out/.done"
ln -sfn "$out" "$link"
