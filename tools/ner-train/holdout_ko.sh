#!/usr/bin/env bash
# Held-out training documents for the Korean product path: the product's rules (spans, types,
# lexicon additions) are judged on documents no model and no rule was fitted on, where the dev
# files have been read for errors. Writes under OUT (not the repository):
#   OUT/ho/ko/<set>-dev.jsonl   1 training document in 10 (the trainer's --holdout 10 split:
#                               FNV-1a of the id), named -dev so loupe_bench_ner reads them
#   OUT/fit/<set>-train.jsonl   the other 9 in 10
#   OUT/model/ner-ko.bin        train.sh's Korean recipe on OUT/fit (12 epochs, no pick: what
#                               train.sh picks since 2026-12-07; 14 before), with the other
#                               languages' committed models beside it
# Usage: tools/ner-train/holdout_ko.sh OUT [extra trainer options, e.g. --places-loc]
#        HOLDOUT_REMAINDER=r (0-9, default 0): hold out the documents whose hash is r mod 10
#        instead (a fresh split, once the errors of one have been read)
# Then:  LOUPE_NER_DIR=OUT/ho LOUPE_MODELS_DIR=OUT/model build/native/bench/loupe_bench_ner ko
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=$1
shift
BIN=${BIN:-build/native/tools/ner-train}
D=${LOUPE_NER_DIR:-../shared/data/ner}
mkdir -p "$OUT/ho/ko" "$OUT/fit" "$OUT/model"
python3 - "$D/ko" "$OUT" "${HOLDOUT_REMAINDER:-0}" <<'EOF'
import json, sys
src, out, rem = sys.argv[1], sys.argv[2], int(sys.argv[3])
def fnv(s):
    h = 0xCBF29CE484222325
    for c in s.encode():
        h = ((h ^ c) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h
for name in ['kmou', 'kmou_exobrain', 'klp2016', 'klue']:
    with open(f'{out}/fit/{name}-train.jsonl', 'w') as fit, \
         open(f'{out}/ho/ko/{name}-dev.jsonl', 'w') as ho:
        for line in open(f'{src}/{name}-train.jsonl'):
            (ho if fnv(json.loads(line)['id']) % 10 == rem else fit).write(line)
EOF
F=$OUT/fit H=$OUT/ho/ko M=$OUT/model
args=(--epochs 12 --min-count 4 --split-places "$@"
  --train $F/kmou-train.jsonl $F/kmou_exobrain-train.jsonl $F/klp2016-train.jsonl
  $F/klue-train.jsonl $F/klp2016-train.jsonl $F/klue-train.jsonl $F/klue-train.jsonl
  --dev $H/kmou-dev.jsonl $H/kmou_exobrain-dev.jsonl $H/klp2016-dev.jsonl $H/klue-dev.jsonl)
"$BIN/loupe_ner_train" --out $M/ner-ko.bin --seed 1 --no-pick "${args[@]}"
for keep in 262000 234000; do
  "$BIN/loupe_ner_prune" $M/ner-ko.bin $M/ner-ko.kept.bin $keep
  "$BIN/loupe_ner_train" --out $M/ner-ko.bin --within $M/ner-ko.kept.bin --seed 1 --no-pick \
    "${args[@]}" --epochs 13
done
rm $M/ner-ko.kept.bin
for l in en es ru uk; do cp models/ner-$l.bin $M/; done
