#!/usr/bin/env bash
# The synthetic archive of issue 19: the man-page corpus (../shared/bench/make-bigcorpus.sh)
# repeated COPIES times with varied words (in copy k, about one ASCII word of 5+ letters in
# five gets a suffix of k's letters, so each copy brings new terms as an archive's names and
# numbers do; deterministic: the choice is a checksum of the word and k), indexed as PARTS
# parts by `loupe site --part` run JOBS at a time (xargs -P), each part with `--memory-mb`
# MEMORY_MB/JOBS so that the parts running together stay within MEMORY_MB, then `loupe merge`;
# prints each step's wall time, CPU time and peak memory (/usr/bin/time -v, kept in
# $WORK/time/), the site's size, and what the first queries fetch (`loupe site-search`).
# Skips visibly without the corpus.
#   bash bench/site/archive.sh [CORPUS] [COPIES] [PARTS] [JOBS]
# Defaults: /tmp/loupe-bigcorpus, 75 copies (2.12 GB of text), 8 parts, 2 jobs; MEMORY_MB=2048
# (0: no setting), NICE=10. Work in $WORK (default /tmp/loupe-archive: the archive, the parts,
# the merged site); GENERATE_ONLY=1 stops after writing the archive.
set -euo pipefail
CORPUS=${1:-/tmp/loupe-bigcorpus}
COPIES=${2:-75}
PARTS=${3:-8}
JOBS=${4:-2}
MEMORY_MB=${MEMORY_MB:-2048}
NICE=${NICE:-10}
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
  seq 0 $((COPIES - 1)) | xargs -P "$JOBS" -I{} nice -n "$NICE" perl -e '
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

# label, file of /usr/bin/time -v: one line of wall, CPU and peak memory.
report() {
  awk -v l="$1" -F': ' '/Elapsed/ {w=$2} /User time/ {u=$2} /System time/ {s=$2}
    /Maximum resident/ {m=$2} END {printf "%s wall %s, user %s s, system %s s, peak %d MB\n",
    l, w, u, s, m / 1024}' "$2"
}
rm -rf "$WORK/parts" "$WORK/site" "$WORK/time"
mkdir -p "$WORK/parts" "$WORK/time"
PART_MB=0
[ "$MEMORY_MB" -gt 0 ] && PART_MB=$((MEMORY_MB / JOBS))
export LOUPE SRC WORK PARTS PART_MB NICE
start=$(date +%s)
seq 0 $((PARTS - 1)) | xargs -P "$JOBS" -I{} bash -c '
  setting=(); [ "$PART_MB" -gt 0 ] && setting=(--memory-mb "$PART_MB")
  /usr/bin/time -v -o "$WORK/time/part{}" nice -n "$NICE" "$LOUPE" site "$SRC" \
    -o "$WORK/parts/p{}" --part {}/"$PARTS" "${setting[@]}" > "$WORK/time/part{}.json"'
parts_done=$(date +%s)
for k in $(seq 0 $((PARTS - 1))); do report "part $k/$PARTS:" "$WORK/time/part$k"; done
echo "parts: $((parts_done - start)) s wall for $PARTS parts, $JOBS at a time," \
  "--memory-mb $PART_MB each"
part_dirs=()
for k in $(seq 0 $((PARTS - 1))); do part_dirs+=("$WORK/parts/p$k"); done
/usr/bin/time -v -o "$WORK/time/merge" nice -n "$NICE" "$LOUPE" merge "${part_dirs[@]}" \
  -o "$WORK/site" > "$WORK/time/merge.json"
report "merge:" "$WORK/time/merge"
cat "$WORK/time/merge.json"
echo "site: $(du -sb "$WORK/site" | cut -f1) bytes in $(ls "$WORK/site" | wc -l) files"
for q in signal fichier 파일 '"file descriptor"'; do
  "$LOUPE" site-search "$WORK/site" "$q" --limit 10 |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);
      const {hits,...rest}=r;console.log(process.argv[1], JSON.stringify(rest).slice(0,400))})' "$q"
done
