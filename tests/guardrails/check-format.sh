#!/usr/bin/env bash
# Fails when a C++ file of the tree is not formatted as .clang-format says (clang-format 14,
# Debian 12's). Fix with: bash tests/guardrails/check-format.sh --fix
set -uo pipefail
cd "$(dirname "$0")/../.."
command -v clang-format >/dev/null || { echo "check-format: clang-format is missing (toolchain/setup.sh installs it)"; exit 1; }
mapfile -t files < <(git ls-files '*.cc' '*.h')
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  printf 'check-format: not formatted: %s\n' "${bad[@]}"
  echo "check-format: ${#bad[@]} of ${#files[@]} files; fix with: bash tests/guardrails/check-format.sh --fix"
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
