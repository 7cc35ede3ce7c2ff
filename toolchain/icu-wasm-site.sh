#!/usr/bin/env bash
# The search-only build's ICU (bindings/CMakeLists.txt, loupe_wasm_site): the same ICU source as
# icu-wasm.sh, compiled for size as LLVM bitcode (-Oz -flto) so the site link optimizes it with
# the engine, and without services the search never runs (UCONFIG_* below). Libraries only: the
# site build packs its own data (toolchain/icu/site-data.sh); and only ICU's common library:
# the search links nothing of i18n (charset detection is the engine's only use of it, for input
# files, which the reader never decodes), so libicui18n.a is empty and a link that came to need
# it would fail on the undefined symbols rather than grow. Into
# $LOUPE_CACHE/icu-<version>-site-<flags hash>/, linked as $LOUPE_CACHE/icu-wasm-site.
# The source and the compile loop are icu-wasm.sh's (toolchain/icu/icu-build.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/versions.env"
export NODE_PATH=/usr/share/nodejs
. "$here/icu/icu-build.sh"

# Must match ICU_SITE_DEFINES in toolchain/wasm-deps.cmake (the engine sees the same headers).
# NO_SERVICE: no registered break iterators (BreakIterator::createInstance goes straight to the
# data); NO_FILTERED_BREAK_ITERATION: no sentence suppressions (only the `ss` locale keyword
# asks for them; the engine opens the root locale); NO_LEGACY_CONVERSION: no codepage tables
# (the index holds decoded UTF-8); NO_FILE_IO: data only from the compiled-in package.
DEFINES="-DU_STATIC_IMPLEMENTATION -DU_CHARSET_IS_UTF8=1 -DU_ENABLE_DYLOAD=0 -DU_HAVE_MMAP=0 \
-DUCONFIG_NO_FILE_IO=1 -DUCONFIG_NO_SERVICE=1 -DUCONFIG_NO_FILTERED_BREAK_ITERATION=1 \
-DUCONFIG_NO_LEGACY_CONVERSION=1"
CFLAGS_ICU="-Oz -flto -w -fno-exceptions $DEFINES"
key=$(printf '%s\n' "$ICU_VERSION" "$CFLAGS_ICU" "$EMSCRIPTEN_VERSION" | cat - "$0" "$here/icu/icu-build.sh" | sha256sum | cut -c1-12)
out="$LOUPE_CACHE/icu-$ICU_VERSION-site-$key"
link="$LOUPE_CACHE/icu-wasm-site"
if [ -f "$out/.done" ]; then ln -sfn "$out" "$link"; echo "icu-wasm-site: cached at $out"; exit 0; fi
mkdir -p "$LOUPE_CACHE"; exec 9>"$LOUPE_CACHE/.icu-wasm-site.lock"; flock 9
if [ -f "$out/.done" ]; then ln -sfn "$out" "$link"; echo "icu-wasm-site: cached at $out"; exit 0; fi
icu_unpack_source
echo "icu-wasm-site: building ICU $ICU_VERSION (-Oz -flto) into $out"

obj="$out/obj"; mkdir -p "$obj/common" "$out/lib" "$out/include/unicode"
start=$(date +%s)
icu_compile common "-DU_COMMON_IMPLEMENTATION"
rm -f "$out/lib/"*.a
emar rcs "$out/lib/libicuuc.a" "$obj/common/"*.o
emar rcs "$out/lib/libicui18n.a"
cp "$src/source/common/unicode/"*.h "$src/source/i18n/unicode/"*.h "$out/include/unicode/"
rm -rf "$obj"
echo "icu-wasm-site: built in $(($(date +%s) - start)) s"
touch "$out/.done"
ln -sfn "$out" "$link"
