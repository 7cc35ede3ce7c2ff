#!/usr/bin/env bash
# Runs the test tiers (guardrails: format, tidy, layering, size; lint: eslint and prettier on the JS;
# native Catch2 via CTest; Node on the wasm build; Chromium end-to-end), prints each tier's counts
# and a closing "N passed, N failed, N skipped" line.
# Exits non-zero if any tier failed.
set -uo pipefail
cd "$(dirname "$0")/.."
logs=build/test-logs; mkdir -p "$logs"; : >"$logs/guardrails.log"
total_pass=0 total_fail=0 total_skip=0 status=0

tier() {  # tier NAME PASS FAIL SKIP RC
  echo "tier $1: $2 passed, $3 failed, $4 skipped"
  total_pass=$((total_pass + $2)) total_fail=$((total_fail + $3)) total_skip=$((total_skip + $4))
  if [ "$5" -ne 0 ] || [ "$3" -ne 0 ]; then status=1; fi
}

echo "== guardrails (tests/guardrails/check-*.sh)"
g_pass=0 g_fail=0
for check in tests/guardrails/check-*.sh; do
  if bash "$check" 2>&1 | tee -a "$logs/guardrails.log" | tail -25; then
    g_pass=$((g_pass + 1))
  else
    g_fail=$((g_fail + 1))
  fi
done
tier guardrails "$g_pass" "$g_fail" 0 0

# JS guardrails: eslint (eslint.config.mjs) and prettier --check (.prettierrc.json), over the
# web app, library and worker, their Node and browser tests and the benches.
# `npx prettier --write web tests/e2e tests/wasm bench` fixes the format.
echo "== lint (eslint, prettier --check)"
lint_pass=0 lint_fail=0
for check in "eslint web tests/e2e tests/wasm bench" "prettier --check --log-level warn web tests/e2e tests/wasm bench"; do
  if node_modules/.bin/$check > "$logs/lint.log" 2>&1; then
    echo "ok $check"; lint_pass=$((lint_pass + 1))
  else
    echo "not ok $check"; head -40 "$logs/lint.log"; lint_fail=$((lint_fail + 1))
  fi
done
tier lint "$lint_pass" "$lint_fail" 0 0

echo "== native (ctest)"
ctest --test-dir build/native --output-on-failure -j"$(nproc)" 2>&1 | tee "$logs/native.log"
rc=${PIPESTATUS[0]}
total=$(grep -oP 'tests failed out of \K[0-9]+' "$logs/native.log" || echo 0)
failed=$(grep -oP '[0-9]+(?= tests failed out of)' "$logs/native.log" || echo 0)
skipped=$(grep -c '\*\*\*Skipped\|Not Run' "$logs/native.log")
grep -h '^SKIPPED' build/native/Testing/Temporary/LastTest.log 2>/dev/null | sort -u
tier native $((total - failed - skipped)) "$failed" "$skipped" "$rc"

# The sanitizer tier (make asan, a dependency of make test): the same native tests, the fuzz
# regressions and the scaling rows under ASan+UBSan. Without the tree the tier fails.
if [ ! -d build/asan ]; then
  echo "== asan: no build/asan (make asan builds it)"
  tier asan 0 1 0 1
else
  echo "== asan (ctest, ASan + UBSan)"
  start=$SECONDS
  ctest --test-dir build/asan --output-on-failure -j"$(nproc)" 2>&1 | tee "$logs/asan.log"
  rc=${PIPESTATUS[0]}
  total=$(grep -oP 'tests failed out of \K[0-9]+' "$logs/asan.log" || echo 0)
  failed=$(grep -oP '[0-9]+(?= tests failed out of)' "$logs/asan.log" || echo 0)
  skipped=$(grep -c '\*\*\*Skipped\|Not Run' "$logs/asan.log")
  echo "asan tier: $((SECONDS - start)) s"
  tier asan $((total - failed - skipped)) "$failed" "$skipped" "$rc"
fi

node_tier() {  # node_tier NAME DIR
  echo "== $1 (node --test $2)"
  node --test --test-reporter=tap "$2" 2>&1 | tee "$logs/$1.log" | grep -E '^(not )?ok |^# (pass|fail|skipped)'
  local rc=${PIPESTATUS[0]}
  local p f s
  p=$(grep -oP '^# pass \K[0-9]+' "$logs/$1.log" || echo 0)
  f=$(grep -oP '^# fail \K[0-9]+' "$logs/$1.log" || echo 0)
  s=$(grep -oP '^# skipped \K[0-9]+' "$logs/$1.log" || echo 0)
  [ "$rc" -ne 0 ] && grep -A30 '^not ok' "$logs/$1.log" | head -80
  tier "$1" "$p" "$f" "$s" "$rc"
}
node_tier wasm tests/wasm/
node_tier e2e tests/e2e/

echo
echo "screenshots: $(pwd)/build/e2e/"
echo "total: $total_pass passed, $total_fail failed, $total_skip skipped"
exit $status
