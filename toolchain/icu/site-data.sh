#!/usr/bin/env bash
# The search-only build's ICU data (site-data-items.txt) as a wasm object defining icudt72_dat,
# as toolchain/icu-wasm.sh makes the full build's: a subset of the prebuilt .dat repacked with
# icupkg, turned into C by genccode, compiled by emcc.
#   bash toolchain/icu/site-data.sh ICU_DAT ITEMS_LIST ICU_INCLUDE_DIR OUT_OBJECT
set -euo pipefail
dat=$1 list=$2 include=$3 out=$4
major=$(basename "$dat" | sed -E 's/^icudt([0-9]+)l\.dat$/\1/')
work=$(dirname "$out")/site-icu-data
rm -rf "$work" && mkdir -p "$work/items" "$work/new"
grep -v '^#' "$list" | grep . > "$work/list.txt"
icupkg -x "$work/list.txt" -d "$work/items" "$dat"
# The package name prefixes every item: the output must be named icudt<major>l.dat.
icupkg --ignore-deps -a "$work/list.txt" -s "$work/items" new "$work/new/icudt${major}l.dat"
genccode -q -d "$work" "$work/new/icudt${major}l.dat"
sed -i "s/icudt${major}l_dat/icudt${major}_dat/" "$work/icudt${major}l_dat.c"
emcc -O2 -I"$include" -c "$work/icudt${major}l_dat.c" -o "$out"
echo "site ICU data: $(wc -l < "$work/list.txt") items, $(stat -c %s "$work/new/icudt${major}l.dat") B raw," \
  "$(gzip -9c "$work/new/icudt${major}l.dat" | wc -c) B gzip"
