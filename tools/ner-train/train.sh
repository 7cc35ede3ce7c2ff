#!/usr/bin/env bash
# Trains models/ner-<lang>.bin from ../shared/data/ner (the commands that made the committed
# models). Usage: tools/ner-train/train.sh [lang...]   (default: en es ru uk ko)
# Needs a native build: cmake --build build/native --target loupe_ner_train
set -euo pipefail
cd "$(dirname "$0")/../.."
TRAIN=${TRAIN:-build/native/tools/ner-train/loupe_ner_train}
D=${LOUPE_NER_DIR:-../shared/data/ner}
OUT=${OUT:-models}
mkdir -p "$OUT"
for lang in "${@:-en es ru uk ko}"; do
  for l in $lang; do
    case $l in
      en) args=(--train $D/en/conll2003-train.jsonl --dev $D/en/conll2003-dev.jsonl) ;;
      es) args=(--train $D/es/conll2002-train.jsonl --dev $D/es/conll2002-dev.jsonl) ;;
      # Russian: factRuEval (the target's conventions) three times, Collection5 once.
      ru) args=(--train $D/ru/factrueval2016-train.jsonl $D/ru/factrueval2016-train.jsonl
                $D/ru/factrueval2016-train.jsonl $D/ru/collection5-train.jsonl
                --dev $D/ru/factrueval2016-dev.jsonl) ;;
      uk) args=(--train $D/uk/ner-uk-train.jsonl --dev $D/uk/ner-uk-dev.jsonl) ;;
      # Korean: 1.5M syllables; rarer features dropped to keep the model under 400 KB gzip.
      ko) args=(--train $D/ko/kmou-train.jsonl $D/ko/kmou_exobrain-train.jsonl $D/ko/klp2016-train.jsonl
                $D/ko/klue-train.jsonl
                --dev $D/ko/kmou-dev.jsonl $D/ko/kmou_exobrain-dev.jsonl $D/ko/klp2016-dev.jsonl
                $D/ko/klue-dev.jsonl --min-count 4) ;;
      *) echo "unknown language $l" >&2; exit 2 ;;
    esac
    echo "== $l" >&2
    "$TRAIN" --out "$OUT/ner-$l.bin" --epochs ${EPOCHS:-10} --seed 1 "${args[@]}"
  done
done
