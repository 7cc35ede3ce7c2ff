#!/usr/bin/env bash
# Fails when clang-tidy (14, Debian 12's) finds anything of .clang-tidy's checks in the engine
# files listed below.
# Needs the native build's compile_commands.json (make native). Files in parallel: JOBS=n.
set -uo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build/native}
command -v clang-tidy >/dev/null || { echo "check-tidy: clang-tidy is missing (toolchain/setup.sh installs it)"; exit 1; }
[ -f "$build/compile_commands.json" ] || { echo "check-tidy: no $build/compile_commands.json (make native)"; exit 1; }
# The whole engine.
mapfile -t files < <(git ls-files 'engine/*.cc')
log=$(mktemp)
printf '%s\n' "${files[@]}" |
  xargs -P "${JOBS:-$(nproc)}" -n 4 clang-tidy -p "$build" --quiet >"$log" 2>/dev/null
status=$?
grep -E 'warning:|error:' "$log" | sort -u
rm -f "$log"
if [ $status -ne 0 ]; then
  echo "check-tidy: findings above (.clang-tidy lists the checks)"
  exit 1
fi
echo "check-tidy: ${#files[@]} files clean (engine/)"
