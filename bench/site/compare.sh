#!/usr/bin/env bash
# The chunked static index (engine/site/) on a folder of documents: writes it with `loupe site`,
# prints its sizes (raw and gzip), then per query what `loupe site-search` fetched and whether
# its hits (document, score, in order) and total are those of `loupe search` over a saved index
# of the same files. Figures: engine/site/README.md.
#   bash bench/site/compare.sh [CORPUS_DIR] [WORK_DIR] [CHUNK_KB]
#   (defaults: /tmp/loupe-bigcorpus from ../shared/bench/make-bigcorpus.sh, /tmp/loupe-site-bench,
#   32; LOUPE=path/to/loupe, default build/native/cli/loupe)
set -euo pipefail
cd "$(dirname "$0")/../.."
loupe=$(realpath "${LOUPE:-build/native/cli/loupe}")
corpus=$(realpath "${1:-/tmp/loupe-bigcorpus}") work=${2:-/tmp/loupe-site-bench} kb=${3:-32}
[ -d "$corpus" ] || { echo "no corpus at $corpus (bash ../shared/bench/make-bigcorpus.sh)"; exit 1; }
rm -rf "$work" && mkdir -p "$work"
site=$work/site saved=$work/saved.loupe
/usr/bin/time -f '%e s wall, %U s user, %M KB peak' "$loupe" site "$corpus" -o "$site" \
  --chunk-kb "$kb" > "$work/site.json" 2> "$work/site.time"
echo "loupe site: $(cat "$work/site.time")"
jq -c . "$work/site.json"
gz() { cat "$@" | gzip -c | wc -c; }
echo "gzip: manifest $(gz "$site"/manifest.bin) B, table $(gz "$site"/t-*.bin) B, chunks" \
  "$(for f in "$site"/c-*.bin; do gzip -c "$f" | wc -c; done | awk '{s+=$1} END {print s " B (avg " int(s/NR) ")"}')"
ls -l "$site"/c-*.bin | awk '{print $5}' | sort -n |
  awk '{a[NR]=$1} END {print "chunk bytes: min " a[1] ", median " a[int((NR+1)/2)] ", max " a[NR]}'
# The saved index of the same files, ids relative to the corpus as `loupe site` makes them.
# One call (xargs would split the list and each part overwrite the index).
(cd "$corpus" && mapfile -t files < <(find . -type f \( -name '*.txt' -o -name '*.md' \) \
  -printf '%P\n' | sort) && "$loupe" index "${files[@]}" -o "$saved" > /dev/null)
queries=(signal socket fichier archivo файл процесс 파일 설정 'sig*' 'conf*' '"file descriptor"'
  'socket AND connect' 'signal -kill' 'mmap OR munmap' 'lang:ko 파일' '명령*' 'переменные' 'fichr~'
  'xignal~' 'ocket~' 'фаил~')
printf '| query | total | same hits | requests | chunks | chunk bytes | fragment bytes |\n'
printf '|---|---|---|---|---|---|---|\n'
for q in "${queries[@]}"; do
  a=$("$loupe" site-search "$site" "$q" --limit 10)
  b=$("$loupe" search "$saved" "$q" --json --limit 10)
  same=no
  if [ "$(jq -c '[.total, [.hits[] | [.doc, .score]]]' <<<"$a")" = \
       "$(jq -c '[.total, [.hits[] | [.doc, .score]]]' <<<"$b")" ]; then same=yes; fi
  printf '| `%s` | %s | %s | %s | %s | %s | %s |\n' "$q" "$(jq .total <<<"$a")" "$same" \
    "$(jq .fetched.requests <<<"$a")" "$(jq -r '"\(.fetched.chunks)/\(.chunks_total)"' <<<"$a")" \
    "$(jq .fetched.chunk_bytes <<<"$a")" "$(jq .fetched.fragment_bytes <<<"$a")"
done
