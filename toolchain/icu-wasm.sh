#!/usr/bin/env bash
# Builds ICU for wasm (static libs + a deliberately small data package compiled in) into
# $LOUPE_CACHE/icu-<version>-<flags hash>/. Reused when present; safe to rerun after a cut.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/versions.env"
export NODE_PATH=/usr/share/nodejs
. "$here/icu/icu-build.sh"

CFLAGS_ICU="-O2 -w -fno-exceptions -DU_STATIC_IMPLEMENTATION -DU_CHARSET_IS_UTF8=1 -DU_ENABLE_DYLOAD=0 -DUCONFIG_NO_FILE_IO=0 -DU_HAVE_MMAP=0"
DATA_LIST="$here/icu/data-items.txt"
TRANSLIT_IDS="$here/icu/translit-ids.txt"   # the transliterators translit/root.res keeps
TRANSLIT_TOOLS=("$here/icu/translit-trim.mjs" "$here/icu/translit-dump.cc" "$here/icu/translit-check.cc")
# Objects are keyed by what compiles them; the finished package also by the data lists,
# the data tools and this script, so a data change repacks without recompiling ICU.
obj_key=$(printf '%s\n' "$ICU_VERSION" "$CFLAGS_ICU" "$EMSCRIPTEN_VERSION" | sha256sum | cut -c1-12)
key=$(printf '%s\n' "$obj_key" | cat - "$DATA_LIST" "$TRANSLIT_IDS" "${TRANSLIT_TOOLS[@]}" "$0" "$here/icu/icu-build.sh" | sha256sum | cut -c1-12)
out="$LOUPE_CACHE/icu-$ICU_VERSION-$key"
if [ -f "$out/.done" ]; then ln -sfn "$out" "$LOUPE_CACHE/icu-wasm"; echo "icu-wasm: cached at $out"; exit 0; fi
# One build at a time (parallel callers wait, then find the cache).
mkdir -p "$LOUPE_CACHE"; exec 9>"$LOUPE_CACHE/.icu-wasm.lock"; flock 9
if [ -f "$out/.done" ]; then ln -sfn "$out" "$LOUPE_CACHE/icu-wasm"; echo "icu-wasm: cached at $out"; exit 0; fi
echo "icu-wasm: building ICU $ICU_VERSION for wasm into $out"

icu_unpack_source

obj="$LOUPE_CACHE/icu-$ICU_VERSION-objects-$obj_key"; mkdir -p "$obj/common" "$obj/i18n" "$out/lib" "$out/include/unicode"
time icu_compile common "-DU_COMMON_IMPLEMENTATION"
time icu_compile i18n "-DU_I18N_IMPLEMENTATION"

# Data: a subset of the prebuilt icudt72l.dat, repacked with icupkg and compiled in with genccode.
dat="$src/source/data/in/icudt${ICU_MAJOR}l.dat"
pkg="$obj/data"; rm -rf "$pkg"; mkdir -p "$pkg/items" "$pkg/new"
grep -v '^#' "$DATA_LIST" | grep . > "$pkg/list.txt"
icupkg -x "$pkg/list.txt" -d "$pkg/items" "$dat"
# translit/root.res holds all ~985 rule sets of ICU 72 (891 KB); keep those TRANSLIT_IDS names
# and what they reference. Not derb: its ICU 72 dump escapes no backslash and cuts strings
# holding '"', which breaks Latin-ASCII. An exact JSON dump (system ICU) goes in, genrb text
# comes out, and the rebuilt bundle must dump back identical to what was kept.
tr="$pkg/translit"
if grep -qx 'translit/root.res' "$pkg/list.txt"; then
  [ "$(pkg-config --modversion icu-uc)" = "$ICU_VERSION" ] || { echo "icu-wasm: system ICU is not $ICU_VERSION" >&2; exit 1; }
  mkdir -p "$tr/res"
  g++ -O1 -std=c++17 "$here/icu/translit-dump.cc" $(pkg-config --cflags --libs icu-uc) -o "$tr/dump"
  "$tr/dump" "$pkg/items/translit" root > "$tr/full.json"
  node "$here/icu/translit-trim.mjs" trim "$tr/full.json" "$TRANSLIT_IDS" "$tr/root.txt" "$tr/kept.json"
  genrb -q -e UTF-8 -d "$tr/res" "$tr/root.txt"
  "$tr/dump" "$tr/res" root > "$tr/new.json"
  node "$here/icu/translit-trim.mjs" check "$tr/kept.json" "$tr/new.json"
  cp "$tr/res/root.res" "$pkg/items/translit/root.res"
fi
icupkg --ignore-deps -a "$pkg/list.txt" -s "$pkg/items" new "$pkg/new/icudt${ICU_MAJOR}l.dat"
genccode -q -d "$pkg" "$pkg/new/icudt${ICU_MAJOR}l.dat"
# ICU's udata.cpp looks for the entry point icudt72_dat; genccode's C output ignores -e.
sed -i "s/icudt${ICU_MAJOR}l_dat/icudt${ICU_MAJOR}_dat/" "$pkg/icudt${ICU_MAJOR}l_dat.c"
emcc -O2 -I"$src/source/common" -c "$pkg/icudt${ICU_MAJOR}l_dat.c" -o "$obj/icudata.o"
raw=$(stat -c %s "$pkg/new/icudt${ICU_MAJOR}l.dat"); gz=$(gzip -9c "$pkg/new/icudt${ICU_MAJOR}l.dat" | wc -c)
echo "icu-wasm: data package $(wc -l <"$pkg/list.txt") items, $raw bytes raw, $gz bytes gzip"

rm -f "$out/lib/"*.a
emar rcs "$out/lib/libicuuc.a" "$obj/common/"*.o
emar rcs "$out/lib/libicui18n.a" "$obj/i18n/"*.o
emar rcs "$out/lib/libicudata.a" "$obj/icudata.o"
cp "$src/source/common/unicode/"*.h "$src/source/i18n/unicode/"*.h "$out/include/unicode/"
printf 'items=%s\nraw=%s\ngzip=%s\n' "$(wc -l <"$pkg/list.txt")" "$raw" "$gz" > "$out/data-size.txt"
# The kept transliterators must load in wasm from the new package and transliterate exactly as
# the system ICU (same version, full data) does; otherwise no .done and no symlink.
if [ -d "$tr" ]; then
  mapfile -t ids < <(grep -v '^#' "$TRANSLIT_IDS" | grep .)
  g++ -O1 -std=c++17 "$here/icu/translit-check.cc" $(pkg-config --cflags --libs icu-uc icu-i18n) -o "$tr/check-native"
  em++ -O1 -std=c++17 -DU_STATIC_IMPLEMENTATION -I"$out/include" "$here/icu/translit-check.cc" \
    "$out/lib/libicui18n.a" "$out/lib/libicuuc.a" "$out/lib/libicudata.a" -o "$tr/check.js"
  "$tr/check-native" "${ids[@]}" > "$tr/native.txt"
  node --no-experimental-fetch "$tr/check.js" "${ids[@]}" > "$tr/wasm.txt"
  diff "$tr/native.txt" "$tr/wasm.txt" >&2 || { echo "icu-wasm: trimmed transliterators differ" >&2; exit 1; }
  echo "icu-wasm: transliterators checked in wasm: ${ids[*]}"
fi
touch "$out/.done"
ln -sfn "$out" "$LOUPE_CACHE/icu-wasm"   # the path CMake reads
echo "icu-wasm: done"
