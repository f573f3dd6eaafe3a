#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan, preset fuzz, build/fuzz)
# and runs each for a bounded time on a copy of its seed corpus: the CSV, JSON Lines and
# XES readers, and opening a project file. Prints each target's runs, corpus and result, and
# fails when one finds a crash, a leak, a timeout or an out-of-memory; the input that did it
# is kept in build/fuzz/findings/ (reproduce: build/fuzz/tests/fuzz/fuzz_TARGET FILE).
#   tests/fuzz/run.sh [SECONDS]    seconds per target (default 30)
set -euo pipefail
seconds=${1:-30}
cd "$(dirname "$0")/../.."
installer/debian/install-build-deps.sh

targets=(csvreader jsonlinesreader xesreader project)
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/#/fuzz_}"
# The project seed is made by the release build's command-line tool (no need to build it
# with sanitizers a second time; in CI it is built already).
cmake --preset release >/dev/null
cmake --build --preset release --target journeyscope-cli

build=build/fuzz
work=$build/work
findings=$build/findings
rm -rf "$work" "$findings"
mkdir -p "$work" "$findings"

# Working corpora are copies: libFuzzer adds to them, and the repository stays as it is.
cp -r tests/fuzz/corpus/csv "$work/csvreader"
cp -r tests/fuzz/corpus/jsonl "$work/jsonlinesreader"
cp -r tests/fuzz/corpus/xes "$work/xesreader"
# The project seed is made here rather than kept: a small project imported from the CSV seed,
# with stages and a goal, its pages then shrunk from 16 KiB to 512 bytes so that mutations
# land on the schema and the data rather than on empty space.
mkdir -p "$work/project"
seed=$work/project/seed.journey
cli() { QT_QPA_PLATFORM=offscreen build/release/app/journeyscope-cli "$@" >/dev/null; }
cli import "$seed" tests/fuzz/corpus/csv/clickstream.csv
cli stages "$seed" --set "Search ad=Awareness" --set "Product page=Consideration"
cli goal "$seed" --set "Sign up"
sqlite3 "$seed" "PRAGMA page_size = 512; VACUUM;"

failed=0
for target in "${targets[@]}"; do
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$findings/$target-")
  case $target in
    csvreader) options+=(-dict=tests/fuzz/csv.dict) ;;
    jsonlinesreader) options+=(-dict=tests/fuzz/jsonl.dict) ;;
    xesreader) options+=(-dict=tests/fuzz/xes.dict) ;;
    # A database cut short is only ever "not a project": mutate whole files.
    project) options+=(-len_control=0) ;;
  esac
  log=$work/$target.log
  status=0
  "$build/tests/fuzz/fuzz_$target" "${options[@]}" "$work/$target" >"$log" 2>&1 || status=$?

  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  # libFuzzer's last word on the corpus: "corp: INPUTS/SIZE".
  corpus=$({ grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" || true; } | tail -n 1 | cut -d' ' -f2)
  corpus=${corpus:-?/?}
  mapfile -t found < <(find "$findings" -name "$target-*" ! -name "$target-slow-unit-*")
  if [ ${#found[@]} -gt 0 ]; then
    result="FAILED: ${found[*]}"
  elif [ "$status" -ne 0 ]; then
    result="FAILED: libFuzzer exited with $status"
  else
    result="no crash"
  fi
  printf '%-16s %10s runs in %ss, corpus %s inputs (%s): %s\n' "$target" "${runs:-?}" \
    "$seconds" "${corpus%%/*}" "${corpus#*/}" "$result"
  if [ "$result" != "no crash" ]; then
    failed=1
    # What went wrong and where: the sanitizer's or libFuzzer's report, else the log's end.
    { grep -E -A 40 '^==[0-9]+==|^SUMMARY|ERROR: libFuzzer| differ:' "$log" ||
      tail -n 40 "$log"; } | head -n 60 || true
  fi
done
exit $failed
