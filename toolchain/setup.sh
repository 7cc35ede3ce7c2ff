#!/usr/bin/env bash
# Installs everything Loupe needs on a fresh Debian 12 machine (as root), idempotently:
# Debian packages, the npm packages of package-lock.json, and the wasm builds of ICU and
# Snowball (cached under $LOUPE_CACHE, outside the clone). Fast when everything is present.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
. "$here/versions.env"

packages=(build-essential cmake ninja-build pkg-config python3 nodejs npm
  libicu-dev icu-devtools nlohmann-json3-dev catch2 libstemmer-dev
  emscripten chromium chromium-driver dpkg-dev ca-certificates
  fonts-nanum fonts-dejavu-core  # fonts: screenshots must show Hangul and Cyrillic
  clang-format clang-tidy  # tests/guardrails/
  clang-14 libfuzzer-14-dev libclang-rt-14-dev  # the sanitizer tier and tests/fuzz/ (make asan)
  libtasn1-doc shared-mime-info)  # two real technical PDFs: tests/e2e/reading-corpus.test.mjs

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# The machine may carry its own newer Node; only install Debian's if there is none.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]:-}"
if [ ${#missing[@]} -gt 0 ]; then
  echo "toolchain: installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Emscripten: Debian's is the only one reachable; the build relies on its exact behaviour.
export NODE_PATH=/usr/share/nodejs
emver=$(em++ --version | sed -n 1p | grep -o '[0-9]\+\.[0-9]\+\.[0-9]\+' | sed -n 1p)
if [ "$emver" != "$EMSCRIPTEN_VERSION" ]; then
  echo "toolchain: expected Emscripten $EMSCRIPTEN_VERSION, found $emver" >&2; exit 1
fi

# npm packages (playwright-core, bench peers): only when the lock file changed.
stamp="$root/node_modules/.loupe-lock-stamp"
if [ ! -f "$stamp" ] || ! cmp -s "$root/package-lock.json" "$stamp"; then
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$root/package-lock.json" "$stamp"
fi

bash "$here/icu-wasm.sh"
bash "$here/icu-wasm-site.sh"   # the search-only build's ICU (-Oz -flto), after the source is there
bash "$here/snowball-wasm.sh"
