#!/usr/bin/env bash
# Peak memory (max RSS, /usr/bin/time -v) of `loupe tokenize`, `analyze` and `index` on prose
# of each size (MB), and its ratio to the input: the table in README.md.
#   bash bench/robustness/peak_memory.sh [SIZES...]     (default: 1 8 100; run from the repo root)
#   CHARSET=cp1251 bash bench/robustness/peak_memory.sh 8   the same prose in a legacy charset
#   (cp1251: the Russian sentences; euc-kr: Korean and English), LOUPE=path/to/loupe another build
set -euo pipefail
loupe=${LOUPE:-build/native/cli/loupe}
work=${WORK:-build/robustness}
mkdir -p "$work"
charset=${CHARSET:-utf-8}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1 8 100)
printf '%-9s %6s %12s %10s %8s %8s\n' command MB input_bytes peak_MB per_byte seconds
for mb in "${sizes[@]}"; do
  file="$work/prose-$mb.txt"; [ "$charset" = utf-8 ] || file="$work/prose-$charset-$mb.txt"
  [ -f "$file" ] || python3 bench/robustness/make_prose.py "$mb" "$file" "$charset"
  bytes=$(stat -c %s "$file")
  for cmd in tokenize analyze index; do
    args=("$cmd" "$file"); [ "$cmd" = index ] && args+=(-o "$work/prose-$charset-$mb.loupe")
    start=$(date +%s.%N)
    kb=$( { /usr/bin/time -v "$loupe" "${args[@]}" >/dev/null; } 2>&1 | awk '/Maximum resident/ {print $6}')
    secs=$(echo "$(date +%s.%N) - $start" | bc)
    printf '%-9s %6s %12s %10.1f %8.1f %8.1f\n' "$cmd" "$mb" "$bytes" "$(echo "$kb/1024" | bc -l)" \
      "$(echo "$kb*1024/$bytes" | bc -l)" "$secs"
  done
done
