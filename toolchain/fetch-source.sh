#!/usr/bin/env bash
# fetch-source.sh PACKAGE DESTDIR: download a Debian source package's files into DESTDIR
# (apt verifies them against the signed release; callers also pin the tarball's sha256).
set -euo pipefail
pkg=$1; dest=$2
if ! grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
      > /etc/apt/sources.list.d/loupe-deb-src.sources
  else
    grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' \
      > /etc/apt/sources.list.d/loupe-deb-src.list
  fi
  apt-get update -q
fi
mkdir -p "$dest"; chmod 777 "$dest"   # apt's _apt user writes the downloads
(cd "$dest" && apt-get source --download-only -q "$pkg" >/dev/null 2>&1) || {
  apt-get update -q; (cd "$dest" && apt-get source --download-only -q "$pkg"); }
