#!/usr/bin/env bash
# Lists the engine's functions over N lines (default 60, issue 18's measure), longest first,
# by clang-tidy's readability-function-size (counts the lines of the body). A report, not a
# guardrail: `make test` does not run it. Needs build/native/compile_commands.json (make native).
#   bash tools/metrics/long-functions.sh [N]
set -uo pipefail
cd "$(dirname "$0")/../.."
limit=${1:-60}
build=${BUILD_DIR:-build/native}
[ -f "$build/compile_commands.json" ] || { echo "long-functions: no $build/compile_commands.json (make native)"; exit 1; }
mapfile -t files < <(git ls-files 'engine/*.cc' 'cli/*.cc' 'bindings/*.cc')
config="{Checks: '-*,readability-function-size', CheckOptions: [{key: readability-function-size.LineThreshold, value: $limit}]}"
printf '%s\n' "${files[@]}" |
  xargs -P "${JOBS:-$(nproc)}" -n 4 clang-tidy -p "$build" --quiet --config="$config" 2>/dev/null |
  awk -v root="$PWD/" '
    /warning: function .* exceeds recommended size/ { loc = $1; sub(root, "", loc); sub(/:[0-9]+:$/, "", loc)
      match($0, /function \x27[^\x27]+\x27/); name = substr($0, RSTART + 10, RLENGTH - 11); next }
    loc != "" && /[0-9]+ lines including whitespace and comments/ {
      match($0, /[0-9]+ lines/); print substr($0, RSTART, RLENGTH - 6) "\t" loc "\t" name; loc = "" }' |
  sort -u | sort -t$'\t' -k1,1nr > /tmp/long-functions.$$
echo "functions over $limit lines: $(wc -l < /tmp/long-functions.$$) (engine, cli, bindings)"
cat /tmp/long-functions.$$
rm -f /tmp/long-functions.$$
