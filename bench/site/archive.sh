#!/usr/bin/env bash
# The synthetic archive of issue 19: the man-page corpus (../shared/bench/make-bigcorpus.sh)
# repeated COPIES times with varied words (in copy k, about one ASCII word of 5+ letters in
# five gets a suffix of k's letters, so each copy brings new terms as an archive's names and
# numbers do), indexed as PARTS parts by `loupe site --part` run JOBS at a time (xargs -P), then
# `loupe merge`; prints each step's wall time and peak memory, the site's size, and what the
# first query fetches (`loupe site-search`). Skips visibly without the corpus.
#   bash bench/site/archive.sh [CORPUS] [COPIES] [PARTS] [JOBS]
# Defaults: /tmp/loupe-bigcorpus, 44 copies (2 GB), 16 parts, 2 jobs. Work in $WORK
# (default /tmp/loupe-archive: the archive, the parts, the merged site); GENERATE_ONLY=1 stops
# after writing the archive.
set -euo pipefail
CORPUS=${1:-/tmp/loupe-bigcorpus}
COPIES=${2:-44}
PARTS=${3:-16}
JOBS=${4:-2}
WORK=${WORK:-/tmp/loupe-archive}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LOUPE=${LOUPE:-$ROOT/build/native/cli/loupe}
if [ ! -d "$CORPUS" ]; then
  echo "SKIP: no corpus at $CORPUS (bash ../shared/bench/make-bigcorpus.sh $CORPUS)"
  exit 0
fi
SRC=$WORK/src-$COPIES
if [ ! -d "$SRC" ]; then
  rm -rf "$SRC.tmp"
  mkdir -p "$SRC.tmp"
  # One perl per copy, JOBS at a time; copy 0 is the corpus as it is.
  seq 0 $((COPIES - 1)) | xargs -P "$JOBS" -I{} perl -e '
    my ($k, $from, $to) = @ARGV;
    mkdir $to or die "$to: $!";
    my $suffix = join "", map { chr(97 + $_) } split //, $k;  # 12 -> "bc"
    opendir(my $d, $from) or die; my @files = grep { /\.txt$/ } readdir($d);
    for my $f (@files) {
      open(my $in, "<:raw", "$from/$f") or die; local $/; my $t = <$in>; close $in;
      if ($k > 0) {
        $t =~ s/\b([a-z]{5,})\b/ (unpack("%32C*", $1) + $k) % 5 == 0 ? "$1$suffix" : $1 /ge;
      }
      open(my $out, ">:raw", "$to/$f") or die; print $out $t; close $out;
    }' {} "$CORPUS" "$SRC.tmp/copy{}"
  mv "$SRC.tmp" "$SRC"
fi
echo "archive: $(du -sb "$SRC" | cut -f1) bytes in $(find "$SRC" -name '*.txt' | wc -l) files"
[ -z "${GENERATE_ONLY:-}" ] || exit 0

measure() {  # label, command...: wall seconds and peak RSS (KB) from GNU time
  local label=$1
  shift
  /usr/bin/time -f "$label wall %e s, user %U s, peak %M KB" "$@" >/dev/null
}
rm -rf "$WORK/parts" "$WORK/site"
mkdir -p "$WORK/parts"
export LOUPE SRC WORK PARTS
start=$(date +%s)
seq 0 $((PARTS - 1)) | xargs -P "$JOBS" -I{} bash -c \
  '/usr/bin/time -f "part {}: wall %e s, user %U s, peak %M KB" \
     "$LOUPE" site "$SRC" -o "$WORK/parts/p{}" --part {}/"$PARTS" >/dev/null'
parts_done=$(date +%s)
echo "parts: $((parts_done - start)) s wall for $PARTS parts, $JOBS at a time"
part_dirs=()
for k in $(seq 0 $((PARTS - 1))); do part_dirs+=("$WORK/parts/p$k"); done
measure "merge:" "$LOUPE" merge "${part_dirs[@]}" -o "$WORK/site"
echo "site: $(du -sb "$WORK/site" | cut -f1) bytes in $(ls "$WORK/site" | wc -l) files"
for q in signal 파일 '"file descriptor"'; do
  "$LOUPE" site-search "$WORK/site" "$q" --limit 10 |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);
      const {hits,...rest}=r;console.log(process.argv[1], JSON.stringify(rest).slice(0,400))})' "$q"
done
