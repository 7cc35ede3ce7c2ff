#!/usr/bin/env bash
# Instructions a site search costs (callgrind: inside SiteReader::search, and the whole
# `loupe site-search` process with the open), per query, on a site `loupe site` wrote
# (compare.sh leaves one in /tmp/loupe-site-bench/site). Load does not change the counts.
#   bash bench/site/search-instructions.sh [SITE_DIR] [QUERY...]
#   (LOUPE=path/to/loupe, default build/native/cli/loupe; default queries below)
set -euo pipefail
cd "$(dirname "$0")/../.."
loupe=$(realpath "${LOUPE:-build/native/cli/loupe}")
site=${1:-/tmp/loupe-site-bench/site}
shift || true
[ -f "$site/manifest.bin" ] || { echo "skipped: no site at $site (bash bench/site/compare.sh)"; exit 0; }
[ $# -gt 0 ] || set -- signal '"file descriptor"' 'фаил~'
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
  grep -oP 'Collected : \K[0-9]+'; }
printf '| query | search | whole process |\n|---|---|---|\n'
for q in "$@"; do
  printf '| `%s` | %s | %s |\n' "$q" \
    "$(count --toggle-collect='loupe::site::SiteReader::search*' "$loupe" site-search "$site" "$q" --limit 10)" \
    "$(count "$loupe" site-search "$site" "$q" --limit 10)"
done
