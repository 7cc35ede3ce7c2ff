# Sourced by icu-wasm.sh and icu-wasm-site.sh: the ICU source both builds compile, and the
# parallel compile loop. Expects $here, $LOUPE_CACHE, $ICU_VERSION; icu_compile also $obj and
# $CFLAGS_ICU.
ICU_SHA256=a2d2d38217092a7ed56635e34467f92f976b370e20182ad325edea6681a71d68
src="$LOUPE_CACHE/src/icu-$ICU_VERSION"

icu_unpack_source() {  # fetched once, checked, unpacked under $LOUPE_CACHE/src (shared)
  [ -d "$src/source" ] && return 0
  local dl="$LOUPE_CACHE/downloads" tarball
  mkdir -p "$dl"; tarball="$dl/icu_$ICU_VERSION.orig.tar.gz"
  [ -f "$tarball" ] || bash "$here/fetch-source.sh" icu "$dl"
  echo "$ICU_SHA256  $tarball" | sha256sum -c --quiet
  rm -rf "$src.tmp"; mkdir -p "$src.tmp"
  tar xzf "$tarball" -C "$src.tmp" --strip-components=1 icu/source
  mv "$src.tmp" "$src"
}

icu_compile() {  # icu_compile DIR FLAGS: every .cpp of source/DIR, in parallel, skipping finished ones
  local dir=$1 flags=$2
  ls "$src/source/$dir"/*.cpp | xargs -P "$(nproc)" -I{} sh -c '
    o="$0/$(basename "{}" .cpp).o"; [ -f "$o" ] && exit 0
    em++ -std=c++17 $1 -I"$2/source/common" -I"$2/source/i18n" -c "{}" -o "$o.tmp" && mv "$o.tmp" "$o"' \
    "$obj/$dir" "$CFLAGS_ICU $flags" "$src"
}
