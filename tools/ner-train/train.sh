#!/usr/bin/env bash
# Trains models/ner-<lang>.bin from ../shared/data/ner: the commands that made the committed
# models. Usage: tools/ner-train/train.sh [lang...]   (default: en es ru uk ko)
# Needs a native build: cmake --build build/native --target loupe_ner_train loupe_ner_prune
# Deterministic (seed 1). Minutes per language on a quiet 2-core machine: en 4, es 3, ru 5, uk 4,
# ko 20 (1.5M syllables).
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${BIN:-build/native/tools/ner-train}
D=${LOUPE_NER_DIR:-../shared/data/ner}
OUT=${OUT:-models}
mkdir -p "$OUT"
for l in ${@:-en es ru uk ko}; do
  case $l in
    en) args=(--epochs 12 --train $D/en/conll2003-train.jsonl --dev $D/en/conll2003-dev.jsonl) ;;
    es) args=(--epochs 12 --train $D/es/conll2002-train.jsonl --dev $D/es/conll2002-dev.jsonl) ;;
    # Russian: factRuEval (the target's conventions) three times, Collection5 once.
    ru) args=(--epochs 12 --train $D/ru/factrueval2016-train.jsonl $D/ru/factrueval2016-train.jsonl
              $D/ru/factrueval2016-train.jsonl $D/ru/collection5-train.jsonl
              --dev $D/ru/factrueval2016-dev.jsonl) ;;
    uk) args=(--epochs 12 --train $D/uk/ner-uk-train.jsonl --dev $D/uk/ner-uk-dev.jsonl) ;;
    # Korean: features seen fewer than 4 times get no weight; the model is then pruned to its
    # 262,000 largest weights to fit 400 KB gzip (below).
    ko) args=(--epochs 8 --min-count 4
              --train $D/ko/kmou-train.jsonl $D/ko/kmou_exobrain-train.jsonl $D/ko/klp2016-train.jsonl
              $D/ko/klue-train.jsonl
              --dev $D/ko/kmou-dev.jsonl $D/ko/kmou_exobrain-dev.jsonl $D/ko/klp2016-dev.jsonl
              $D/ko/klue-dev.jsonl) ;;
    *) echo "unknown language $l" >&2; exit 2 ;;
  esac
  echo "== $l" >&2
  "$BIN/loupe_ner_train" --out "$OUT/ner-$l.bin" --seed 1 "${args[@]}"
  if [ "$l" = ko ]; then
    "$BIN/loupe_ner_prune" "$OUT/ner-ko.bin" "$OUT/ner-ko.bin.tmp" 262000
    mv "$OUT/ner-ko.bin.tmp" "$OUT/ner-ko.bin"
  fi
done
