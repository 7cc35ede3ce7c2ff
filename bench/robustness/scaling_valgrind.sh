#!/usr/bin/env bash
# The scaling table counted in instructions by valgrind (callgrind, only inside the measured
# region) on the g++ build: for trees without the sanitizer build's counters.
#   bash bench/robustness/scaling_valgrind.sh [SIZES] [STAGES] [SHAPES]
# e.g. ... 128k,256k analyze,index,entities,search prose,one_line   (run from the repo root)
set -euo pipefail
bin=${SCALING:-build/native/tests/scaling/loupe_scaling}
sizes=${1:-128k,256k}
stages=${2:-analyze,index,entities,search,dates}
shapes=${3:-prose,one_line,hangul_run,short_lines,legacy,repairs}
status=0
printf '%-9s %-12s %10s %14s %6s\n' stage shape bytes instructions ratio
for stage in ${stages//,/ }; do
  for shape in ${shapes//,/ }; do
    previous=0
    for size in ${sizes//,/ }; do
      out=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        --toggle-collect='*measured_region*' "$bin" --stages="$stage" --shapes="$shape" \
        --sizes="$size" 2>&1)
      bytes=$(echo "$out" | awk -v s="$stage" '$1 == s {print $3}')
      ir=$(echo "$out" | grep -oP 'Collected : \K[0-9]+')
      ratio=0
      [ "$previous" -gt 0 ] && ratio=$(echo "scale=2; $ir / $previous" | bc)
      flag=""; if [ "$(echo "$ratio > 3" | bc)" = 1 ]; then flag="  SUPERLINEAR"; status=1; fi
      printf '%-9s %-12s %10s %14s %6s%s\n' "$stage" "$shape" "$bytes" "$ir" "$ratio" "$flag"
      previous=$ir
    done
  done
done
exit $status
