#!/usr/bin/env bash
# Fails when an engine folder includes a header of a folder above it (ARCHITECTURE.md):
#   core <- normalize <- segment, langid <- analysis <- document, index, extract/*
#        <- query, storage, envelope <- search <- site (it reads queries as search does:
#        search/query_readings.h) <- engine facade (engine*.cc/.h at the top)
set -uo pipefail
cd "$(dirname "$0")/../.."
rank() {
  case $1 in
    core) echo 0 ;; normalize) echo 1 ;; segment|langid) echo 2 ;; analysis) echo 3 ;;
    document|index|extract/dates|extract/entities) echo 4 ;; query|storage|envelope) echo 5 ;;
    search) echo 6 ;; site) echo 7 ;; facade) echo 8 ;; *) echo 99 ;;
  esac
}
folder_of() {  # engine/<folder>/... or the facade at engine/ top level
  local p=${1#engine/}
  case $p in extract/*) echo "$(echo "$p" | cut -d/ -f1-2)" ;; */*) echo "${p%%/*}" ;; *) echo facade ;; esac
}
bad=0
while IFS= read -r file; do
  from=$(folder_of "$file")
  while IFS= read -r inc; do
    [ -e "engine/$inc" ] || continue  # a system or generated header
    to=$(folder_of "engine/$inc")
    [ "$from" = "$to" ] && continue
    # extract/dates and extract/entities are siblings: neither includes the other.
    if [ "$(rank "$to")" -ge "$(rank "$from")" ]; then
      echo "check-layering: $file includes $inc ($from may not reach $to)"; bad=1
    fi
  done < <(grep -oP '^#include "\K[^"]+' "$file")
done < <(git ls-files 'engine/*.cc' 'engine/*.h')
[ $bad -eq 0 ] && echo "check-layering: engine includes run one way"
exit $bad
