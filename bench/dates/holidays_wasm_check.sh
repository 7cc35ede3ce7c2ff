#!/usr/bin/env bash
# Holidays in wasm = holidays natively: builds bench/dates/holidays_dump.cc both ways (the wasm
# one against the cached ICU of toolchain/icu-wasm.sh, i.e. its small data package) and diffs
# every holiday of 1900..2100. Run after `make wasm` (which builds that ICU). Exit 0 = same.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
icu=${LOUPE_CACHE:-/var/cache/loupe}/icu-wasm
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
srcs=("$root/bench/dates/holidays_dump.cc" "$root/engine/extract/dates/holidays.cc"
      "$root/engine/extract/dates/holiday_calendars.cc" "$root/engine/extract/dates/hindu_calendar.cc"
      "$root/engine/extract/dates/civil_time.cc"
      "$root/engine/extract/dates/holiday_names.cc")
g++ -O2 -std=c++20 -I"$root/engine" "${srcs[@]}" $(pkg-config --cflags --libs icu-uc icu-i18n) \
  -o "$out/native"
em++ -O2 -std=c++20 -DU_STATIC_IMPLEMENTATION -I"$root/engine" -I"$icu/include" "${srcs[@]}" \
  "$icu/lib/libicui18n.a" "$icu/lib/libicuuc.a" "$icu/lib/libicudata.a" -o "$out/wasm.js"
"$out/native" > "$out/native.txt"
node --no-experimental-fetch "$out/wasm.js" > "$out/wasm.txt"
diff "$out/native.txt" "$out/wasm.txt"
echo "holidays: native and wasm agree on $(wc -l < "$out/native.txt") holiday-years"
